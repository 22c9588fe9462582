// The debrief built from a session driven through actions, and its Markdown.
#include "core/export/debrief_markdown.hpp"
#include "core/interviewer/debrief.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace rehearse;

namespace {

const char* kDebriefScenarioJson = R"({
  "format": 1, "id": "toy-debrief", "title": "Toy debrief", "question": "Design a spam filter.",
  "difficulty": "easy", "tags": [], "minutes": 10,
  "facts": [
    { "id": "volume", "topic": "Volume", "asks": ["how many emails per day"], "answer": "10 billion a day.",
      "important": true },
    { "id": "latency", "topic": "Latency", "asks": ["latency requirement"], "answer": "30 ms.", "important": true },
    { "id": "langs", "topic": "Languages", "asks": ["which languages"], "answer": "60 of them." }
  ],
  "stages": [
    { "id": "clarify", "minutes": 4, "goal": "Pin down costs.", "guidance": "g", "reference": "Ask about error costs.",
      "key_points": [
        { "id": "costs", "text": "Error costs are asymmetric.", "why": "Sets the threshold.",
          "concepts": [["false positive"]], "weight": 3 }
      ],
      "follow_ups": [ { "id": "fu-costs", "says": "Which mistake hurts more?", "key_point": "costs",
                        "trigger": { "on": "enter" } } ] },
    { "id": "evaluation", "minutes": 6, "goal": "Pick metrics.", "guidance": "g", "reference": "PR-AUC, time split.",
      "key_points": [
        { "id": "pr", "text": "Use PR-AUC.", "why": "Spam is rare.", "concepts": [["pr auc"]], "weight": 2 },
        { "id": "split", "text": "Split by time.", "why": "Spam drifts.", "concepts": [["time split"]], "weight": 1 }
      ],
      "pitfalls": [ { "id": "pf-acc", "text": "Accuracy on a rare class.", "signs": [["accuracy"]] } ] }
  ],
  "reference": { "summary": "A cascade of a cheap model and a heavy one.",
    "diagram": { "items": [ { "id": "a", "kind": "model", "label": "Cheap model", "x": 0, "y": 0 },
                            { "id": "b", "kind": "model", "label": "Heavy | model", "x": 200, "y": 0 } ],
                 "arrows": [ { "id": "ab", "from": "a", "to": "b", "label": "uncertain" } ] } }
})";

Scenario debriefToyScenario() {
    ScenarioLoadResult result = loadScenarioFromText(kDebriefScenarioJson, "toy.json");
    REQUIRE(result.scenario);
    return *result.scenario;
}

Session playedSession() {
    Session session(debriefToyScenario());
    const auto apply = [&](double at, ActionPayload payload) { REQUIRE(session.apply(Action{at, std::move(payload)})); };
    apply(5, RaiseFollowUp{FollowUpId("fu-costs"), {}});
    apply(20, AskClarification{"how many emails a day?", FactId("volume"), {}});
    apply(30, AskClarification{"what's the team size?", FactId(), {}});
    apply(40, AnswerFollowUp{ProbeIndex(0), "A false positive loses a real email: much worse."});
    apply(300, GoToStage{StageIndex(1)});
    apply(310, SetNotes{StageIndex(1), "Metric: accuracy\nand PR-AUC"});
    CanvasItem item;
    item.kind = ItemKind::Model;
    item.label = "Classifier";
    item.stage = "evaluation";
    item.w = 160;
    item.h = 80;
    apply(320, CanvasApply{AddItems{{item}}});
    apply(600, FinishSession{});
    return session;
}

}  // namespace

TEST_CASE("debrief: coverage, misses, pitfalls and time per stage", "[debrief]") {
    const Session session = playedSession();
    const Debrief debrief = buildDebrief(session, 600);

    CHECK(debrief.title == "Toy debrief");
    REQUIRE(debrief.stages.size() == 2);
    const StageDebrief& clarify = debrief.stages[0];
    CHECK(clarify.coverage.coveredCount() == 1);  // by the probe answer
    REQUIRE(clarify.coverage.keyPoints[0].evidence());
    CHECK(clarify.coverage.keyPoints[0].evidence()->source == EvidenceSource::ProbeAnswer);
    CHECK(clarify.time.spentSeconds == Approx(300));
    CHECK(clarify.time.budgetSeconds == Approx(240));
    CHECK(clarify.time.overBudget());

    const StageDebrief& evaluation = debrief.stages[1];
    CHECK(evaluation.time.spentSeconds == Approx(300));
    CHECK_FALSE(evaluation.time.overBudget());
    CHECK(evaluation.notes == "Metric: accuracy\nand PR-AUC");
    CHECK(evaluation.canvasTexts == std::vector<std::string>{std::string("Classifier [") + itemKindTitle(ItemKind::Model) + "]"});
    REQUIRE(evaluation.missed().size() == 1);
    CHECK(evaluation.missed()[0].id == "split");
    CHECK(evaluation.missed()[0].why == "Spam drifts.");

    CHECK(debrief.coveredWeight() == 5);
    CHECK(debrief.totalWeight() == 6);
    CHECK(debrief.spentSeconds() == Approx(600));
    CHECK(debrief.budgetSeconds() == Approx(600));

    REQUIRE(debrief.pitfalls.size() == 1);
    CHECK(debrief.pitfalls[0].id == "pf-acc");
    CHECK(debrief.pitfalls[0].evidence.sentence == "Metric: accuracy");
}

TEST_CASE("debrief: probes, questions and the important facts not asked", "[debrief]") {
    const Debrief debrief = buildDebrief(playedSession(), 600);
    REQUIRE(debrief.probes.size() == 1);
    CHECK(debrief.probes[0].says == "Which mistake hurts more?");
    CHECK(debrief.probes[0].state == Probe::State::Answered);
    CHECK(debrief.probes[0].keyPointId == "costs");
    CHECK(debrief.probes[0].keyPointCovered);

    REQUIRE(debrief.questions.size() == 2);
    CHECK(debrief.questions[0].answered());
    CHECK(debrief.questions[0].topic == "Volume");
    CHECK_FALSE(debrief.questions[1].answered());

    REQUIRE(debrief.importantNotAsked.size() == 1);  // volume was asked; langs is not important
    CHECK(debrief.importantNotAsked[0].id == FactId("latency"));
}

TEST_CASE("debrief: Markdown export", "[debrief]") {
    Debrief debrief = buildDebrief(playedSession(), 600);
    debrief.selfAssessment.setRating(AssessmentDimension::MlDepth, 3);
    debrief.selfAssessment.setRating(AssessmentDimension::Pacing, 9);  // clamped
    debrief.selfAssessment.notes = "Time-box clarify.";
    const std::string md = debriefToMarkdown(debrief);

    CHECK(md.rfind("# Debrief: Toy debrief\n", 0) == 0);
    CHECK(md.find("**Coverage:** 83% (weighted 5 of 6)") != std::string::npos);
    CHECK(md.find("| Stage | Spent | Budget | Pace |\n") != std::string::npos);  // every column named
    CHECK(md.find("| Clarify | 5:00 | 4:00 | over budget |") != std::string::npos);
    CHECK(md.find(" | within budget |\n") != std::string::npos);
    CHECK(md.find("- [x] Error costs are asymmetric. — \"A false positive loses a real email: much worse.\" "
                  "(Probe answer (Clarify))") != std::string::npos);
    CHECK(md.find("- [ ] **Split by time.** (nice to have) — Spam drifts.") != std::string::npos);
    CHECK(md.find("**Pitfall:** Accuracy on a rare class.") != std::string::npos);
    CHECK(md.find("> Metric: accuracy  \n> and PR-AUC  \n") != std::string::npos);
    CHECK(md.find("  - You: A false positive loses a real email: much worse.") != std::string::npos);
    CHECK(md.find("*No fact matched: an assumption was needed.*") != std::string::npos);
    CHECK(md.find("### Important facts not asked\n\n- **Latency:** 30 ms.") != std::string::npos);
    CHECK(md.find("- Cheap model → Heavy \\| model: uncertain") != std::string::npos);
    CHECK(md.find("| ML depth | Lean yes (3/4) |") != std::string::npos);
    CHECK(md.find("| Pacing | Strong yes (4/4) |") != std::string::npos);
    CHECK(md.find("| Communication | Not rated |") != std::string::npos);
    CHECK(md.find("> Time-box clarify.") != std::string::npos);
}

TEST_CASE("debrief: Markdown says what was said for a missed point and why it did not count", "[debrief]") {
    Session session(debriefToyScenario());
    REQUIRE(session.apply(Action{5, GoToStage{StageIndex(1)}}));
    REQUIRE(session.apply(Action{10, SetNotes{StageIndex(1), "A time split doesn't matter here."}}));
    REQUIRE(session.apply(Action{20, FinishSession{}}));
    const std::string md = debriefToMarkdown(buildDebrief(session, 20));
    CHECK(md.find("- [ ] **Split by time.** (nice to have) — Spam drifts. *Not counted:* \"A time split doesn't matter "
                  "here.\": ") != std::string::npos);
}

TEST_CASE("debrief: Markdown written to a file", "[debrief]") {
    const Debrief debrief = buildDebrief(playedSession(), 600);
    const std::string path = (std::filesystem::temp_directory_path() / "rehearse_debrief_test_output.md").string();
    std::string error;
    REQUIRE(writeDebriefMarkdown(debrief, path, error));
    std::ifstream in(path);
    std::stringstream content;
    content << in.rdbuf();
    CHECK(content.str() == debriefToMarkdown(debrief));
    std::remove(path.c_str());
    CHECK_FALSE(writeDebriefMarkdown(debrief, "/nonexistent-dir/x.md", error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("debrief: a session that never started anything", "[debrief]") {
    const Session session(debriefToyScenario());
    const Debrief debrief = buildDebrief(session, 0);
    CHECK(debrief.coveredWeight() == 0);
    CHECK(debrief.importantNotAsked.size() == 2);
    CHECK_FALSE(debrief.stages[1].time.visited);
    CHECK(debriefToMarkdown(debrief).find("not reached") != std::string::npos);
}

TEST_CASE("formatDuration", "[debrief]") {
    CHECK(formatDuration(0) == "0:00");
    CHECK(formatDuration(65) == "1:05");
    CHECK(formatDuration(3723) == "1:02:03");
    CHECK(formatDuration(-4) == "0:00");
}

TEST_CASE("debrief: with no key points to cover it says not scored, not 100%", "[debrief]") {
    Debrief debrief = buildDebrief(playedSession(), 600);
    REQUIRE(debrief.scored());
    for (StageDebrief& stage : debrief.stages) stage.coverage.keyPoints.clear();  // a pair candidate's copy
    CHECK_FALSE(debrief.scored());
    const std::string md = debriefToMarkdown(debrief);
    CHECK(md.find("**Coverage:** not scored") != std::string::npos);
    CHECK(md.find("(weighted 0 of 0)") == std::string::npos);
}
