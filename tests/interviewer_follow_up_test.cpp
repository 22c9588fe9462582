// The follow-up engine driven the way the app drives it: every second of
// session time ask what is due and raise it through Session::apply. The
// clock is injected, so each probe's time is exact; replaying the journal
// must give the same probes without the engine.
#include "core/interviewer/follow_up_engine.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <map>

using namespace rehearse;

namespace {

const char* kFollowUpScenarioJson = R"({
  "format": 1, "id": "toy-probes", "title": "Toy probes", "question": "Design a spam filter.",
  "difficulty": "easy", "tags": [], "minutes": 10,
  "facts": [],
  "stages": [
    { "id": "clarify", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [
        { "id": "scale", "text": "Volume.", "why": "w", "concepts": [["per day", "qps"]] },
        { "id": "costs", "text": "Error costs.", "why": "w", "concepts": [["false positive"]] },
        { "id": "actions", "text": "Actions.", "why": "w", "concepts": [["spam folder"]] }
      ],
      "follow_ups": [
        { "id": "fu-enter", "says": "Where do you start?", "trigger": { "on": "enter" } },
        { "id": "fu-time", "says": "Latency?", "trigger": { "on": "time", "minute": 2 }, "priority": 1 },
        { "id": "fu-missing", "says": "How much mail?", "priority": 3,
          "trigger": { "on": "missing", "key_point": "scale", "minute": 3 } },
        { "id": "fu-mention", "says": "Accuracy, really?", "priority": 3,
          "trigger": { "on": "mention", "concepts": [["accuracy"]] } },
        { "id": "fu-leave-actions", "says": "Before we move on: what happens to flagged mail?", "priority": 1,
          "trigger": { "on": "leave", "key_point": "actions" } },
        { "id": "fu-leave-costs", "says": "Before we move on: which mistake hurts more?", "priority": 2,
          "trigger": { "on": "leave", "key_point": "costs" } }
      ] },
    { "id": "evaluation", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [],
      "follow_ups": [ { "id": "fu-eval-enter", "says": "How do you evaluate?", "trigger": { "on": "enter" } } ] }
  ],
  "reference": { "summary": "s", "diagram": { "items": [], "arrows": [] } }
})";

Scenario followUpToyScenario() {
    ScenarioLoadResult result = loadScenarioFromText(kFollowUpScenarioJson, "toy.json");
    REQUIRE(result.scenario);
    return *result.scenario;
}

// Runs the session second by second from `from` to `to`: first the scripted
// actions of that second, then whatever the engine says is due.
void run(Session& session, FollowUpEngine& engine, double from, double to,
         const std::multimap<double, ActionPayload>& script = {}) {
    for (double t = from; t <= to; t += 1) {
        auto [begin, end] = script.equal_range(t);
        for (auto it = begin; it != end; ++it) session.apply(Action{t, it->second});
        for (const FollowUpId& id : engine.due(session, t)) REQUIRE(session.apply(Action{t, RaiseFollowUp{id, {}}}));
    }
}

// follow-up id -> the session time it was raised.
std::map<std::string, double> raised(const Session& session) {
    std::map<std::string, double> out;
    for (const Probe& probe : session.probes()) out[probe.followUpId.value] = probe.raisedAt;
    return out;
}

}  // namespace

TEST_CASE("follow-ups: enter, mention, missing and time under pacing", "[interviewer][follow-up]") {
    Session session(followUpToyScenario());
    FollowUpEngine engine;  // one probe per 90 s
    run(session, engine, 0, 300, {{10, SetNotes{StageIndex(0), "We will measure accuracy."}}});

    // 0: enter. 10: the mention is due, but the interval holds it until 90.
    // 120: the timed probe is due; 180: the missing one too, with a higher
    // priority, so it goes first; the timed one follows 90 s later.
    const std::map<std::string, double> expected = {
        {"fu-enter", 0}, {"fu-mention", 90}, {"fu-missing", 180}, {"fu-time", 270}};
    CHECK(raised(session) == expected);
    // Leave probes never come from due().
    CHECK_FALSE(session.wasRaised(FollowUpId("fu-leave-costs")));
}

TEST_CASE("follow-ups: a covered key point silences its missing probe", "[interviewer][follow-up]") {
    Session session(followUpToyScenario());
    FollowUpEngine engine;
    run(session, engine, 0, 400, {{60, SetNotes{StageIndex(0), "About 10 billion emails per day."}}});
    CHECK(raised(session) == std::map<std::string, double>{{"fu-enter", 0}, {"fu-time", 120}});
}

TEST_CASE("follow-ups: a probe answer is evidence too", "[interviewer][follow-up]") {
    Session session(followUpToyScenario());
    FollowUpEngine engine;
    run(session, engine, 0, 30);
    REQUIRE(session.apply(Action{30, AnswerFollowUp{ProbeIndex(0), "Scale first: 3,000 qps at peak."}}));
    run(session, engine, 31, 400);
    CHECK_FALSE(session.wasRaised(FollowUpId("fu-missing")));
}

TEST_CASE("follow-ups: a rejected mention does not fire", "[interviewer][follow-up]") {
    Session session(followUpToyScenario());
    FollowUpEngine engine;
    run(session, engine, 0, 100, {{10, SetNotes{StageIndex(0), "PR-AUC, not accuracy."}}});
    CHECK_FALSE(session.wasRaised(FollowUpId("fu-mention")));
}

TEST_CASE("follow-ups: canvas text of the stage counts as a mention", "[interviewer][follow-up]") {
    Session session(followUpToyScenario());
    FollowUpEngine engine;
    CanvasItem item;
    item.kind = ItemKind::Box;
    item.label = "accuracy dashboard";
    item.stage = "clarify";
    item.w = 160;
    item.h = 80;
    CanvasCommand command = AddItems{{item}};
    run(session, engine, 0, 100, {{5, CanvasApply{command}}});
    CHECK(raised(session).count("fu-mention") == 1);
}

TEST_CASE("follow-ups: no probes while paused, none repeated", "[interviewer][follow-up]") {
    Session session(followUpToyScenario());
    FollowUpEngine engine(FollowUpPacing{0, false});
    REQUIRE(session.apply(Action{0, PauseClock{}}));
    CHECK(engine.due(session, 500).empty());
    REQUIRE(session.apply(Action{500, ResumeClock{}}));
    // Interval 0: everything due at once, by priority (then scenario order).
    CHECK(engine.due(session, 500) == std::vector<FollowUpId>{FollowUpId("fu-enter")});
    run(session, engine, 500, 800);
    CHECK(session.probes().size() == 3);  // enter, time, missing; each once
    CHECK(raised(session).at("fu-time") == 620);
    CHECK(raised(session).at("fu-missing") == 680);
}

TEST_CASE("follow-ups: holdWhileOpen waits for an answer", "[interviewer][follow-up]") {
    Session session(followUpToyScenario());
    FollowUpEngine engine(FollowUpPacing{0, true});
    run(session, engine, 0, 200);
    CHECK(session.probes().size() == 1);  // fu-enter is still open
    REQUIRE(session.apply(Action{200, SkipFollowUp{ProbeIndex(0)}}));
    run(session, engine, 201, 201);
    CHECK(session.probes().size() == 2);
    CHECK(session.probes()[1].followUpId == FollowUpId("fu-missing"));  // priority 3 before fu-time's 1
}

TEST_CASE("follow-ups: before we move on", "[interviewer][follow-up]") {
    Session session(followUpToyScenario());
    FollowUpEngine engine;
    run(session, engine, 0, 10);

    CHECK(engine.beforeLeaving(session, 10, StageIndex(0)).empty());  // not moving forward
    // Both leave key points uncovered: the higher priority one, despite the interval.
    const auto first = engine.beforeLeaving(session, 10, StageIndex(1));
    REQUIRE(first == std::vector<FollowUpId>{FollowUpId("fu-leave-costs")});
    REQUIRE(session.apply(Action{10, RaiseFollowUp{first[0], {}}}));
    // One per visit: the second attempt lets them go.
    CHECK(engine.beforeLeaving(session, 11, StageIndex(1)).empty());
    REQUIRE(session.apply(Action{12, GoToStage{StageIndex(1)}}));
    run(session, engine, 12, 200);
    CHECK(raised(session).at("fu-eval-enter") == Approx(10 + 90));

    // Back in clarify on a new visit: the other leave probe may come, unless covered.
    REQUIRE(session.apply(Action{200, GoToStage{StageIndex(0)}}));
    REQUIRE(session.apply(Action{201, SetNotes{StageIndex(0), "Flagged mail goes to the spam folder."}}));
    CHECK(engine.beforeLeaving(session, 202, StageIndex(1)).empty());
}

TEST_CASE("follow-ups: leaving from the last stage means finishing", "[interviewer][follow-up]") {
    Session session(followUpToyScenario());
    FollowUpEngine engine;
    CHECK(engine.beforeLeaving(session, 0, StageIndex(99)) == std::vector<FollowUpId>{FollowUpId("fu-leave-costs")});
    REQUIRE(session.apply(Action{1, GoToStage{StageIndex(1)}}));
    CHECK(engine.beforeLeaving(session, 2, StageIndex(2)).empty());  // evaluation has no leave probes
    REQUIRE(session.apply(Action{3, FinishSession{}}));
    CHECK(engine.beforeLeaving(session, 4, StageIndex(2)).empty());
    CHECK(engine.due(session, 500).empty());
}

TEST_CASE("follow-ups: replaying the journal gives the same probes", "[interviewer][follow-up]") {
    Session session(followUpToyScenario());
    FollowUpEngine engine;
    run(session, engine, 0, 400,
        {{10, SetNotes{StageIndex(0), "accuracy first"}}, {95, AnswerFollowUp{ProbeIndex(0), "scale: 2000 qps"}}, {300, GoToStage{StageIndex(1)}}});
    const Session replayed = replaySession(session.scenario(), session.journal());
    REQUIRE(replayed.probes().size() == session.probes().size());
    for (std::size_t i = 0; i < session.probes().size(); ++i) {
        CHECK(replayed.probes()[i].followUpId == session.probes()[i].followUpId);
        CHECK(replayed.probes()[i].raisedAt == session.probes()[i].raisedAt);
        CHECK(replayed.probes()[i].answer == session.probes()[i].answer);
    }
    // And the engine, asked again on the replayed session, has nothing new to add.
    CHECK(engine.due(replayed, 400).empty());
}

TEST_CASE("follow-ups: stageEnteredAt reads the feed", "[interviewer][follow-up]") {
    Session session(followUpToyScenario());
    CHECK(FollowUpEngine::stageEnteredAt(session) == 0);
    REQUIRE(session.apply(Action{42, GoToStage{StageIndex(1)}}));
    CHECK(FollowUpEngine::stageEnteredAt(session) == 42);
}
