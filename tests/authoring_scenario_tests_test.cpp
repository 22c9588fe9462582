// Blessed transcripts (`rehearse test`): the file is read with located
// errors, and each entry runs through the interviewer the app uses.
#include "core/authoring/scenario_test_file.hpp"
#include "core/authoring/scenario_test_run.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "minimal_scenario.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rehearse;

namespace {

using rehearse::test::minimalScenario;

ScenarioTestFile parsed(const std::string& text) {
    ScenarioTestLoadResult result = loadScenarioTestsFromText(text, "toy.tests.json");
    for (const Diagnostic& d : result.diagnostics) INFO(d.format());
    REQUIRE(result.tests);
    return *result.tests;
}

std::vector<std::string> diagnosticMessages(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics) out.push_back(d.format());
    return out;
}

}  // namespace

TEST_CASE("scenario tests: entries that behave as recorded pass", "[authoring][scenario-tests]") {
    const Scenario scenario = minimalScenario();
    const ScenarioTestFile tests = parsed(R"({
  "scenario": "toy-late-invoices",
  "questions": [
    { "ask": "how many invoices do we get per day?", "fact": "volume" },
    { "ask": "what colour is the office carpet?", "fact": null }
  ],
  "sentences": [
    { "text": "The label is whether the invoice was paid after its due date.", "stage": "clarify",
      "covers": ["define-late"] },
    { "text": "We don't need gradient boosted trees here.", "stage": "models", "does_not_cover": ["gbdt"] },
    { "text": "Big data and AI.", "covers_nothing": true }
  ]
})");
    const ScenarioTestRun run = runScenarioTests(tests, scenario);
    CHECK(diagnosticMessages(run.failures).empty());
    CHECK(run.passed == 5);
    CHECK(run.failed == 0);
}

TEST_CASE("scenario tests: a failing entry is reported at its line and column with what happened", "[authoring][scenario-tests]") {
    const Scenario scenario = minimalScenario();
    const ScenarioTestFile tests = parsed(R"({
  "scenario": "toy-late-invoices",
  "questions": [
    { "ask": "how many invoices do we get per day?", "fact": "late-rate" },
    { "ask": "how many invoices do we get per day?", "fact": null }
  ],
  "sentences": [
    { "text": "We don't need gradient boosted trees here.", "stage": "models", "covers": ["gbdt"] },
      { "text": "XGBoost on the invoice history.", "stage": "models", "does_not_cover": ["gbdt"] },
    { "text": "XGBoost on the invoice history.", "stage": "models", "covers_nothing": true }
  ]
})");
    const ScenarioTestRun run = runScenarioTests(tests, scenario);
    CHECK(run.passed == 0);
    CHECK(run.failed == 5);
    const std::vector<std::string> lines = diagnosticMessages(run.failures);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].rfind("toy.tests.json:4:5: error: question \"how many invoices do we get per day?\" should reach "
                         "'late-rate' but reached 'volume'", 0) == 0);
    CHECK(lines[1].rfind("toy.tests.json:5:5: error: question \"how many invoices do we get per day?\" should get no "
                         "answer, but reached 'volume'", 0) == 0);
    CHECK(lines[2].rfind("toy.tests.json:8:5: error: sentence \"We don't need gradient boosted trees here.\" should "
                         "cover key point 'gbdt' but does not", 0) == 0);
    CHECK(lines[3] == "toy.tests.json:9:7: error: sentence \"XGBoost on the invoice history.\" should not cover key "
                      "point 'gbdt' but does (matched 'xgboost')");
    CHECK(lines[4] == "toy.tests.json:10:5: error: sentence \"XGBoost on the invoice history.\" should cover no key "
                      "point but covers 'gbdt' (matched 'xgboost')");
}

TEST_CASE("scenario tests: an id the scenario lacks fails with a suggestion", "[authoring][scenario-tests]") {
    const Scenario scenario = minimalScenario();
    const ScenarioTestFile tests = parsed(R"({
  "scenario": "toy-late-invoices",
  "questions": [ { "ask": "how late are they?", "facts": ["late_rate"] } ],
  "sentences": [ { "text": "Gradient boosting.", "covers": ["gdbt"] } ]
})");
    const std::vector<std::string> lines = diagnosticMessages(runScenarioTests(tests, scenario).failures);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "toy.tests.json:3:59: error: unknown fact 'late_rate' in scenario 'toy-late-invoices' "
                      "(did you mean 'late-rate'?)");
    CHECK(lines[1] == "toy.tests.json:4:61: error: unknown key point 'gdbt' in scenario 'toy-late-invoices' "
                      "(did you mean 'gbdt'?)");
}

TEST_CASE("scenario tests: a malformed file is refused with every problem located", "[authoring][scenario-tests]") {
    ScenarioTestLoadResult bad = loadScenarioTestsFromText(R"({
  "scenario": "toy",
  "questions": [ { "ask": "how many?" }, { "ask": "x", "fact": 3 }, "what?" ],
  "sentences": [ { "text": "Trees.", "stage": "modelling", "covers": [] }, { "txt": "a", "covers": ["x"] } ]
})",
                                                           "bad.tests.json");
    CHECK_FALSE(bad.tests);
    const std::vector<std::string> lines = diagnosticMessages(bad.diagnostics);
    auto has = [&](const std::string& line) { return std::find(lines.begin(), lines.end(), line) != lines.end(); };
    CHECK(has("bad.tests.json:3:18: error: missing 'fact': the fact id it must reach, or null when the "
              "interviewer must decline"));
    CHECK(has("bad.tests.json:3:64: error: 'fact' must be a fact id, or null when the interviewer must decline, "
              "not an integer"));
    CHECK(has("bad.tests.json:3:69: error: each of 'questions' must be an object, not a string"));
    CHECK(has("bad.tests.json:4:47: error: unknown stage 'modelling' (expected clarify, data, features, models, "
              "evaluation or deployment)"));
    CHECK(has("bad.tests.json:4:18: error: a sentence needs a key point in 'covers' (it must cover) or "
              "'does_not_cover' (it must not), or \"covers_nothing\": true"));
    CHECK(has("bad.tests.json:4:76: error: missing required field 'text'"));

    ScenarioTestLoadResult broken = loadScenarioTestsFromText("{\n  \"scenario\": \"toy\",,\n}", "broken.tests.json");
    CHECK_FALSE(broken.tests);
    REQUIRE_FALSE(broken.diagnostics.empty());
    CHECK(broken.diagnostics[0].format().rfind("broken.tests.json:2:", 0) == 0);
}

TEST_CASE("scenario tests: every shipped scenario has its transcript, which the library never loads", "[authoring][scenario-tests]") {
    ScenarioLibrary library;
    library.load({REHEARSE_SCENARIO_DIR});
    CHECK(library.diagnostics().empty());
    CHECK(library.fileCount() == library.scenarios().size());

    const std::vector<std::string> files = scenarioTestFilesIn({REHEARSE_SCENARIO_DIR});
    CHECK(files.size() == library.scenarios().size());
    for (const Scenario& scenario : library.scenarios()) {
        INFO(scenario.id);
        const std::string path = std::string(REHEARSE_SCENARIO_DIR) + "/tests/" + scenario.id + kScenarioTestSuffix;
        const ScenarioTestLoadResult loaded = loadScenarioTestsFromFile(path);
        REQUIRE(loaded.tests);
        CHECK(loaded.tests->scenarioId == scenario.id);
        CHECK(loaded.tests->questions.size() >= 10);
        CHECK(loaded.tests->sentences.size() >= 10);
    }
}
