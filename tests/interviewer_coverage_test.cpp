#include "core/interviewer/coverage.hpp"
#include "core/interviewer/coverage_json.hpp"
#include "core/interviewer/session_evidence.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

// Two stages; the evaluation stage has a two-concept key point and a pitfall.
const char* kCoverageScenarioJson = R"({
  "format": 1, "id": "toy-spam", "title": "Toy spam", "question": "Design a spam filter.",
  "difficulty": "easy", "tags": [], "minutes": 10,
  "facts": [ { "id": "volume", "topic": "Volume", "asks": ["how many emails per day"], "answer": "A lot." } ],
  "stages": [
    { "id": "data", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [
        { "id": "labels", "text": "Labels from user reports.", "why": "No labels, no model.",
          "concepts": [["user report", "report spam button"]], "weight": 3 },
        { "id": "imbalance", "text": "Spam is rare.", "why": "Changes sampling and metrics.",
          "concepts": [["class imbalance", "imbalanced"]], "weight": 1 }
      ] },
    { "id": "evaluation", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [
        { "id": "pr", "text": "PR-AUC and a time split.", "why": "Accuracy lies on rare classes.",
          "concepts": [["pr auc", "precision recall curve"], ["time split", "temporal split"]],
          "needs": 2, "weight": 2 }
      ],
      "pitfalls": [ { "id": "pf-accuracy", "text": "Accuracy on a rare class.", "signs": [["accuracy"]] } ] }
  ],
  "reference": { "summary": "s", "diagram": { "items": [], "arrows": [] } }
})";

Scenario coverageToyScenario() {
    ScenarioLoadResult result = loadScenarioFromText(kCoverageScenarioJson, "toy.json");
    REQUIRE(result.scenario);
    return *result.scenario;
}

EvidenceText notes(StageKind stage, std::string text) {
    return EvidenceText{EvidenceSource::Notes, stage, std::move(text), ""};
}

}  // namespace

TEST_CASE("coverage: nothing written covers nothing", "[interviewer][coverage]") {
    const Scenario scenario = coverageToyScenario();
    CoverageScorer scorer;
    const CoverageReport report = scorer.score(scenario, {});
    REQUIRE(report.stages.size() == 2);
    CHECK(report.coveredWeight() == 0);
    CHECK(report.totalWeight() == 6);
    CHECK(report.fraction() == 0);
    CHECK(report.pitfalls().empty());
}

TEST_CASE("coverage: key points covered with the evidence sentence", "[interviewer][coverage]") {
    const Scenario scenario = coverageToyScenario();
    CoverageScorer scorer;
    const CoverageReport report = scorer.score(
        scenario, {notes(StageKind::Data, "Sources:\n- User reports from the button.\n- Mail logs"),
                   notes(StageKind::Evaluation, "We plot precision-recall curves. Split by week: a temporal split.")});
    const KeyPointCoverage* labels = report.keyPoint("labels");
    REQUIRE(labels);
    CHECK(labels->covered);
    REQUIRE(labels->evidence());
    CHECK(labels->evidence()->sentence == "User reports from the button.");
    CHECK(labels->evidence()->phrase == "user report");
    CHECK(labels->evidence()->stage == StageKind::Data);
    CHECK(describeEvidenceOrigin(*labels->evidence()) == "Data notes");

    const KeyPointCoverage* pr = report.keyPoint("pr");
    REQUIRE(pr);
    CHECK(pr->covered);
    CHECK(pr->conceptsMatched() == 2);
    CHECK_FALSE(report.isCovered("imbalance"));

    CHECK(report.stage(StageKind::Data)->coveredWeight() == 3);
    CHECK(report.stage(StageKind::Data)->totalWeight() == 4);
    CHECK(report.stage(StageKind::Data)->coveredCount() == 1);
    CHECK(report.stage(StageKind::Evaluation)->fraction() == 1.0);
    CHECK(report.coveredWeight() == 5);
    CHECK(report.fraction() == Approx(5.0 / 6.0));
}

TEST_CASE("coverage: `needs` concepts must all be there", "[interviewer][coverage]") {
    const Scenario scenario = coverageToyScenario();
    CoverageScorer scorer;
    const CoverageReport report = scorer.score(scenario, {notes(StageKind::Evaluation, "PR-AUC on a random split")});
    const KeyPointCoverage* pr = report.keyPoint("pr");
    REQUIRE(pr);
    CHECK_FALSE(pr->covered);
    CHECK(pr->conceptsMatched() == 1);
    CHECK(pr->concepts[0].has_value());
    CHECK_FALSE(pr->concepts[1].has_value());
}

TEST_CASE("coverage: evidence from another stage counts, own stage preferred", "[interviewer][coverage]") {
    const Scenario scenario = coverageToyScenario();
    CoverageScorer scorer;
    std::vector<EvidenceText> texts = {
        notes(StageKind::Evaluation, "Heavily imbalanced: report PR-AUC."),
        EvidenceText{EvidenceSource::Canvas, std::nullopt, "class imbalance handler", "item-7"},
        notes(StageKind::Data, "Data is imbalanced, 1% spam."),
    };
    const CoverageReport report = scorer.score(scenario, texts);
    const KeyPointCoverage* imbalance = report.keyPoint("imbalance");
    REQUIRE(imbalance);
    CHECK(imbalance->covered);
    CHECK(imbalance->evidence()->sentence == "Data is imbalanced, 1% spam.");

    texts.pop_back();  // without Data notes: the stage-free canvas label comes next
    const CoverageReport second = scorer.score(scenario, texts);
    REQUIRE(second.keyPoint("imbalance")->evidence());
    CHECK(second.keyPoint("imbalance")->evidence()->source == EvidenceSource::Canvas);
    CHECK(second.keyPoint("imbalance")->evidence()->ref == "item-7");
}

TEST_CASE("coverage: the quoted evidence is the sentence naming most of the point", "[interviewer][coverage]") {
    const Scenario scenario = coverageToyScenario();
    CoverageScorer scorer;
    // The first sentence names the PR curve in passing; the second states
    // both halves of the point. The debrief quotes the second.
    const CoverageReport report = scorer.score(
        scenario, {notes(StageKind::Evaluation, "Dashboards show the precision-recall curve. "
                                                "Offline we report PR-AUC on a temporal split by week.")});
    const KeyPointCoverage* pr = report.keyPoint("pr");
    REQUIRE(pr);
    CHECK(pr->covered);
    REQUIRE(pr->evidence());
    CHECK(pr->evidence()->sentence == "Offline we report PR-AUC on a temporal split by week.");

    // One concept: the sentence naming two of its phrasings beats a passing mention.
    const CoverageReport labels = scorer.score(
        scenario, {notes(StageKind::Data, "Each user report is logged. "
                                          "Labels: the report spam button, so every user report is a label.")});
    REQUIRE(labels.keyPoint("labels")->evidence());
    CHECK(labels.keyPoint("labels")->evidence()->sentence ==
          "Labels: the report spam button, so every user report is a label.");
}

TEST_CASE("coverage: of two sentences naming a point alike, the debrief quotes the one that says what the point says", "[interviewer][coverage]") {
    const Scenario scenario = coverageToyScenario();
    CoverageScorer scorer;
    // Both name "imbalanced" once; the second also says the point's "spam is rare".
    const CoverageReport report = scorer.score(
        scenario, {notes(StageKind::Data, "We store imbalanced data in one table. "
                                          "Spam is rare, so the data is imbalanced.")});
    REQUIRE(report.keyPoint("imbalance")->evidence());
    CHECK(report.keyPoint("imbalance")->evidence()->sentence == "Spam is rare, so the data is imbalanced.");
}

TEST_CASE("coverage: of two sentences that each name one concept, the debrief quotes the one in the point's stage", "[interviewer][coverage]") {
    const Scenario scenario = coverageToyScenario();
    CoverageScorer scorer;
    const CoverageReport report =
        scorer.score(scenario, {notes(StageKind::Data, "We keep PR-AUC in mind while sampling."),
                                notes(StageKind::Evaluation, "Offline we test on a temporal split by week.")});
    const KeyPointCoverage* pr = report.keyPoint("pr");
    REQUIRE(pr);
    CHECK(pr->covered);
    REQUIRE(pr->evidence());
    CHECK(pr->evidence()->sentence == "Offline we test on a temporal split by week.");
    CHECK(pr->evidence()->stage == StageKind::Evaluation);
}

TEST_CASE("coverage: a list's lead-in is stated, its bare items are not", "[interviewer][coverage]") {
    const Scenario scenario = coverageToyScenario();
    CoverageScorer scorer;
    // "Imbalanced:" leads a list that spells it out.
    const CoverageReport lead = scorer.score(
        scenario, {notes(StageKind::Data, "Imbalanced: 1% spam, downsample ham, reweight, calibrate after.")});
    CHECK(lead.isCovered("imbalance"));
    // The same word as one bare item among others says nothing about it.
    const CoverageReport item = scorer.score(
        scenario, {notes(StageKind::Data, "Topics: spam, ham, imbalanced, phishing, malware.")});
    CHECK_FALSE(item.isCovered("imbalance"));
    // A verb that says what is done to every item makes the list an instruction.
    const CoverageReport instruction = scorer.score(
        scenario, {notes(StageKind::Data, "Track user reports, bounces, unsubscribes.")});
    CHECK(instruction.isCovered("labels"));
    const CoverageReport dump = scorer.score(
        scenario, {notes(StageKind::Data, "Signals: user reports, bounces, unsubscribes.")});
    CHECK_FALSE(dump.isCovered("labels"));
}

TEST_CASE("coverage: probe answers are evidence", "[interviewer][coverage]") {
    const Scenario scenario = coverageToyScenario();
    CoverageScorer scorer;
    const CoverageReport report = scorer.score(
        scenario, {EvidenceText{EvidenceSource::ProbeAnswer, StageKind::Data, "From the report spam button", "fu-1"}});
    REQUIRE(report.isCovered("labels"));
    CHECK(describeEvidenceOrigin(*report.keyPoint("labels")->evidence()) == "Probe answer (Data)");
}

TEST_CASE("coverage: pitfalls are flagged in their own stage, not when rejected", "[interviewer][coverage]") {
    const Scenario scenario = coverageToyScenario();
    CoverageScorer scorer;

    auto hits = scorer.score(scenario, {notes(StageKind::Evaluation, "Headline metric: accuracy.")}).pitfalls();
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].id == "pf-accuracy");
    CHECK(hits[0].evidence.sentence == "Headline metric: accuracy.");

    CHECK(scorer.score(scenario, {notes(StageKind::Evaluation, "PR-AUC, not accuracy.")}).pitfalls().empty());
    CHECK(scorer.score(scenario, {notes(StageKind::Data, "label accuracy of reports")}).pitfalls().empty());
    // A rejection elsewhere in the sentence does not hide the mistake.
    CHECK(scorer.score(scenario, {notes(StageKind::Evaluation, "We report accuracy, so we don't need a holdout.")})
              .pitfalls()
              .size() == 1);
    // Saying what the mistake does, to explain why not to make it.
    CHECK(scorer.score(scenario, {notes(StageKind::Evaluation, "Accuracy would flatter a model that flags nothing.")})
              .pitfalls()
              .empty());
    CHECK(scorer.score(scenario, {notes(StageKind::Evaluation, "Accuracy inflates every offline number here.")})
              .pitfalls()
              .empty());
    // Asking about the metric is not choosing it.
    CHECK(scorer.score(scenario, {notes(StageKind::Evaluation, "Is accuracy what the team reports today?")})
              .pitfalls()
              .empty());
}

TEST_CASE("coverage: one stage only", "[interviewer][coverage]") {
    const Scenario scenario = coverageToyScenario();
    CoverageScorer scorer;
    const CoverageReport report = scorer.scoreStage(
        scenario, StageKind::Evaluation, {EvidenceText{EvidenceSource::Written, std::nullopt, "pr auc, time split", ""}});
    REQUIRE(report.stages.size() == 1);
    CHECK(report.stages[0].stage == StageKind::Evaluation);
    CHECK(report.fraction() == 1.0);
    CHECK(scorer.scoreStage(scenario, StageKind::Models, {}).stages.empty());
}

TEST_CASE("coverage: JSON for machines", "[interviewer][coverage]") {
    const Scenario scenario = coverageToyScenario();
    CoverageScorer scorer;
    const CoverageReport report = scorer.score(
        scenario, {notes(StageKind::Data, "User reports.\n"), notes(StageKind::Evaluation, "accuracy")});
    const nlohmann::json json = coverageToJson(report);
    CHECK(json.at("covered_weight") == 3);
    CHECK(json.at("total_weight") == 6);
    const auto& data = json.at("stages").at(0);
    CHECK(data.at("stage") == "data");
    CHECK(data.at("key_points").at(0).at("covered") == true);
    CHECK(data.at("key_points").at(0).at("evidence").at("sentence") == "User reports.");
    CHECK(data.at("key_points").at(0).at("evidence").at("source") == "notes");
    CHECK(data.at("key_points").at(1).at("evidence").is_null());
    CHECK(json.at("stages").at(1).at("pitfalls").at(0).at("id") == "pf-accuracy");
}

TEST_CASE("coverage: canvas items speak through their label and kind", "[interviewer][coverage]") {
    CanvasItem item;
    item.kind = ItemKind::FeatureStore;
    item.label = "user counters";
    CHECK(canvasItemEvidenceText(item) == std::string("user counters [") + itemKindTitle(ItemKind::FeatureStore) + "]");
    item.label = "";
    CHECK(canvasItemEvidenceText(item) == itemKindTitle(ItemKind::FeatureStore));
    item.label = std::string("Online ") + itemKindTitle(ItemKind::FeatureStore);  // already says it
    CHECK(canvasItemEvidenceText(item) == item.label);
    item.kind = ItemKind::Box;
    item.label = "  ";
    CHECK(canvasItemEvidenceText(item).empty());
    item.kind = ItemKind::Note;
    item.label = "label delay!";
    CHECK(canvasItemEvidenceText(item) == "label delay!");
}
