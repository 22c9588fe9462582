// Rubric dimensions and levels as an author writes them: a key point takes
// its stage's dimension unless it names another, a scenario is senior unless
// it says otherwise, and a misspelt value is an error at its line and column
// with the value the author probably meant.
#include "core/scenario/scenario_loader.hpp"

#include "test_files.hpp"
#include "minimal_scenario.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

using rehearse::test::kMinimalPath;
using rehearse::test::minimalWith;

Scenario loaded(const std::string& text) {
    ScenarioLoadResult result = loadScenarioFromText(text, "s.json");
    INFO((result.diagnostics.empty() ? "" : result.diagnostics[0].format()));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.scenario);
    return *result.scenario;
}

std::string firstError(const std::string& text) {
    for (const Diagnostic& d : loadScenarioFromText(text, "s.json").diagnostics)
        if (d.severity == Diagnostic::Severity::Error) return d.format();
    return "";
}

}  // namespace

TEST_CASE("each stage gives its key points the dimension of the skill it tests", "[scenario][dimension]") {
    CHECK(defaultRubricDimension(StageKind::Clarify) == RubricDimension::Problem);
    CHECK(defaultRubricDimension(StageKind::Data) == RubricDimension::Data);
    CHECK(defaultRubricDimension(StageKind::Features) == RubricDimension::Data);
    CHECK(defaultRubricDimension(StageKind::Models) == RubricDimension::Modelling);
    CHECK(defaultRubricDimension(StageKind::Evaluation) == RubricDimension::Evaluation);
    CHECK(defaultRubricDimension(StageKind::Deployment) == RubricDimension::Evaluation);
    for (RubricDimension d : kAllRubricDimensions) CHECK(rubricDimensionFromId(rubricDimensionId(d)) == d);
    CHECK(std::string(rubricDimensionName(RubricDimension::Evaluation)) == "Evaluation and deployment");
}

TEST_CASE("a key point without a dimension takes its stage's", "[scenario][dimension]") {
    const Scenario s = loaded(test::readAll(kMinimalPath));
    CHECK(s.findKeyPoint("define-late")->dimension == RubricDimension::Problem);
    CHECK(s.findKeyPoint("gbdt")->dimension == RubricDimension::Modelling);
}

TEST_CASE("a key point may name a dimension other than its stage's", "[scenario][dimension]") {
    const Scenario s = loaded(minimalWith("\"needs\": 2, \"weight\": 3", "\"needs\": 2, \"weight\": 3, \"dimension\": \"data\""));
    CHECK(s.findKeyPoint("define-late")->dimension == RubricDimension::Data);
    const Scenario c = loaded(minimalWith("\"weight\": 2 }", "\"weight\": 2, \"dimension\": \"communication\" }"));
    CHECK(c.findKeyPoint("gbdt")->dimension == RubricDimension::Communication);
}

TEST_CASE("an unknown dimension is an error at its value with the likely one", "[scenario][dimension]") {
    CHECK(firstError(minimalWith("\"weight\": 2 }", "\"weight\": 2, \"dimension\": \"modeling\" }")) ==
          "s.json:41:104: error: unknown dimension 'modeling' (expected problem, data, modelling, evaluation or "
          "communication) (did you mean 'modelling'?)");
    // Nothing close: no guess.
    CHECK(firstError(minimalWith("\"weight\": 2 }", "\"weight\": 2, \"dimension\": \"vibes\" }")) ==
          "s.json:41:104: error: unknown dimension 'vibes' (expected problem, data, modelling, evaluation or "
          "communication)");
    CHECK_FALSE(firstError(minimalWith("\"weight\": 2 }", "\"weight\": 2, \"dimension\": \"\" }")).empty());
}

TEST_CASE("a scenario is senior unless it names its level", "[scenario][level]") {
    CHECK(loaded(test::readAll(kMinimalPath)).level == Level::Senior);
    CHECK(loaded(minimalWith("\"difficulty\": \"easy\",", "\"difficulty\": \"easy\", \"level\": \"staff\",")).level ==
          Level::Staff);
    CHECK(loaded(minimalWith("\"difficulty\": \"easy\",", "\"difficulty\": \"easy\", \"level\": \"mid\",")).level ==
          Level::Mid);
    CHECK(firstError(minimalWith("\"difficulty\": \"easy\",", "\"difficulty\": \"easy\", \"level\": \"staf\",")) ==
          "s.json:6:34: error: unknown level 'staf' (expected mid, senior or staff) (did you mean 'staff'?)");
}

TEST_CASE("a follow-up marked staff is asked only of a staff candidate", "[scenario][level]") {
    const Scenario s = loaded(minimalWith("\"trigger\": { \"on\": \"time\", \"minute\": 4 } }",
                                          "\"trigger\": { \"on\": \"time\", \"minute\": 4 }, \"level\": \"staff\" }"));
    const FollowUp& staffOnly = s.stages[1].followUps[0];
    REQUIRE(staffOnly.level == Level::Staff);
    CHECK_FALSE(followUpAppliesAtLevel(staffOnly, Level::Mid));
    CHECK_FALSE(followUpAppliesAtLevel(staffOnly, Level::Senior));
    CHECK(followUpAppliesAtLevel(staffOnly, Level::Staff));
    const FollowUp& everyone = s.stages[1].followUps[1];
    CHECK_FALSE(everyone.level.has_value());
    CHECK(followUpAppliesAtLevel(everyone, Level::Mid));
    CHECK(firstError(minimalWith("\"trigger\": { \"on\": \"time\", \"minute\": 4 } }",
                                 "\"trigger\": { \"on\": \"time\", \"minute\": 4 }, \"level\": \"principal\" }"))
              .find("unknown level 'principal'") != std::string::npos);
}
