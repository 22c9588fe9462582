#include "core/interviewer/coverage.hpp"
#include "core/interviewer/coverage_json.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace rehearse;

namespace {

// A clarify point (the latency budget) and a data point.
const char* kStatedElsewhereScenario = R"({
  "format": 1, "id": "toy-fraud", "title": "Toy fraud", "question": "Design a card fraud model.",
  "difficulty": "easy", "tags": [], "minutes": 10,
  "facts": [ { "id": "latency", "topic": "Latency", "asks": ["how fast must we decide"], "answer": "100 ms at p99." } ],
  "stages": [
    { "id": "clarify", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [
        { "id": "latency-budget", "text": "Establish the latency budget: a decision within 100 ms at p99, inside card authorisation.",
          "why": "The budget decides which features and models can run.",
          "concepts": [["latency budget", "100 ms"]], "weight": 2,
          "examples": ["Authorisation gives us about 100 ms at p99 for the whole fraud decision."] } ] },
    { "id": "data", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [
        { "id": "labels", "text": "Chargebacks are the labels.", "why": "No labels, no model.",
          "concepts": [["chargebacks"]], "weight": 1 } ] }
  ],
  "reference": { "summary": "s", "diagram": { "items": [], "arrows": [] } }
})";

CoverageReport scoreStatedElsewhere(const std::vector<EvidenceText>& texts) {
    ScenarioLoadResult loaded = loadScenarioFromText(kStatedElsewhereScenario, "toy.json");
    REQUIRE(loaded.scenario);
    CoverageScorer scorer;
    return scorer.score(*loaded.scenario, texts);
}

EvidenceText notesIn(StageKind stage, std::string text) { return EvidenceText{EvidenceSource::Notes, stage, std::move(text), ""}; }

// States the budget, in the data stage.
const std::string kBudgetInData = "Every feature must be computed inside the 100 ms p99 budget that card authorisation gives the decision.";

}  // namespace

TEST_CASE("stated elsewhere: a clarify constraint stated in another stage is not counted, and the debrief says where it was",
          "[interviewer][coverage][stage]") {
    const CoverageReport report = scoreStatedElsewhere({notesIn(StageKind::Data, "Chargebacks are the labels. " + kBudgetInData)});
    const KeyPointCoverage* point = report.keyPoint("latency-budget");
    REQUIRE(point);
    CHECK_FALSE(point->covered);
    CHECK(point->setAside == "\"" + kBudgetInData + "\" in Data notes: a clarify point counts only what was asked or said while clarifying");
    // The same note reaches `rehearse score --json` and the debrief's misses.
    const nlohmann::json json = coverageToJson(report);
    bool found = false;
    for (const auto& stage : json.at("stages"))
        for (const auto& keyPoint : stage.at("key_points"))
            if (keyPoint.at("id") == "latency-budget") {
                found = true;
                CHECK(keyPoint.at("set_aside").get<std::string>().find(kBudgetInData) != std::string::npos);
            }
    CHECK(found);
}

TEST_CASE("stated elsewhere: another stage naming the constraint in passing gets no note", "[interviewer][coverage][stage]") {
    // "latency budget" named in a sentence about monitoring, not about the budget itself.
    const CoverageReport report =
        scoreStatedElsewhere({notesIn(StageKind::Data, "Dashboards track chargebacks per merchant and the latency budget.")});
    const KeyPointCoverage* point = report.keyPoint("latency-budget");
    REQUIRE(point);
    CHECK_FALSE(point->covered);
    CHECK(point->setAside.empty());
}

TEST_CASE("stated elsewhere: said while clarifying, the point is covered and carries no note", "[interviewer][coverage][stage]") {
    const CoverageReport report = scoreStatedElsewhere(
        {notesIn(StageKind::Clarify, "The decision has a 100 ms p99 budget inside card authorisation."), notesIn(StageKind::Data, kBudgetInData)});
    const KeyPointCoverage* point = report.keyPoint("latency-budget");
    REQUIRE(point);
    CHECK(point->covered);
    CHECK(point->setAside.empty());
    REQUIRE(point->evidence());
    CHECK(point->evidence()->stage == StageKind::Clarify);
}

TEST_CASE("stated elsewhere: a rejection while clarifying is the reason given, not the later statement",
          "[interviewer][coverage][stage]") {
    const CoverageReport report = scoreStatedElsewhere(
        {notesIn(StageKind::Clarify, "The latency budget doesn't matter here."), notesIn(StageKind::Data, kBudgetInData)});
    const KeyPointCoverage* point = report.keyPoint("latency-budget");
    REQUIRE(point);
    CHECK_FALSE(point->covered);
    CHECK(point->setAside.find("doesn't matter") != std::string::npos);
}
