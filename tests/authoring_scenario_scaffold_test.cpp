// `rehearse new`: a skeleton that loads at once, or a copy under a new id.
#include "core/authoring/scenario_scaffold.hpp"
#include "core/scenario/scenario_format.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "test_files.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace rehearse;

TEST_CASE("scaffold: a new scenario loads, in the canonical layout, with every stage", "[authoring][scaffold]") {
    const ScenarioScaffold scaffold = scaffoldScenario("hotel-price-ranking", "hotel-price-ranking.json");
    REQUIRE(scaffold.text);
    const ScenarioLoadResult loaded = loadScenarioFromText(*scaffold.text, "hotel-price-ranking.json");
    REQUIRE(loaded.scenario);
    CHECK(loaded.diagnostics.empty());
    CHECK(loaded.scenario->id == "hotel-price-ranking");
    CHECK(loaded.scenario->stages.size() == 6);
    CHECK(formatScenarioText(*scaffold.text, "x.json").text == scaffold.text);
}

TEST_CASE("scaffold: a bad id is refused with the loader's message", "[authoring][scaffold]") {
    const ScenarioScaffold scaffold = scaffoldScenario("Hotel Prices", "Hotel Prices.json");
    CHECK_FALSE(scaffold.text);
    REQUIRE(scaffold.diagnostics.size() == 1);
    CHECK(scaffold.diagnostics[0].message.find("'id' must be lower-case words joined by '-'") != std::string::npos);
}

TEST_CASE("scaffold: a copy keeps everything but its id and title", "[authoring][scaffold]") {
    const std::string path = REHEARSE_TEST_DATA "/scenarios/minimal.json";
    const std::string source = test::readAll(path);
    const ScenarioScaffold copy = copyScenario(source, path, "late-invoices-v2", "late-invoices-v2.json");
    REQUIRE(copy.text);
    nlohmann::json before = nlohmann::json::parse(source), after = nlohmann::json::parse(*copy.text);
    CHECK(after["id"] == "late-invoices-v2");
    CHECK(after["title"] == "Late invoices (copy)");
    after["id"] = before["id"];
    after["title"] = before["title"];
    CHECK(after == before);

    const ScenarioScaffold broken = copyScenario("{\"id\": 3}", "broken.json", "x", "x.json");
    CHECK_FALSE(broken.text);
    REQUIRE_FALSE(broken.diagnostics.empty());
    CHECK(broken.diagnostics[0].path == "broken.json");
}
