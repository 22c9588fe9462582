#include "core/authoring/try_sentence.hpp"
#include "core/interviewer/coverage.hpp"
#include "core/interviewer/coverage_json.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace rehearse;

namespace {

// Key points whose phrases a paraphrase misses, with labelled examples.
std::string examplesScenarioJson(const std::string& delayExample) {
    return R"({
  "format": 1, "id": "toy-mail", "title": "Toy mail", "question": "Design a spam filter.",
  "difficulty": "easy", "tags": [], "minutes": 10,
  "facts": [ { "id": "volume", "topic": "Volume", "asks": ["how many emails per day"], "answer": "A lot." } ],
  "stages": [
    { "id": "data", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [
        { "id": "label-delay", "text": "Wait for a maturity window before treating unreported mail as clean.",
          "why": "Reports arrive late.", "concepts": [["maturity window"]], "weight": 2,
          "examples": [")" + delayExample + R"("] },
        { "id": "negatives", "text": "Negatives are impressions shown but not clicked.",
          "why": "Unseen items are not negatives.", "concepts": [["shown but not clicked"]], "weight": 2,
          "examples": ["Use impressions the user scrolled past as negatives, not every unseen message."] },
        { "id": "labels", "text": "Labels from user reports.", "why": "No labels, no model.",
          "concepts": [["report spam button"]], "weight": 1 }
      ] },
    { "id": "deployment", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [
        { "id": "shadow", "text": "Run the new filter in shadow first.", "why": "Catches surprises safely.",
          "concepts": [["shadow mode"]], "weight": 2,
          "examples": ["The new filter scores live traffic silently for two weeks, next to the old one, before it acts."] },
        { "id": "retrain", "text": "Retrain on fresh labels every night.", "why": "Spammers adapt within days.",
          "concepts": [["nightly retrain"]], "weight": 1,
          "examples": ["Retrain the classifier nightly on fresh user reports."] },
        { "id": "calibration", "text": "Watch calibration after each retrain.", "why": "Thresholds assume calibrated scores.",
          "concepts": [["reliability diagram"]], "weight": 1,
          "examples": ["Retrain the classifier nightly on fresh user reports and check its calibration drift before it ships."] }
      ] }
  ],
  "reference": { "summary": "s", "diagram": { "items": [], "arrows": [] } }
})";
}

const char* kDelayExample = "Unreported mail only counts as clean after a three-day wait for late reports.";

Scenario examplesScenario(const std::string& delayExample = kDelayExample) {
    ScenarioLoadResult result = loadScenarioFromText(examplesScenarioJson(delayExample), "toy.json");
    REQUIRE(result.scenario);
    return *result.scenario;
}

EvidenceText dataNotes(std::string text) { return EvidenceText{EvidenceSource::Notes, StageKind::Data, std::move(text), ""}; }

bool covers(const Scenario& scenario, const EvidenceText& text, const std::string& point) {
    CoverageScorer scorer;
    return scorer.score(scenario, {text}).isCovered(point);
}

}  // namespace

TEST_CASE("examples: a statement saying an example's claim in other words covers the point",
          "[interviewer][coverage][examples]") {
    const Scenario scenario = examplesScenario();
    CoverageScorer scorer;
    const std::string sentence = "Mail nobody reported counts as clean only after we wait three days for late reports.";
    const CoverageReport report = scorer.score(scenario, {dataNotes(sentence)});
    const KeyPointCoverage* point = report.keyPoint("label-delay");
    REQUIRE(point);
    CHECK(point->covered);
    REQUIRE(point->evidence());
    CHECK(point->evidence()->sentence == sentence);
    CHECK(point->evidence()->example == kDelayExample);
    CHECK(point->evidence()->phrase.empty());
    // Nothing else in the stage is said.
    CHECK_FALSE(report.isCovered("negatives"));
    CHECK_FALSE(report.isCovered("labels"));
}

TEST_CASE("examples: the evidence says which example it resembles in score --json",
          "[interviewer][coverage][examples]") {
    const Scenario scenario = examplesScenario();
    CoverageScorer scorer;
    const nlohmann::json json = coverageToJson(scorer.score(
        scenario, {dataNotes("Mail nobody reported counts as clean only after we wait three days for late reports.")}));
    const nlohmann::json& point = json["stages"][0]["key_points"][0];
    REQUIRE(point["id"] == "label-delay");
    CHECK(point["evidence"]["example"] == kDelayExample);
    CHECK(point["evidence"]["why"].get<std::string>().find("saying what the example") != std::string::npos);
}

TEST_CASE("examples: a maybe, a minimum or a rejection in the example's words covers nothing",
          "[interviewer][coverage][examples]") {
    const Scenario scenario = examplesScenario();
    // The control: the plain claim covers it.
    CHECK(covers(scenario, dataNotes("Unreported mail counts as clean only after a wait of three days for late reports."),
                 "label-delay"));
    CHECK_FALSE(covers(scenario, dataNotes("Maybe unreported mail counts as clean after a wait of three days for late reports."),
                       "label-delay"));
    CHECK_FALSE(covers(scenario, dataNotes("A wait of a day for late reports is enough before unreported mail counts as clean."),
                       "label-delay"));
    CHECK_FALSE(covers(scenario, dataNotes("Waiting three days for late reports before unreported mail counts as clean is unnecessary."),
                       "label-delay"));
    CHECK_FALSE(covers(scenario, dataNotes("Unreported mail counts as clean after a wait of three days for late reports, it works."),
                       "label-delay"));
    // The rejection sits after a semicolon, in the same claim.
    CHECK_FALSE(covers(scenario, dataNotes("Unreported mail counts as clean at once; waiting days for late reports isn't necessary."),
                       "label-delay"));
}

TEST_CASE("examples: a bare list or a question of the example's words covers nothing",
          "[interviewer][coverage][examples]") {
    const Scenario scenario = examplesScenario();
    CHECK_FALSE(covers(scenario, dataNotes("Unreported mail, late reports, three-day wait, clean counts."), "label-delay"));
    CHECK_FALSE(covers(scenario, dataNotes("Does unreported mail count as clean only after a wait for late reports?"),
                       "label-delay"));
}

TEST_CASE("examples: a sentence sharing too few of the example's words covers nothing",
          "[interviewer][coverage][examples]") {
    const Scenario scenario = examplesScenario();
    CHECK_FALSE(covers(scenario, dataNotes("Reports arrive late."), "label-delay"));
    CHECK_FALSE(covers(scenario, dataNotes("Clean mail goes to the inbox and the rest to the spam folder within a day."),
                       "label-delay"));
}

TEST_CASE("examples: the words an example rejects do not earn its point", "[interviewer][coverage][examples]") {
    const Scenario scenario = examplesScenario();
    // The example says "not every unseen message": naming unseen messages as negatives is the naive version.
    CHECK_FALSE(covers(scenario, dataNotes("Every unseen message serves as a negative for the model."), "negatives"));
    CHECK(covers(scenario, dataNotes("Impressions the user scrolled past serve as negatives for the ranker."), "negatives"));
}

TEST_CASE("examples: resemblance only counts in the point's own stage", "[interviewer][coverage][examples]") {
    const Scenario scenario = examplesScenario();
    const std::string sentence = "The new filter scores live traffic silently next to the old one for two weeks before acting.";
    CHECK(covers(scenario, EvidenceText{EvidenceSource::Notes, StageKind::Deployment, sentence, ""}, "shadow"));
    CHECK_FALSE(covers(scenario, dataNotes(sentence), "shadow"));
    // A written answer without stage sections is tied to no stage and may cover any point.
    CHECK(covers(scenario, EvidenceText{EvidenceSource::Written, std::nullopt, sentence, ""}, "shadow"));
}

TEST_CASE("examples: one scorer follows a scenario whose examples changed", "[interviewer][coverage][examples]") {
    CoverageScorer scorer;
    const EvidenceText text = dataNotes("Mail nobody reported counts as clean only after we wait three days for late reports.");
    CHECK(scorer.score(examplesScenario(), {text}).isCovered("label-delay"));
    // Same id, other example: what was prepared for the first must not linger.
    CHECK_FALSE(scorer.score(examplesScenario("Labels come from the report button."), {text}).isCovered("label-delay"));
    CHECK(scorer.score(examplesScenario(), {text}).isCovered("label-delay"));
}

TEST_CASE("examples: Try it tells the author which example a sentence resembles", "[interviewer][coverage][examples][try]") {
    const SentenceTrial trial = trySentence(
        examplesScenario(), StageKind::Data, "Mail nobody reported counts as clean only after we wait three days for late reports.");
    REQUIRE(trial.keyPoints.size() == 1);
    CHECK(trial.keyPoints[0].id == "label-delay");
    CHECK(trial.keyPoints[0].covered);
    CHECK(trial.keyPoints[0].reason == std::string("resembles the example '") + kDelayExample + "'");
}

TEST_CASE("examples: a sentence closer to another point of its stage is that point's evidence",
          "[interviewer][coverage][examples]") {
    const Scenario scenario = examplesScenario();
    CoverageScorer scorer;
    const CoverageReport report = scorer.score(
        scenario, {EvidenceText{EvidenceSource::Notes, StageKind::Deployment,
                                "We retrain the classifier every night on fresh user reports.", ""}});
    CHECK(report.isCovered("retrain"));
    // It shares most of the calibration example's words too, but says nothing about calibration.
    CHECK_FALSE(report.isCovered("calibration"));
    CHECK(scorer.score(scenario, {EvidenceText{EvidenceSource::Notes, StageKind::Deployment,
                                               "After each nightly retrain on fresh user reports we check calibration "
                                               "drift before the classifier ships.", ""}})
              .isCovered("calibration"));
}
