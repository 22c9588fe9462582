// The canonical layout `rehearse format` writes: stable, complete, and the
// same scenario before and after.
#include "core/scenario/scenario_format.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "test_files.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace rehearse;
namespace fs = std::filesystem;

namespace {

std::string formatted(const std::string& text) {
    ScenarioFormatResult result = formatScenarioText(text, "toy.json");
    REQUIRE(result.text);
    return *result.text;
}

const std::string kMinimal = REHEARSE_TEST_DATA "/scenarios/minimal.json";

}  // namespace

TEST_CASE("format: a formatted file formats to itself", "[scenario][format]") {
    const std::string once = formatted(test::readAll(kMinimal));
    CHECK(formatted(once) == once);
    for (const auto& entry : fs::directory_iterator(REHEARSE_SCENARIO_DIR)) {
        if (entry.path().extension() != ".json") continue;
        INFO(entry.path().string());
        const std::string shipped = formatted(test::readAll(entry.path().string()));
        CHECK(formatted(shipped) == shipped);
    }
}

TEST_CASE("format: keeps every value and the scenario the loader reads", "[scenario][format]") {
    const std::string original = test::readAll(kMinimal);
    const std::string out = formatted(original);
    CHECK(nlohmann::json::parse(out) == nlohmann::json::parse(original));
    const ScenarioLoadResult before = loadScenarioFromText(original, "toy.json");
    const ScenarioLoadResult after = loadScenarioFromText(out, "toy.json");
    REQUIRE(before.scenario);
    REQUIRE(after.scenario);
    CHECK(after.diagnostics.empty());
    CHECK(after.scenario->facts.size() == before.scenario->facts.size());
    CHECK(after.scenario->stages[0].followUps[0].trigger.keyPoint == "define-late");
    CHECK(out.back() == '\n');
}

TEST_CASE("format: members come in the format's order whatever order they were written in", "[scenario][format]") {
    const std::string scrambled = R"({"stages": [], "id": "toy", "format": 1,
        "facts": [{"answer": "A.", "asks": ["q"], "id": "f", "topic": "T"}],
        "reference": {"diagram": {"arrows": [], "items": [{"y": 1, "x": 2, "kind": "box", "id": "b"}]}, "summary": "s"}})";
    const std::string out = formatted(scrambled);
    CHECK(out == R"({
  "format": 1,
  "id": "toy",
  "facts": [
    {
      "id": "f",
      "topic": "T",
      "asks": [
        "q"
      ],
      "answer": "A."
    }
  ],
  "stages": [],
  "reference": {
    "summary": "s",
    "diagram": {
      "items": [
        { "id": "b", "kind": "box", "x": 2, "y": 1 }
      ],
      "arrows": []
    }
  }
}
)");
}

TEST_CASE("format: concepts, signs, triggers and tags sit on one line each", "[scenario][format]") {
    const std::string out = formatted(test::readAll(kMinimal));
    CHECK(out.find(R"(  "tags": ["classification", "tabular"],)") != std::string::npos);
    CHECK(out.find("\n            [\"due date\", \"past due\"],\n            [\"label\", \"target\"]\n") !=
          std::string::npos);
    CHECK(out.find(R"("trigger": { "on": "missing", "key_point": "define-late", "minute": 3 },)") != std::string::npos);
    CHECK(out.find(R"("signs": [["accuracy"]])") != std::string::npos);
}

TEST_CASE("format: unknown members are kept after the known ones, in their order", "[scenario][format]") {
    const std::string out = formatted(R"({"zeta": {"b": [1, 2], "a": "x"}, "id": "toy", "alpha": null})");
    CHECK(out == R"({
  "id": "toy",
  "zeta": {
    "b": [
      1,
      2
    ],
    "a": "x"
  },
  "alpha": null
}
)");
}

TEST_CASE("format: UTF-8 stays as written and numbers keep their value", "[scenario][format]") {
    const std::string out = formatted("{\"title\": \"Caf\xC3\xA9 \\u00e9 \xE2\x80\x94 \\\"q\\\"\", \"minutes\": 7.50, "
                                      "\"format\": 1e0}");
    CHECK(out.find("\"Caf\xC3\xA9 \xC3\xA9 \xE2\x80\x94 \\\"q\\\"\"") != std::string::npos);
    CHECK(nlohmann::json::parse(out)["minutes"] == 7.5);
    CHECK(nlohmann::json::parse(out)["format"] == 1.0);
}

TEST_CASE("format: text it cannot format safely is refused at its line and column", "[scenario][format]") {
    ScenarioFormatResult broken = formatScenarioText("{\n  \"id\": \"toy\",\n  \"title\" \"x\"\n}", "toy.json");
    CHECK_FALSE(broken.text);
    REQUIRE(broken.diagnostics.size() == 1);
    CHECK(broken.diagnostics[0].format().rfind("toy.json:3:11: error: invalid JSON", 0) == 0);

    ScenarioFormatResult twice = formatScenarioText("{\n  \"id\": \"a\",\n  \"facts\": [{}, {\"id\": 1,\n \"id\": 2}]\n}",
                                                    "toy.json");
    CHECK_FALSE(twice.text);
    REQUIRE(twice.diagnostics.size() == 1);
    CHECK(twice.diagnostics[0].message.find("'id' appears twice") != std::string::npos);
    CHECK(twice.diagnostics[0].line >= 3);
}
