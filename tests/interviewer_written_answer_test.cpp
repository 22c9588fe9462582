// Written answers as evidence (`rehearse score`), and the check that matters
// most for trusting the coverage: a strong answer to the spam scenario scores
// far higher than a weak one (tests/data/answers/).
#include "core/interviewer/coverage.hpp"
#include "core/interviewer/written_answer.hpp"
#include "core/scenario/scenario_library.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

using namespace rehearse;

namespace {

std::string readAnswer(const std::string& name) {
    std::ifstream in(std::string(REHEARSE_TEST_DATA) + "/answers/" + name);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("written answer: headings tie sections to stages", "[interviewer][written]") {
    const auto sections = evidenceFromWrittenAnswer(
        "Intro line\n## Clarifying questions\nhow many per day\n# Data and labels\nreports\n"
        "Models:\ngbdt\n## Something else\nstill models\n### Deployment & monitoring\n\n");
    REQUIRE(sections.size() == 4);
    CHECK_FALSE(sections[0].stage.has_value());
    CHECK(sections[0].text == "Intro line\n");
    CHECK(sections[1].stage == StageKind::Clarify);
    CHECK(sections[2].stage == StageKind::Data);
    CHECK(sections[3].stage == StageKind::Models);
    CHECK(sections[3].text == "gbdt\n## Something else\nstill models\n");  // unknown headings stay in
    for (const EvidenceText& section : sections) CHECK(section.source == EvidenceSource::Written);
}

TEST_CASE("written answer: a scenario's own stage titles are headings too", "[interviewer][written]") {
    Scenario scenario;
    Stage models;
    models.kind = StageKind::Models;
    models.title = "Retrieval and context";
    scenario.stages.push_back(models);
    const auto sections = evidenceFromWrittenAnswer("## Data\nlogs\n## Retrieval\nhybrid BM25\n", std::nullopt, &scenario);
    REQUIRE(sections.size() == 2);
    CHECK(sections[1].stage == StageKind::Models);
    CHECK(sections[1].text == "hybrid BM25\n");
    // Without the scenario, "Retrieval" names no stage and the text stays in Data.
    CHECK(evidenceFromWrittenAnswer("## Data\nlogs\n## Retrieval\nhybrid BM25\n").size() == 1);
}

TEST_CASE("written answer: a whole file for one stage", "[interviewer][written]") {
    const auto sections = evidenceFromWrittenAnswer("## Data\nPR-AUC", StageKind::Evaluation);
    REQUIRE(sections.size() == 1);
    CHECK(sections[0].stage == StageKind::Evaluation);
    CHECK(evidenceFromWrittenAnswer("  \n", StageKind::Data).empty());
}

TEST_CASE("written answer: stage names", "[interviewer][written]") {
    CHECK(stageNamedBy("Feature engineering") == StageKind::Features);
    CHECK(stageNamedBy("Evaluation & metrics") == StageKind::Evaluation);
    CHECK(stageNamedBy("Serving") == StageKind::Deployment);
    CHECK_FALSE(stageNamedBy("Summary").has_value());
}

TEST_CASE("score: a strong spam answer scores far higher than a weak one", "[interviewer][written]") {
    ScenarioLibrary library;
    library.load({REHEARSE_SCENARIO_DIR});
    const Scenario* scenario = library.find("spam-email-detection");
    REQUIRE(scenario);

    CoverageScorer scorer;
    const CoverageReport strong =
        scorer.score(*scenario, evidenceFromWrittenAnswer(readAnswer("spam-email-detection-strong.md")));
    const CoverageReport weak =
        scorer.score(*scenario, evidenceFromWrittenAnswer(readAnswer("spam-email-detection-weak.md")));
    std::cout << "spam-email-detection: strong answer " << strong.coveredWeight() << "/" << strong.totalWeight()
              << ", weak answer " << weak.coveredWeight() << "/" << weak.totalWeight() << "; pitfalls "
              << strong.pitfalls().size() << " vs " << weak.pitfalls().size() << "\n";

    CHECK(strong.fraction() >= 0.85);
    CHECK(weak.fraction() <= 0.25);
    CHECK(strong.fraction() - weak.fraction() >= 0.6);
    // Every stage: the strong answer covers at least 2/3 of the weight.
    for (const StageCoverage& stage : strong.stages) {
        INFO(stageKindId(stage.stage));
        CHECK(stage.fraction() >= 2.0 / 3.0);
    }
    // The weak answer walks into the classic traps; the strong one into none.
    CHECK(weak.pitfalls().size() >= 5);
    CHECK(strong.pitfalls().empty());

    // One stage at a time gives the same verdict for that stage.
    const CoverageReport evaluationOnly =
        scorer.scoreStage(*scenario, StageKind::Evaluation,
                          evidenceFromWrittenAnswer(readAnswer("spam-email-detection-weak.md"), StageKind::Evaluation));
    REQUIRE(evaluationOnly.stages.size() == 1);
    CHECK(evaluationOnly.stages[0].pitfalls.size() >= 2);  // accuracy, random split
}
