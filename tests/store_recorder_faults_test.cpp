// Writes that fail lose nothing: a full disk or a folder that turned
// read-only leaves the actions queued in memory with a clear message, and
// they are all written once the disk takes them again.
#include "core/store/session_recorder.hpp"
#include "core/store/store_recovery.hpp"
#include "core/store/stored_session.hpp"
#include "core/store/timestamps.hpp"
#include "store_test_support.hpp"
#include "session_test_support.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;
using namespace rehearse::test;

namespace {

using rehearse::test::at;

}  // namespace

TEST_CASE("a full disk keeps actions queued, says so, and writes them when space returns", "[store][faults]") {
    TempHome home;
    FaultsGuard guard;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    faults();  // registers the VFS
    StoreOpenResult opened = openSessionStore({home.dbPath(), kFaultVfs});
    REQUIRE(opened.canSave());

    Session session(scenario);
    SessionRecorder recorder(opened.store.get());
    recorder.startNew(session);
    REQUIRE(session.apply(at(1, SetNotes{StageIndex(0), "first"})));
    recorder.record(session);
    REQUIRE(recorder.pendingCount() == 0);

    faults().diskFull = true;
    for (int i = 0; i < 5; ++i) {
        REQUIRE(session.apply(at(2 + i, SetNotes{StageIndex(0), "typed while the disk is full " + std::to_string(i)})));
        recorder.record(session);
    }
    CHECK(recorder.pendingCount() == 5);
    CHECK_THAT(recorder.problem(), Catch::Contains("the disk is full"));
    CHECK_THAT(recorder.problem(), Catch::Contains("5 change(s) are kept"));
    CHECK(recorder.retry(nowUnixMs() + 10000));  // still full: still queued
    CHECK(opened.store->journal(*recorder.recordId()).size() == 1);

    faults().diskFull = false;
    CHECK_FALSE(recorder.retry(nowUnixMs() + 20000));
    CHECK(recorder.pendingCount() == 0);
    CHECK(recorder.problem().empty());
    auto journal = opened.store->journal(*recorder.recordId());
    REQUIRE(journal.size() == 6);
    CHECK(journal.back().seq == 5);
    CHECK(opened.store->integrityCheck() == "ok");
    ReopenedSession reopened = reopenStoredSession(*opened.store, *recorder.recordId(), nullptr);
    REQUIRE(reopened.session);
    CHECK(reopened.session->stageProgress(StageIndex(0)).notes == "typed while the disk is full 4");
}

TEST_CASE("the first action on a full disk creates the session row once space returns", "[store][faults]") {
    TempHome home;
    FaultsGuard guard;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    faults();
    StoreOpenResult opened = openSessionStore({home.dbPath(), kFaultVfs});
    REQUIRE(opened.canSave());
    Session session(scenario);
    SessionRecorder recorder(opened.store.get());
    recorder.startNew(session);
    faults().diskFull = true;
    REQUIRE(session.apply(at(1, SetNotes{StageIndex(0), "hello"})));
    recorder.record(session);
    CHECK_FALSE(recorder.recordId());
    CHECK(recorder.pendingCount() == 1);
    faults().diskFull = false;
    REQUIRE(session.apply(at(2, SetNotes{StageIndex(0), "hello again"})));
    recorder.record(session);
    REQUIRE(recorder.recordId());
    CHECK(opened.store->listSessions().size() == 1);
    CHECK(opened.store->journal(*recorder.recordId()).size() == 2);
}

TEST_CASE("creating the database on a full disk reports it and the app goes on without saving",
          "[store][faults]") {
    TempHome home;
    FaultsGuard guard;
    faults().diskFull = true;
    StoreOpenResult opened = openSessionStore({home.dbPath(), kFaultVfs});
    CHECK_FALSE(opened.canSave());
    CHECK_THAT(opened.problem, Catch::Contains("not saved this run"));
    CHECK(opened.movedAsideTo.empty());

    // With no store the recorder accepts actions and records nothing.
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    Session session(scenario);
    SessionRecorder recorder(opened.store.get());
    recorder.startNew(session);
    REQUIRE(session.apply(at(1, SetNotes{StageIndex(0), "x"})));
    recorder.record(session);
    CHECK(recorder.pendingCount() == 0);
    CHECK_FALSE(recorder.recordId());
}

TEST_CASE("autosave off queues actions until the session is left", "[store]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    Session session(scenario);
    SessionRecorder recorder(store.get());
    recorder.setAutosave(false);
    recorder.startNew(session);
    for (int i = 0; i < 3; ++i) {
        REQUIRE(session.apply(at(i + 1, SetNotes{StageIndex(0), std::to_string(i)})));
        recorder.record(session);
    }
    CHECK(recorder.pendingCount() == 3);
    CHECK(recorder.problem().empty());
    CHECK(store->listSessions().empty());
    recorder.stop(session);
    auto sessions = store->listSessions();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].actionCount == 3);
    CHECK(sessions[0].coverage);  // scored on leaving, for the history list
}

TEST_CASE("work queued on a full disk survives moving on to another session", "[store][faults]") {
    TempHome home;
    FaultsGuard guard;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    faults();
    StoreOpenResult opened = openSessionStore({home.dbPath(), kFaultVfs});
    REQUIRE(opened.canSave());
    SessionRecorder recorder(opened.store.get());

    Session first(scenario);
    recorder.startNew(first);
    faults().diskFull = true;
    for (int i = 0; i < 3; ++i) {
        REQUIRE(first.apply(at(i + 1, SetNotes{StageIndex(0), "first " + std::to_string(i)})));
        recorder.record(first);
    }
    recorder.stop(first);  // left while the disk is still full
    CHECK(recorder.pendingCount() == 3);

    Session second(scenario);
    recorder.startNew(second);
    REQUIRE(second.apply(at(1, SetNotes{StageIndex(0), "second"})));
    recorder.record(second);
    CHECK(recorder.pendingCount() == 4);
    CHECK_THAT(recorder.problem(), Catch::Contains("4 change(s)"));

    faults().diskFull = false;
    CHECK_FALSE(recorder.retry(nowUnixMs() + 60000));
    auto sessions = opened.store->listSessions();
    REQUIRE(sessions.size() == 2);
    std::int64_t total = 0;
    for (const SessionRecord& r : sessions) total += r.actionCount;
    CHECK(total == 4);
    for (const SessionRecord& r : sessions) {
        ReopenedSession reopened = reopenStoredSession(*opened.store, r.id, nullptr);
        REQUIRE(reopened.session);
        std::string notes = reopened.session->stageProgress(StageIndex(0)).notes;
        CHECK((notes == "first 2" || notes == "second"));
    }
}
