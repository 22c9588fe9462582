// The walkthrough session, driven as the app drives it: actions stamped with
// an injected clock, then the state checked. Replaying the journal must give
// the same session.
#include "core/scenario/scenario_loader.hpp"
#include "core/session/pending_probe.hpp"
#include "core/session/session.hpp"
#include "session_test_support.hpp"
#include "minimal_scenario.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace rehearse;

namespace {

using rehearse::test::minimalScenario;

using rehearse::test::at;

}  // namespace

TEST_CASE("a new session starts in the first stage with the question asked", "[session]") {
    Session session(minimalScenario());
    CHECK(session.currentStage() == StageIndex(0));
    CHECK(session.stageProgress(StageIndex(0)).visited);
    CHECK_FALSE(session.stageProgress(StageIndex(1)).visited);
    REQUIRE(session.feed().size() == 2);
    CHECK(session.feed()[0].kind == FeedEntry::Kind::Question);
    CHECK(session.feed()[0].text == session.scenario().question);
    CHECK(session.feed()[1].kind == FeedEntry::Kind::StageStarted);
}

TEST_CASE("time per stage is counted against the budget", "[session]") {
    Session session(minimalScenario());
    CHECK(session.stageSeconds(StageIndex(0), 120) == Approx(120));
    CHECK_FALSE(session.isOverBudget(StageIndex(0), 299));
    CHECK(session.isOverBudget(StageIndex(0), 301));  // clarify has 5 minutes

    REQUIRE(session.apply(at(200, GoToStage{StageIndex(1)})));
    CHECK(session.stageSeconds(StageIndex(0), 500) == Approx(200));  // frozen once left
    CHECK(session.stageSeconds(StageIndex(1), 500) == Approx(300));
    CHECK(session.totalSeconds(500) == Approx(500));

    // Going back resumes the earlier stage's count.
    REQUIRE(session.apply(at(260, GoToStage{StageIndex(0)})));
    CHECK(session.stageSeconds(StageIndex(1), 400) == Approx(60));
    CHECK(session.stageSeconds(StageIndex(0), 400) == Approx(200 + 140));
    CHECK(session.secondsSinceStageEntered(400) == Approx(140));
}

TEST_CASE("a paused clock does not count", "[session]") {
    Session session(minimalScenario());
    REQUIRE(session.apply(at(60, PauseClock{})));
    CHECK(session.isPaused());
    CHECK(session.stageSeconds(StageIndex(0), 600) == Approx(60));
    CHECK_FALSE(session.apply(at(70, PauseClock{})));  // already paused
    REQUIRE(session.apply(at(600, ResumeClock{})));
    CHECK(session.stageSeconds(StageIndex(0), 630) == Approx(90));
}

TEST_CASE("notes belong to their stage", "[session]") {
    Session session(minimalScenario());
    REQUIRE(session.apply(at(5, SetNotes{StageIndex(0), "late = unpaid 7 days past due date"})));
    REQUIRE(session.apply(at(10, GoToStage{StageIndex(1)})));
    REQUIRE(session.apply(at(15, SetNotes{StageIndex(1), "xgboost"})));
    CHECK(session.stageProgress(StageIndex(0)).notes == "late = unpaid 7 days past due date");
    CHECK(session.stageProgress(StageIndex(1)).notes == "xgboost");
    CHECK_FALSE(session.apply(at(16, SetNotes{StageIndex(7), "no such stage"})));
}

TEST_CASE("clarifying questions are answered from facts or with the no-match reply", "[session]") {
    Session session(minimalScenario());
    REQUIRE(session.apply(at(30, AskClarification{"How many invoices a day?", FactId("volume"), {}})));
    REQUIRE(session.apply(at(40, AskClarification{"Which cloud do you use?", FactId(), {}})));
    CHECK_FALSE(session.apply(at(41, AskClarification{"   ", FactId(), {}})));
    CHECK_FALSE(session.apply(at(42, AskClarification{"x", FactId("no-such-fact"), {}})));

    REQUIRE(session.clarifications().size() == 2);
    CHECK(session.revealedFactIds() == std::vector<FactId>{FactId("volume")});
    const auto& feed = session.feed();
    REQUIRE(feed.size() == 6);
    CHECK(feed[2].kind == FeedEntry::Kind::CandidateQuestion);
    CHECK(feed[3].text == "About 20,000 invoices a day.");
    CHECK(feed[5].text == Session::noMatchReply());
}

TEST_CASE("a question the scenario leaves open gets its own reply and replays", "[session]") {
    Scenario scenario = minimalScenario();
    scenario.assumptions.push_back({"currency", "Currencies", {"which currencies do we bill in"},
                                    "Assume euros only; say how a second currency would change the features."});
    Session session(scenario);
    REQUIRE(session.apply(at(30, AskClarification{"Do we bill in several currencies?", FactId(), {}, "currency"})));
    CHECK(session.feed().back().text == "Assume euros only; say how a second currency would change the features.");
    CHECK(session.revealedFactIds().empty());
    // An assumption that does not exist is refused.
    CHECK_FALSE(session.apply(at(31, AskClarification{"x", FactId(), {}, "no-such-assumption"})));

    // Through the journal's JSON, the reply comes back.
    const auto back = actionFromJson(actionToJson(session.journal().back()));
    REQUIRE(back);
    Session replayed = replaySession(scenario, {*back});
    CHECK(replayed.feed().back().text == session.feed().back().text);

    // A compound question: the fact one part asked for, then what to assume for the other.
    REQUIRE(session.apply(at(40, AskClarification{"How many invoices a day, and in which currencies?", FactId("volume"), {},
                                                  "currency"})));
    CHECK(session.feed().back().text ==
          "About 20,000 invoices a day.\n\nAssume euros only; say how a second currency would change the features.");
    CHECK(session.revealedFactIds() == std::vector<FactId>{FactId("volume")});
}

TEST_CASE("feed and question times are on the session clock, which stops while paused", "[session]") {
    Session session(minimalScenario());
    REQUIRE(session.apply(at(60, PauseClock{})));
    REQUIRE(session.apply(at(180, ResumeClock{})));
    REQUIRE(session.apply(at(200, AskClarification{"How many invoices a day?", FactId("volume"), {}})));
    REQUIRE(session.apply(at(230, GoToStage{StageIndex(1)})));
    REQUIRE(session.apply(at(240, PauseClock{})));
    CHECK(session.clockAt(300) == Approx(120));  // paused since 240: the clock stands at 240 - 120

    // Shown to the candidate: 200 s after the start, 120 s of it paused.
    REQUIRE(session.clarifications().size() == 1);
    CHECK(session.clarifications()[0].clock == Approx(80));
    CHECK(session.clarifications()[0].at == Approx(200));  // pacing rules still see session time
    const FeedEntry& stageMarker = session.feed().back();
    REQUIRE(stageMarker.kind == FeedEntry::Kind::StageStarted);
    CHECK(stageMarker.clock == Approx(110));
    // The same clock as the stage timers.
    CHECK(session.totalSeconds(240) == Approx(session.clockAt(240)));
}

TEST_CASE("probes are raised once, then answered or skipped", "[session]") {
    Session session(minimalScenario());
    REQUIRE(session.apply(at(10, RaiseFollowUp{FollowUpId("fu-enter"), ""})));
    CHECK_FALSE(session.apply(at(11, RaiseFollowUp{FollowUpId("fu-enter"), ""})));  // never repeated
    CHECK_FALSE(session.apply(at(12, RaiseFollowUp{FollowUpId("no-such-probe"), ""})));
    REQUIRE(session.apply(at(13, RaiseFollowUp{FollowUpId(), "A partner's own question?"})));
    REQUIRE(session.probes().size() == 2);
    CHECK(session.probes()[0].says == "Where would you start?");
    CHECK(session.wasRaised(FollowUpId("fu-enter")));

    CHECK_FALSE(session.apply(at(14, AnswerFollowUp{ProbeIndex(0), ""})));
    REQUIRE(session.apply(at(15, AnswerFollowUp{ProbeIndex(0), "With the label definition."})));
    CHECK_FALSE(session.apply(at(16, AnswerFollowUp{ProbeIndex(0), "again"})));
    REQUIRE(session.apply(at(17, SkipFollowUp{ProbeIndex(1)})));
    CHECK(session.probes()[0].state == Probe::State::Answered);
    CHECK(session.probes()[0].answer == "With the label definition.");
    CHECK(session.probes()[1].state == Probe::State::Skipped);
}

TEST_CASE("finishing freezes the session", "[session]") {
    Session session(minimalScenario());
    REQUIRE(session.apply(at(100, FinishSession{})));
    CHECK(session.isFinished());
    CHECK(session.stageSeconds(StageIndex(0), 9999) == Approx(100));
    CHECK_FALSE(session.apply(at(120, SetNotes{StageIndex(0), "too late"})));
}

TEST_CASE("time never runs backwards, whatever the journal says", "[session]") {
    Session session(minimalScenario());
    REQUIRE(session.apply(at(100, GoToStage{StageIndex(1)})));
    REQUIRE(session.apply(at(50, GoToStage{StageIndex(0)})));  // stamped as 100
    CHECK(session.journal().back().at == 100);
    CHECK(session.stageSeconds(StageIndex(1), 100) == Approx(0));
}

TEST_CASE("replaying the journal rebuilds the same session", "[session]") {
    Session live(minimalScenario());
    live.apply(at(3, AskClarification{"volume?", FactId("volume"), {}}));
    live.apply(at(20, SetNotes{StageIndex(0), "label: due date"}));
    live.apply(at(50, RaiseFollowUp{FollowUpId("fu-enter"), ""}));
    live.apply(at(70, AnswerFollowUp{ProbeIndex(0), "start from the label"}));
    live.apply(at(90, GoToStage{StageIndex(1)}));
    live.apply(at(95, PauseClock{}));
    live.apply(at(400, ResumeClock{}));
    live.apply(at(420, SetNotes{StageIndex(1), "gbdt"}));
    live.apply(at(500, FinishSession{}));

    // Through JSON, as the journal is stored.
    std::vector<Action> journal;
    for (const Action& a : live.journal()) {
        auto back = actionFromJson(actionToJson(a));
        REQUIRE(back);
        journal.push_back(*back);
    }
    std::size_t skipped = 99;
    Session replayed = replaySession(live.scenario(), journal, &skipped);
    CHECK(skipped == 0);
    CHECK(replayed.currentStage() == live.currentStage());
    CHECK(replayed.isFinished());
    for (std::size_t i = 0; i < live.stageCount(); ++i) {
        CHECK(replayed.stageProgress(StageIndex(i)).notes == live.stageProgress(StageIndex(i)).notes);
        CHECK(replayed.stageSeconds(StageIndex(i), 1000) == Approx(live.stageSeconds(StageIndex(i), 1000)));
    }
    CHECK(replayed.stageSeconds(StageIndex(1), 1000) == Approx(95 - 90 + 500 - 400));
    CHECK(replayed.feed().size() == live.feed().size());
    CHECK(replayed.probes()[0].answer == "start from the label");
}

TEST_CASE("actions from a foreign or damaged journal are refused, not crashed on", "[session]") {
    using nlohmann::json;
    CHECK_FALSE(actionFromJson(json::parse(R"({"type":"teleport","at":1})")));
    CHECK_FALSE(actionFromJson(json::parse(R"({"type":"set_notes","at":1,"stage":"x","text":"a"})")));
    CHECK_FALSE(actionFromJson(json::parse(R"({"type":"go_to_stage","at":-5,"stage":1})")));
    CHECK_FALSE(actionFromJson(json::parse(R"([1,2,3])")));
    CHECK_FALSE(actionFromJson(json::parse(R"({"type":"canvas_apply","at":1,"command":{"op":"explode"}})")));
    auto ok = actionFromJson(json::parse(R"({"type":"go_to_stage","at":12.5,"stage":1})"));
    REQUIRE(ok);
    CHECK(ok->at == 12.5);
    CHECK(std::get<GoToStage>(ok->payload).stage == StageIndex(1));
}

TEST_CASE("the self-assessment is recorded after the end and replays", "[session]") {
    Session live(minimalScenario());
    REQUIRE(live.apply(at(100, FinishSession{})));
    SelfAssessment assessment;
    assessment.setRating(AssessmentDimension::TradeOffs, 3);
    assessment.setRating(AssessmentDimension::Pacing, 9);  // clamped to the scale
    assessment.notes = "Ask about label delay earlier.";
    REQUIRE(live.apply(at(130, SetSelfAssessment{assessment})));
    CHECK_FALSE(live.apply(at(140, SetNotes{StageIndex(0), "still refused after the end"})));
    CHECK(live.selfAssessment().rating(AssessmentDimension::Pacing) == kMaxRating);

    std::vector<Action> journal;
    for (const Action& a : live.journal()) journal.push_back(*actionFromJson(actionToJson(a)));
    Session replayed = replaySession(live.scenario(), journal);
    CHECK(replayed.selfAssessment().rating(AssessmentDimension::TradeOffs) == 3);
    CHECK(replayed.selfAssessment().notes == "Ask about label delay earlier.");
    CHECK(replayed.stageSeconds(StageIndex(0), 1000) == Approx(100));  // rating later does not add time
}

TEST_CASE("the pending probe is the latest one still open", "[session][pending_probe]") {
    Session session(minimalScenario());
    CHECK_FALSE(pendingProbe(session));
    CHECK(openProbeCount(session) == 0);
    REQUIRE(session.apply(at(10, RaiseFollowUp{FollowUpId("fu-late"), {}})));
    REQUIRE(session.apply(at(20, RaiseFollowUp{FollowUpId("fu-enter"), {}})));
    CHECK(pendingProbe(session) == std::optional<ProbeIndex>(ProbeIndex(1)));
    CHECK(openProbeCount(session) == 2);

    // Answering the latest brings the older open one back to the front.
    REQUIRE(session.apply(at(30, AnswerFollowUp{ProbeIndex(1), "Start with the label."})));
    CHECK(pendingProbe(session) == std::optional<ProbeIndex>(ProbeIndex(0)));
    REQUIRE(session.apply(at(40, SkipFollowUp{ProbeIndex(0)})));
    CHECK_FALSE(pendingProbe(session));
    CHECK(openProbeCount(session) == 0);
}

TEST_CASE("the canvas camera is journalled and comes back on replay", "[session][canvas_view]") {
    Session live(minimalScenario());
    CHECK_FALSE(live.canvasView());
    REQUIRE(live.apply(at(10, SetCanvasView{-120.5, 340, 0.5})));
    REQUIRE(live.apply(at(20, SetCanvasView{800, -60, 1.75})));
    std::vector<Action> journal;
    for (const Action& a : live.journal()) {
        auto back = actionFromJson(actionToJson(a));
        REQUIRE(back);
        journal.push_back(*back);
    }
    std::size_t skipped = 99;
    const Session replayed = replaySession(live.scenario(), journal, &skipped);
    CHECK(skipped == 0);
    REQUIRE(replayed.canvasView());
    CHECK(replayed.canvasView()->centreX == 800);
    CHECK(replayed.canvasView()->centreY == -60);
    CHECK(replayed.canvasView()->zoom == 1.75);
}

TEST_CASE("a camera no view could take is refused", "[session][canvas_view]") {
    Session session(minimalScenario());
    CHECK_FALSE(session.apply(at(1, SetCanvasView{0, 0, 0})));
    CHECK_FALSE(session.apply(at(1, SetCanvasView{std::nan(""), 0, 1})));
    CHECK_FALSE(session.apply(at(1, SetCanvasView{0, 1e300, 1})));
    CHECK_FALSE(session.apply(at(1, SetCanvasView{0, 0, 1e9})));
    CHECK_FALSE(session.canvasView());
    CHECK(session.journal().empty());
}
