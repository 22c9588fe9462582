// When a rehearsal starts to count: with the candidate's first own action,
// not with the interviewer's opening probe.
#include "core/store/session_recorder.hpp"
#include "core/store/store_recovery.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;
using namespace rehearse::test;

TEST_CASE("a scenario opened and left with only the opening probe leaves no history entry", "[store]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    StoreOpenResult opened = openSessionStore({home.dbPath(), {}});
    REQUIRE(opened.canSave());

    Session glance(scenario);
    SessionRecorder recorder(opened.store.get());
    recorder.startNew(glance);
    REQUIRE(glance.apply(Action{0.1, RaiseFollowUp{FollowUpId("fu-enter"), {}}}));
    recorder.record(glance);
    recorder.stop(glance);
    CHECK_FALSE(recorder.recordId().has_value());
    CHECK(opened.store->listSessions().empty());

    // The first thing the candidate does stores the whole journal, probe included.
    Session attempt(scenario);
    recorder.startNew(attempt);
    REQUIRE(attempt.apply(Action{0.1, RaiseFollowUp{FollowUpId("fu-enter"), {}}}));
    recorder.record(attempt);
    REQUIRE(attempt.apply(Action{4.0, SetNotes{StageIndex(0), "label: paid after the due date"}}));
    recorder.record(attempt);
    REQUIRE(recorder.recordId().has_value());
    CHECK(opened.store->journal(*recorder.recordId()).size() == 2);
    CHECK(opened.store->listSessions().size() == 1);
}
