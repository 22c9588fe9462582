// JsonDocument reads scenario files with simdjson but must answer as
// nlohmann::json::parse did before: the same texts accepted, the same refused
// with the same message, the same values. What an author sees about a file
// (the loader's diagnostics) depends on it.
#include "core/json/json_document.hpp"
#include "core/scenario/json_reader.hpp"
#include "core/scenario/scenario_loader.hpp"

#include "minimal_scenario.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <optional>

using namespace rehearse;

namespace {

// nlohmann's verdict on `text`: nothing when it accepts, else its message.
std::optional<std::string> nlohmannRefusal(const std::string& text) {
    try {
        const nlohmann::json parsed = nlohmann::json::parse(text);
        (void)parsed;
    } catch (const nlohmann::json::exception& e) {
        return std::string(e.what());
    }
    return std::nullopt;
}

std::optional<std::string> documentRefusal(JsonDocument& document, const std::string& text) {
    try {
        (void)document.parse(text);
    } catch (const nlohmann::json::exception& e) {
        return std::string(e.what());
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("JsonDocument accepts and refuses what nlohmann does, with nlohmann's messages", "[json]") {
    const std::vector<std::string> texts = {
        "{\"a\": [1, 2, {\"b\": null}]}", "", "  ", "{", "[1,]", "{\"a\" 1}", "{} x", "tru", "01", "1.", "-",
        "\"\t\"", "\"\\x\"", "\"\xff\"", "\"\\ud800\"", "\"\\udc00 \"", "\"\\ud83d\\ude00\"", "1e400", "-1e400",
        "1.5e-400", "\xEF\xBB\xBF[true]", "\xEF\xBB[1]", "18446744073709551616", "-9223372036854775809",
        "[\"a\\u0000b\"]", "{\"a\":1,\"a\":2}", std::string("[1]\0", 4), "[1e5, -0, 0.5, -0.0, 1E+2]",
    };
    JsonDocument document;
    for (const std::string& text : texts) {
        INFO(text);
        CHECK(documentRefusal(document, text) == nlohmannRefusal(text));
    }
}

TEST_CASE("JsonDocument reads the values nlohmann reads", "[json]") {
    JsonDocument document;
    const JsonValue& root = document.parse(
        "{\"s\": \"caf\\u00e9\", \"i\": -12, \"u\": 18446744073709551615, \"big\": 18446744073709551616,"
        " \"f\": 0.25, \"t\": true, \"n\": null, \"list\": [[], {}, \"x\"], \"s\": \"last\"}");
    REQUIRE(root.is_object());
    CHECK(root["s"].get<std::string>() == "last");  // a name written twice: the last value, as nlohmann keeps it
    CHECK(root["i"].is_number_integer());
    CHECK(root["i"].get<long long>() == -12);
    CHECK(root["u"].is_number_integer());
    CHECK(describeJsonType(root["u"]) == "an integer");
    CHECK(root["u"].get<double>() == 18446744073709551615.0);
    CHECK(root["big"].is_number_float());  // past 64 bits nlohmann reads a double
    CHECK(root["big"].get<double>() == 18446744073709551616.0);
    CHECK(describeJsonType(root["f"]) == "a number");
    CHECK(root["t"].get<bool>());
    CHECK(root["n"].is_null());
    CHECK_FALSE(root.contains("missing"));
    CHECK(root["missing"].is_null());
    const JsonValue& list = root["list"];
    REQUIRE(list.size() == 3);
    CHECK(list[0].is_array());
    CHECK(list[0].empty());
    CHECK(list[1].is_object());
    CHECK(list[2].get<std::string_view>() == "x");
    CHECK(list[3].is_null());  // past the end
}

TEST_CASE("one JsonDocument reads file after file, large or small, and frees a large one's buffers", "[json]") {
    JsonDocument document;
    std::string large = "[";
    for (int i = 0; i < 200000; ++i) large += (i ? ",\"entry " : "\"entry ") + std::to_string(i) + "\"";
    large += "]";
    const JsonValue& first = document.parse(large);
    REQUIRE(first.size() == 200000);
    CHECK(first[199999].get<std::string>() == "entry 199999");
    CHECK(document.capacity() >= large.size());
    document.releaseMemory();
    CHECK(document.capacity() == 0);
    const JsonValue& second = document.parse("{\"k\": [1, 2, 3]}");
    REQUIRE(second["k"].size() == 3);
    CHECK(second["k"][2].get<long long>() == 3);
    CHECK(documentRefusal(document, "[1, 2") == nlohmannRefusal("[1, 2"));
    CHECK(document.parse("[\"after a refusal\"]")[0].get<std::string>() == "after a refusal");
}

TEST_CASE("a scenario with a byte-order mark, repeated names or a 65-bit integer gets the same verdict as before",
          "[scenario][json]") {
    using rehearse::test::minimalWith;
    // A byte-order mark (some Windows editors write one) is skipped.
    auto withBom = loadScenarioFromText("\xEF\xBB\xBF" + rehearse::test::readAll(rehearse::test::kMinimalPath), "s.json");
    CHECK(withBom.scenario);
    CHECK(withBom.diagnostics.empty());

    // A name written twice: the last value counts, an unknown one is warned about once, at its first place.
    auto repeated = loadScenarioFromText(
        minimalWith("\"difficulty\": \"easy\"",
                    "\"difficulty\": \"hard\", \"difficulty\": \"easy\", \"colour\": 1, \"colour\": 2"),
        "s.json");
    REQUIRE(repeated.scenario);
    CHECK(repeated.scenario->difficulty == Difficulty::Easy);
    REQUIRE(repeated.diagnostics.size() == 1);
    CHECK(repeated.diagnostics[0].format() == "s.json:6:47: warning: unknown field 'colour' is ignored");

    // Past 64 bits an integer is read as a double, so it is "a number".
    auto big = loadScenarioFromText(minimalWith("\"needs\": 2", "\"needs\": 18446744073709551616"), "s.json");
    REQUIRE(big.diagnostics.size() == 1);
    CHECK(big.diagnostics[0].format() == "s.json:23:81: error: 'needs' must be an integer, not a number");
    auto largest = loadScenarioFromText(minimalWith("\"needs\": 2", "\"needs\": 18446744073709551615"), "s.json");
    REQUIRE(largest.diagnostics.size() == 1);
    CHECK(largest.diagnostics[0].format() == "s.json:23:81: error: 'needs' must be between 1 and 100");
}
