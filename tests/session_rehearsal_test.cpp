// The Rehearsal controller as every front end drives it: on a clock the test
// moves, the interviewer's pacing, "before we move on", notes typed and
// journaled, finishing and scoring against a real store, the revision views
// compare, and a journal that replays to the same rehearsal.
#include "core/scenario/scenario_loader.hpp"
#include "core/session/rehearsal.hpp"
#include "core/store/store_recovery.hpp"
#include "store_test_support.hpp"
#include "minimal_scenario.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;
using namespace rehearse::test;

namespace {

using rehearse::test::minimalScenario;

// The minimal scenario with a "before we move on" probe on its first stage
// too (it has one only on its last), so moving between two stages is tested.
Scenario scenarioWithLeaveProbeOnClarify() {
    Scenario scenario = minimalScenario();
    FollowUp leave;
    leave.id = FollowUpId("fu-clarify-leave");
    leave.says = "Before we move on: what is the label?";
    leave.trigger.kind = FollowUpTrigger::Kind::Leave;
    leave.trigger.keyPoint = "define-late";
    scenario.stages[0].followUps.push_back(leave);
    return scenario;
}

// A rehearsal on a clock the test holds.
struct Driven {
    ManualClock* clock;
    std::unique_ptr<Rehearsal> rehearsal;
    explicit Driven(Scenario scenario, FollowUpPacing pacing = {}) {
        auto owned = std::make_unique<ManualClock>();
        clock = owned.get();
        rehearsal = std::make_unique<Rehearsal>(std::make_unique<Session>(std::move(scenario)), std::move(owned), pacing);
    }
    Rehearsal& operator*() { return *rehearsal; }
    Rehearsal* operator->() { return rehearsal.get(); }
    void at(double seconds) { clock->set(seconds); }
};

std::vector<std::string> probeIds(const Session& session) {
    std::vector<std::string> ids;
    for (const Probe& probe : session.probes()) ids.push_back(probe.followUpId.value);
    return ids;
}

std::size_t notesEntries(const Session& session) {
    std::size_t count = 0;
    for (const Action& action : session.journal()) count += std::holds_alternative<EditNotes>(action.payload);
    return count;
}

CanvasItem namedBox(const char* label) {
    CanvasItem item;
    item.kind = ItemKind::Model;
    item.w = 140;
    item.h = 60;
    item.label = label;
    return item;
}

}  // namespace

TEST_CASE("the interviewer takes a turn at most once a second of tick time", "[session][rehearsal]") {
    // Pacing 0: the follow-up engine would raise whatever is due at once, so
    // only the rehearsal's own once-a-second turn holds probes back.
    FollowUpPacing everyProbe;
    everyProbe.minIntervalSeconds = 0;
    Driven r(minimalScenario(), everyProbe);

    r->tick(0.0);
    CHECK(probeIds(r->session()) == std::vector<std::string>{"fu-enter"});

    r.at(0.2);
    REQUIRE(r->dispatch(GoToStage{StageIndex(1)}));
    r.at(0.3);
    r->typeNotes(StageIndex(1), "We would report accuracy");  // the mention trigger of fu-acc
    // Due now, but the last turn was less than a second ago.
    for (double t : {0.3, 0.5, 0.99}) {
        r->tick(t);
        CHECK(r->session().probes().size() == 1);
    }
    r->tick(1.0);
    CHECK(probeIds(r->session()) == std::vector<std::string>{"fu-enter", "fu-acc"});
    CHECK(r->session().probes()[1].raisedAt == Approx(1.0));

    // Paused, the interviewer is silent however much time passes.
    r.at(1.1);
    REQUIRE(r->dispatch(PauseClock{}));
    r->tick(400);
    CHECK(r->session().probes().size() == 2);
    r.at(400);
    REQUIRE(r->dispatch(ResumeClock{}));
    // Four minutes into the stage, paused time not counted: the timed probe.
    r->tick(400 + 240);
    CHECK(probeIds(r->session()) == std::vector<std::string>{"fu-enter", "fu-acc", "fu-time"});
}

TEST_CASE("asking to move on is held once by a before-we-move-on probe and the second request moves",
          "[session][rehearsal]") {
    Driven r(scenarioWithLeaveProbeOnClarify());
    r.at(5);
    CHECK(r->requestStage(StageIndex(1)) == Rehearsal::StageRequest::Held);
    CHECK(r->session().currentStage() == StageIndex(0));
    REQUIRE(r->heldMove());
    CHECK(r->heldMove()->target == StageIndex(1));
    REQUIRE(r->heldMove()->probe.value < r->session().probes().size());
    CHECK(r->session().probes()[r->heldMove()->probe.value].followUpId == FollowUpId("fu-clarify-leave"));

    r.at(20);
    CHECK(r->requestStage(StageIndex(1)) == Rehearsal::StageRequest::Moved);
    CHECK(r->session().currentStage() == StageIndex(1));
    CHECK_FALSE(r->heldMove());
    CHECK(probeIds(r->session()) == std::vector<std::string>{"fu-clarify-leave"});  // asked once

    // Ending: the last stage's probe holds it once, then the interview may end.
    r.at(30);
    CHECK(r->requestStage(StageIndex(2)) == Rehearsal::StageRequest::Held);
    CHECK(r->heldMove()->target == StageIndex(2));
    CHECK(r->requestStage(StageIndex(2)) == Rehearsal::StageRequest::MayFinish);
    CHECK_FALSE(r->session().isFinished());  // the front end confirms, then finish()

    // Going back never asks, and covering the point lets the candidate go at once.
    CHECK(r->requestStage(StageIndex(0)) == Rehearsal::StageRequest::Moved);
    Driven covered(scenarioWithLeaveProbeOnClarify());
    covered.at(3);
    covered->typeNotes(StageIndex(0), "The label: paid after the due date.");
    CHECK(covered->requestStage(StageIndex(1)) == Rehearsal::StageRequest::Moved);
    CHECK(covered->session().probes().empty());
}

TEST_CASE("notes are journaled at most once a second and nothing typed is lost on finishing",
          "[session][rehearsal]") {
    Driven r(minimalScenario());
    r.at(10);
    r->typeNotes(StageIndex(0), "l");  // nothing journaled for a while: at once
    CHECK(r->session().stageProgress(StageIndex(0)).notes == "l");
    CHECK(notesEntries(r->session()) == 1);

    r.at(10.3);
    r->typeNotes(StageIndex(0), "la");
    CHECK(r->notes(StageIndex(0)) == "la");                         // what the box shows
    CHECK(r->session().stageProgress(StageIndex(0)).notes == "l");  // not journaled yet
    r->tick(10.5);
    r.at(10.8);
    r->typeNotes(StageIndex(0), "lab");
    CHECK(notesEntries(r->session()) == 1);
    r->tick(11.0);  // a second after the last: the draft goes as one edit
    CHECK(r->session().stageProgress(StageIndex(0)).notes == "lab");
    CHECK(notesEntries(r->session()) == 2);
    CHECK(r->session().journal().back().at == Approx(11.0));

    r.at(11.2);
    r->typeNotes(StageIndex(0), "label: paid late");
    CHECK(r->hasNotesDraft());
    r.at(11.4);
    REQUIRE(r->finish());
    CHECK(r->session().isFinished());
    CHECK(r->session().stageProgress(StageIndex(0)).notes == "label: paid late");
    CHECK_FALSE(r->hasNotesDraft());
    CHECK(notesEntries(r->session()) == 3);

    // Typed notes of all entries are at least a second apart, except the
    // last one that the finish forced out.
    std::vector<double> times;
    for (const Action& action : r->session().journal())
        if (std::holds_alternative<EditNotes>(action.payload)) times.push_back(action.at);
    CHECK(times[1] - times[0] >= 1.0);

    // Typing into another stage first journals the one being left.
    Driven two(minimalScenario());
    two.at(1);
    two->typeNotes(StageIndex(0), "a");
    two.at(1.5);
    two->typeNotes(StageIndex(0), "ab");
    two->typeNotes(StageIndex(1), "x");
    CHECK(two->session().stageProgress(StageIndex(0)).notes == "ab");
    two->close();
    CHECK(two->session().stageProgress(StageIndex(1)).notes == "x");
}

TEST_CASE("finishing writes and scores the rehearsal once, even with autosave off", "[session][rehearsal][store]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    StoreOpenResult opened = openSessionStore({home.dbPath(), {}});
    REQUIRE(opened.canSave());
    SessionRecorder recorder(opened.store.get());
    recorder.setAutosave(false);

    {
        auto clock = std::make_unique<ManualClock>();
        ManualClock& time = *clock;
        Rehearsal rehearsal(std::make_unique<Session>(scenario), std::move(clock));
        rehearsal.startRecording(&recorder);
        time.set(1);
        REQUIRE(rehearsal.dispatch(GoToStage{StageIndex(1)}));
        time.set(2);
        rehearsal.typeNotes(StageIndex(1), "gradient boosted trees");
        time.set(3);
        REQUIRE(rehearsal.ask("what volume?"));
        CHECK(opened.store->listSessions().empty());  // queued: autosave is off

        time.set(4);
        REQUIRE(rehearsal.finish());
        auto sessions = opened.store->listSessions();
        REQUIRE(sessions.size() == 1);
        CHECK(sessions[0].finished());
        CHECK(sessions[0].actionCount == static_cast<std::int64_t>(rehearsal.session().journal().size()));
        REQUIRE(sessions[0].coverage);
        CHECK(*sessions[0].coverage > 0);  // "gradient boosted" covers a key point
        CHECK(recorder.pendingCount() == 0);

        // A second finish, leaving the screen and closing write nothing more.
        const std::uint64_t written = recorder.storedChanges();
        CHECK_FALSE(rehearsal.finish());
        rehearsal.checkpoint();
        rehearsal.close();
        CHECK(recorder.storedChanges() == written);
        CHECK_FALSE(recorder.isRecording());
    }

    // Leaving an unfinished rehearsal checkpoints it: written and scored for
    // the history; leaving again with nothing new writes nothing.
    recorder.setAutosave(false);
    auto clock = std::make_unique<ManualClock>(0);
    ManualClock& time = *clock;
    Rehearsal unfinished(std::make_unique<Session>(scenario), std::move(clock));
    unfinished.startRecording(&recorder);
    time.set(5);
    unfinished.typeNotes(StageIndex(0), "label: past due date");
    unfinished.checkpoint();
    REQUIRE(unfinished.recordId());
    auto record = opened.store->session(*unfinished.recordId());
    REQUIRE(record);
    CHECK_FALSE(record->finished());
    CHECK(record->coverage);
    const std::uint64_t written = recorder.storedChanges();
    unfinished.checkpoint();
    CHECK(recorder.storedChanges() == written);
}

TEST_CASE("the revision changes with every visible change and only then", "[session][rehearsal]") {
    Driven r(minimalScenario());
    std::uint64_t seen = r->revision();
    auto changed = [&] {
        const bool moved = r->revision() != seen;
        CHECK(r->revision() >= seen);
        seen = r->revision();
        return moved;
    };

    r->tick(0.0);  // the opening probe
    CHECK(changed());
    r->tick(0.5);
    CHECK_FALSE(changed());
    r->tick(30);  // a turn, but nothing due
    CHECK_FALSE(changed());
    CHECK_FALSE(r->dispatch(AnswerFollowUp{ProbeIndex(7), "no such probe"}));
    CHECK_FALSE(changed());
    CHECK_FALSE(r->dispatch(GoToStage{StageIndex(0)}));  // already there
    CHECK_FALSE(changed());
    r->commitNotes();  // no draft
    CHECK_FALSE(changed());
    r->checkpoint();
    CHECK_FALSE(changed());

    r.at(31);
    r->typeNotes(StageIndex(0), "label");
    CHECK(changed());
    r->typeNotes(StageIndex(0), "label");  // the same text again
    CHECK_FALSE(changed());
    r.at(31.5);
    r->typeNotes(StageIndex(0), "labels");  // a draft: the box shows it
    CHECK(changed());
    r->tick(32.5);  // the draft is journaled
    CHECK(changed());
    REQUIRE(r->ask("how many invoices per day?"));
    CHECK(changed());
    CHECK(r->dispatch(CanvasApply{AddItems{{namedBox("Invoices")}}}));
    CHECK(changed());
    REQUIRE(r->dispatch(GoToStage{StageIndex(1)}));
    CHECK(changed());
    CHECK(r->requestStage(StageIndex(2)) == Rehearsal::StageRequest::Held);
    CHECK(changed());
    REQUIRE(r->finish());
    CHECK(changed());
    CHECK_FALSE(r->finish());
    CHECK_FALSE(changed());

    // Another rehearsal never shows a revision a view has already seen.
    Driven other(minimalScenario());
    CHECK(other->revision() != seen);
}

TEST_CASE("replaying a rehearsal's journal rebuilds the same state", "[session][rehearsal]") {
    const Scenario scenario = scenarioWithLeaveProbeOnClarify();
    FollowUpPacing pacing;
    pacing.minIntervalSeconds = 0;
    Driven r(scenario, pacing);
    for (double t = 0; t <= 200; t += 0.25) {
        r.at(t);
        if (t == 5) r->typeNotes(StageIndex(0), "Paid a week late");
        if (t == 5.5) r->typeNotes(StageIndex(0), "Paid a week late, counted from the invoice");
        if (t == 12) REQUIRE(r->ask("How many invoices per day, and how many are late?"));
        if (t == 20) r->requestStage(StageIndex(1));
        if (t == 21) r->requestStage(StageIndex(1));
        if (t == 30) r->dispatch(CanvasApply{AddItems{{namedBox("Late-payment model")}}});
        if (t == 40) r->typeNotes(StageIndex(1), "accuracy first, then xgboost");
        if (t == 60 && !r->session().probes().empty()) r->dispatch(AnswerFollowUp{ProbeIndex(0), "precision and recall"});
        r->tick(t);
    }
    r.at(250);
    r->typeNotes(StageIndex(1), "accuracy first, then xgboost with monotone constraints");
    REQUIRE(r->finish());
    REQUIRE(r->dispatch(SetSelfAssessment{SelfAssessment{{3, 2, 2, 3, 1}, "practise metrics"}}));

    const Session& live = r->session();
    // The opening, "before we move on" and mention probes all came up.
    CHECK(probeIds(live) == std::vector<std::string>{"fu-enter", "fu-clarify-leave", "fu-acc"});
    std::size_t skipped = 99;
    const Session replayed = replaySession(scenario, live.journal(), &skipped);
    CHECK(skipped == 0);
    REQUIRE(replayed.journal().size() == live.journal().size());
    for (std::size_t i = 0; i < live.journal().size(); ++i)
        CHECK(actionToJson(replayed.journal()[i]) == actionToJson(live.journal()[i]));
    CHECK(replayed.currentStage() == live.currentStage());
    CHECK(replayed.isFinished());
    for (std::size_t stage = 0; stage < live.stageCount(); ++stage) {
        CHECK(replayed.stageProgress(StageIndex(stage)).notes == live.stageProgress(StageIndex(stage)).notes);
        CHECK(replayed.stageSeconds(StageIndex(stage), 250) == Approx(live.stageSeconds(StageIndex(stage), 250)));
    }
    CHECK(replayed.stageProgress(StageIndex(1)).notes == "accuracy first, then xgboost with monotone constraints");
    REQUIRE(replayed.probes().size() == live.probes().size());
    for (std::size_t i = 0; i < live.probes().size(); ++i) {
        CHECK(replayed.probes()[i].followUpId == live.probes()[i].followUpId);
        CHECK(replayed.probes()[i].state == live.probes()[i].state);
        CHECK(replayed.probes()[i].answer == live.probes()[i].answer);
    }
    CHECK(replayed.clarifications().size() == live.clarifications().size());
    CHECK(replayed.revealedFactIds() == live.revealedFactIds());
    CHECK(replayed.canvas().items().size() == live.canvas().items().size());
    CHECK(replayed.selfAssessment().notes == "practise metrics");
    CHECK(replayed.feed().size() == live.feed().size());

    // A rehearsal over the replayed session reads the same.
    Rehearsal again(std::make_unique<Session>(replayed), std::make_unique<ManualClock>(250));
    CHECK(again.notes(StageIndex(0)) == r->notes(StageIndex(0)));
    CHECK(again.notes(StageIndex(1)) == r->notes(StageIndex(1)));
    CHECK_FALSE(again.finish());  // already over
}
