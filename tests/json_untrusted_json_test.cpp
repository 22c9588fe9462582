// JSON from outside (archives, journal rows, settings, clipboard) is checked
// for depth before a document is built, so dump() and copies can never
// recurse through a hostile nesting.
#include "core/json/untrusted_json.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {
std::string nestedArrays(std::size_t depth, const std::string& inner = "1") {
    return std::string(depth, '[') + inner + std::string(depth, ']');
}
}  // namespace

TEST_CASE("100k nested arrays are refused with the reason, without a crash", "[json]") {
    const std::string deep = nestedArrays(100000);
    CHECK_FALSE(jsonDepthWithin(deep));
    std::string error;
    CHECK_FALSE(parseUntrustedJson(deep, &error));
    CHECK_THAT(error, Catch::Contains("more than 64 levels deep"));
    CHECK_FALSE(parseUntrustedOrderedJson(deep));
    // Unclosed too: the check stops at the first level too deep.
    CHECK_FALSE(parseUntrustedJson(std::string(1000000, '[')));
    CHECK_FALSE(parseUntrustedJson(nestedArrays(100000, "{\"a\":1}")));
}

TEST_CASE("the depth limit is exact: 64 levels read, 65 do not", "[json]") {
    auto atDepth = [](std::size_t depth) {
        std::string text;
        for (std::size_t i = 0; i < depth; ++i) text += i % 2 ? "[" : "{\"k\":";
        text += "null";
        for (std::size_t i = depth; i-- > 0;) text += i % 2 ? "]" : "}";
        return text;
    };
    auto ok = parseUntrustedJson(atDepth(kMaxJsonDepth));
    REQUIRE(ok);
    CHECK(dumpJson(*ok) == atDepth(kMaxJsonDepth));
    CHECK_FALSE(parseUntrustedJson(atDepth(kMaxJsonDepth + 1)));
    CHECK(parseUntrustedJson(atDepth(kMaxJsonDepth + 1), nullptr, kMaxJsonDepth + 2));
}

TEST_CASE("invalid JSON is refused with the parser's reason and no exception", "[json]") {
    std::string error;
    CHECK_FALSE(parseUntrustedJson("{ not json", &error));
    CHECK_THAT(error, Catch::StartsWith("it is not valid JSON: parse error at line 1"));
    CHECK_FALSE(parseUntrustedJson("", &error));
    CHECK_FALSE(parseUntrustedJson("1e999999", &error));
    CHECK_FALSE(parseUntrustedJson("\"caf\xe9\"", &error));  // strings must be UTF-8
    auto value = parseUntrustedOrderedJson(R"({"b": 1, "a": [true, null]})");
    REQUIRE(value);
    CHECK(dumpJson(*value) == R"({"b":1,"a":[true,null]})");  // key order kept
}

TEST_CASE("dumpJson writes text that is not UTF-8 with U+FFFD instead of throwing", "[json]") {
    nlohmann::json j = {{"name", "Caf\xe9"}};
    CHECK_THROWS_AS(j.dump(), nlohmann::json::type_error);
    CHECK(dumpJson(j) == "{\"name\":\"Caf\xEF\xBF\xBD\"}");
    CHECK(dumpJson(nlohmann::json("\x1b]0;x\x07")) == R"("\u001b]0;x\u0007")");  // controls are escaped in JSON
}
