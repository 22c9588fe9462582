#include "core/interviewer/coverage.hpp"
#include "core/interviewer/coverage_json.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace rehearse;

namespace {

// One deployment point made by one idea, and one that needs two.
const char* kPassingScenario = R"({
  "format": 1, "id": "toy-mail", "title": "Toy mail", "question": "Design a spam filter.",
  "difficulty": "easy", "tags": [], "minutes": 10,
  "facts": [ { "id": "volume", "topic": "Volume", "asks": ["how many emails per day"], "answer": "A lot." } ],
  "stages": [
    { "id": "data", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [
        { "id": "labels", "text": "Labels from user reports.", "why": "No labels, no model.",
          "concepts": [["report spam button"]], "weight": 1 } ] },
    { "id": "deployment", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [
        { "id": "shadow", "text": "Run the new filter in shadow first, beside the old one.", "why": "Catches surprises safely.",
          "concepts": [["shadow mode"]], "weight": 2,
          "examples": ["The new filter scores live traffic silently for two weeks, next to the old one, before it acts."] },
        { "id": "ramp", "text": "Ramp up in stages with a kill switch.", "why": "A bad model hurts fewer users.",
          "concepts": [["staged rollout"], ["kill switch"]], "needs": 2, "weight": 1 }
      ] }
  ],
  "reference": { "summary": "s", "diagram": { "items": [], "arrows": [] } }
})";

Scenario passingScenario() {
    ScenarioLoadResult result = loadScenarioFromText(kPassingScenario, "toy.json");
    REQUIRE(result.scenario);
    return *result.scenario;
}

EvidenceText passingNotes(StageKind stage, std::string text) { return EvidenceText{EvidenceSource::Notes, stage, std::move(text), ""}; }

// Names shadow mode in passing, in a sentence about the data.
const std::string kPassingMention = "Data: a week of logs, shadow mode included, feeds the feature store nightly.";

// The sentence the debrief quotes for `point` once `texts` are scored; empty
// when the point is not covered.
std::string quoteFor(const std::vector<EvidenceText>& texts, const std::string& point) {
    CoverageScorer scorer;
    const CoverageReport report = scorer.score(passingScenario(), texts);
    const KeyPointCoverage* coverage = report.keyPoint(point);
    REQUIRE(coverage);
    return coverage->covered && coverage->evidence() ? coverage->evidence()->sentence : "";
}

}  // namespace

TEST_CASE("passing mention: a point named in passing elsewhere still counts", "[interviewer][coverage][stage]") {
    CHECK(quoteFor({passingNotes(StageKind::Data, kPassingMention)}, "shadow") == kPassingMention);
}

TEST_CASE("passing mention: another stage's sentence about the point is quoted before one naming it in passing",
          "[interviewer][coverage][stage]") {
    const std::string about = "Before it acts, the new filter runs in shadow mode beside the old one for two weeks.";
    CHECK(quoteFor({passingNotes(StageKind::Data, kPassingMention + " " + about)}, "shadow") == about);
}

TEST_CASE("passing mention: the point's own stage is quoted when it says the point in other words",
          "[interviewer][coverage][stage]") {
    CoverageScorer scorer;
    // Too few of the example's words to cover the point by resemblance alone.
    const std::string own = "We run the new filter first, beside the old one, and log its verdicts for a fortnight.";
    const CoverageReport report =
        scorer.score(passingScenario(), {passingNotes(StageKind::Data, kPassingMention), passingNotes(StageKind::Deployment, own)});
    const KeyPointCoverage* point = report.keyPoint("shadow");
    REQUIRE(point);
    CHECK(point->covered);
    REQUIRE(point->evidence());
    CHECK(point->evidence()->sentence == own);
    CHECK(point->evidence()->stage == StageKind::Deployment);
    // The debrief says why that sentence counts.
    const nlohmann::json json = coverageToJson(report);
    CHECK(json["stages"][1]["key_points"][0]["evidence"]["why"].get<std::string>().find("saying what the example") !=
          std::string::npos);
    // Without the passing mention the same sentence covers nothing.
    CHECK_FALSE(scorer.score(passingScenario(), {passingNotes(StageKind::Deployment, own)}).isCovered("shadow"));
}

TEST_CASE("passing mention: a point that needs two ideas keeps the sentence naming both",
          "[interviewer][coverage][stage]") {
    const std::string both = "Data: the staged rollout and kill switch logs land in the feature store too.";
    CHECK(quoteFor({passingNotes(StageKind::Data, both)}, "ramp") == both);
}

TEST_CASE("passing mention: each idea of a two-idea point found in another stage quotes its sentence",
          "[interviewer][coverage][stage]") {
    CoverageScorer scorer;
    const std::string data = "Data: the kill switch flips are logged with the feature store snapshots.";
    const std::string deployment = "We ship through a staged rollout, one region a week.";
    const CoverageReport report = scorer.score(
        passingScenario(), {passingNotes(StageKind::Data, data), passingNotes(StageKind::Deployment, deployment)});
    const KeyPointCoverage* point = report.keyPoint("ramp");
    REQUIRE(point);
    CHECK(point->covered);
    REQUIRE(point->concepts.size() == 2);
    REQUIRE(point->concepts[0]);
    REQUIRE(point->concepts[1]);
    CHECK(point->concepts[0]->sentence == deployment);
    CHECK(point->concepts[1]->sentence == data);
}

TEST_CASE("passing mention: a point rejected only in another stage says why it is not covered",
          "[interviewer][coverage][stage]") {
    CoverageScorer scorer;
    const CoverageReport report = scorer.score(
        passingScenario(), {passingNotes(StageKind::Data, "Shadow mode is unnecessary since offline metrics are good.")});
    const KeyPointCoverage* point = report.keyPoint("shadow");
    REQUIRE(point);
    CHECK_FALSE(point->covered);
    CHECK(point->setAside.find("unnecessary") != std::string::npos);
}

TEST_CASE("passing mention: a point without examples is quoted where its own stage says its text",
          "[interviewer][coverage][stage]") {
    // The passing mention test scenario with the shadow point's examples taken out.
    std::string json = kPassingScenario;
    const std::string examples =
        R"(,
          "examples": ["The new filter scores live traffic silently for two weeks, next to the old one, before it acts."])";
    const std::size_t at = json.find(examples);
    REQUIRE(at != std::string::npos);
    json.erase(at, examples.size());
    ScenarioLoadResult result = loadScenarioFromText(json, "toy.json");
    REQUIRE(result.scenario);
    const std::string own = "We run the new filter first, beside the old one, and log its verdicts for a fortnight.";
    CoverageScorer scorer;
    const CoverageReport report = scorer.score(
        *result.scenario, {passingNotes(StageKind::Data, kPassingMention), passingNotes(StageKind::Deployment, own)});
    const KeyPointCoverage* point = report.keyPoint("shadow");
    REQUIRE(point);
    CHECK(point->covered);
    REQUIRE(point->evidence());
    CHECK(point->evidence()->sentence == own);
}
