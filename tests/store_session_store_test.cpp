// The session database: what the app writes comes back exactly, sessions
// reopen on the scenario they were recorded with, and the durability
// settings are what store/session_store.hpp promises.
#include "core/scenario/scenario_library.hpp"
#include "core/store/session_recorder.hpp"
#include "core/store/session_store.hpp"
#include "core/store/store_recovery.hpp"
#include "core/store/stored_session.hpp"
#include "core/store/xdg_paths.hpp"
#include "store_test_support.hpp"
#include "session_test_support.hpp"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace rehearse;
using namespace rehearse::test;

namespace {

using rehearse::test::at;

// A short rehearsal touching every kind of state.
void rehearseBriefly(Session& session, SessionRecorder& recorder) {
    auto apply = [&](Action action) {
        REQUIRE(session.apply(action));
        recorder.record(session);
    };
    apply(at(5, SetNotes{StageIndex(0), "Late = unpaid 7 days after the due date; label from the ledger."}));
    apply(at(12, AskClarification{"How many invoices per day?", FactId("volume"), {}}));
    apply(at(20, RaiseFollowUp{FollowUpId("fu-enter"), ""}));
    apply(at(31.25, AnswerFollowUp{ProbeIndex(0), "Start from the decision the score drives."}));
    apply(at(40, PauseClock{}));
    apply(at(70, ResumeClock{}));
    apply(at(95.5, GoToStage{StageIndex(1)}));
    apply(at(120, SetNotes{StageIndex(1), "Gradient boosted trees (LightGBM) on invoice and customer history."}));
}

}  // namespace

TEST_CASE("XDG paths follow the environment and default under HOME", "[store]") {
    TempHome home;
    CHECK(dataDirectory() == home.path() + "/data/rehearse");
    CHECK(sessionDatabasePath() == home.path() + "/data/rehearse/sessions.db");
    CHECK(settingsPath() == home.path() + "/config/rehearse/settings.json");
    CHECK(imguiIniPath() == home.path() + "/config/rehearse/imgui.ini");
    setenv("XDG_DATA_HOME", "relative/is/ignored", 1);
    std::string home_ = std::getenv("HOME") ? std::getenv("HOME") : "";
    if (!home_.empty()) CHECK(dataDirectory() == home_ + "/.local/share/rehearse");
}

TEST_CASE("a new store uses WAL with full sync and carries our application id", "[store]") {
    TempHome home;
    StoreOpenResult opened = openSessionStore();
    REQUIRE(opened.canSave());
    CHECK(opened.problem.empty());
    CHECK(opened.path == home.dbPath());
    SqliteConnection& db = opened.store->connection();
    CHECK(db.queryText("PRAGMA journal_mode") == "wal");
    CHECK(db.queryInt("PRAGMA synchronous") == 2);  // FULL
    CHECK(db.queryInt("PRAGMA application_id") == SessionStore::kApplicationId);
    CHECK(db.queryInt("PRAGMA user_version") == SessionStore::kSchemaVersion);
    CHECK(opened.store->integrityCheck() == "ok");
}

TEST_CASE("the recorder stores every action and a reopened session is the same session", "[store]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    REQUIRE(store);

    Session session(scenario);
    SessionRecorder recorder(store.get());
    recorder.startNew(session);
    CHECK_FALSE(recorder.recordId());  // no row until something happens
    CHECK(store->listSessions().empty());
    rehearseBriefly(session, recorder);
    REQUIRE(recorder.recordId());
    CHECK(recorder.pendingCount() == 0);
    CHECK(recorder.problem().empty());

    auto record = store->session(*recorder.recordId());
    REQUIRE(record);
    CHECK(record->scenarioId == "toy-late-invoices");
    CHECK(record->scenarioTitle == "Late invoices");
    CHECK(record->actionCount == 8);
    CHECK_FALSE(record->finished());
    CHECK(record->seconds == Approx(session.totalSeconds(120)));
    CHECK_FALSE(record->scenarioHash.empty());

    ScenarioLibrary library;
    library.load({home.path() + "/scenarios"});
    ReopenedSession reopened = reopenStoredSession(*store, record->id, &library);
    REQUIRE(reopened.session);
    CHECK(reopened.error.empty());
    CHECK(reopened.note.empty());  // same file: the library's scenario is used
    CHECK(reopened.nextSeq == 8);
    CHECK(reopened.skipped == 0);
    const Session& again = *reopened.session;
    REQUIRE(again.journal().size() == session.journal().size());
    for (std::size_t i = 0; i < again.journal().size(); ++i)
        CHECK(actionToJson(again.journal()[i]) == actionToJson(session.journal()[i]));
    CHECK(again.currentStage() == StageIndex(1));
    CHECK(again.stageProgress(StageIndex(0)).notes == session.stageProgress(StageIndex(0)).notes);
    CHECK(again.lastActionAt() == Approx(120));
    CHECK(again.totalSeconds(120) == Approx(session.totalSeconds(120)));
    CHECK(again.probes().size() == 1);

    // Continuing it appends after what is stored.
    SessionRecorder more(store.get());
    Session resumed = std::move(*reopened.session);
    more.continueStored(record->id, resumed, reopened.nextSeq);
    REQUIRE(resumed.apply(at(130, FinishSession{})));
    more.checkpoint(resumed);  // finishing checkpoints (core/session/rehearsal.hpp)
    record = store->session(record->id);
    CHECK(record->finished());
    CHECK(record->actionCount == 9);
    REQUIRE(record->coverage);  // scored once finished
    CHECK(*record->coverage > 0);
    REQUIRE(record->stages.size() == 2);
    CHECK(record->stages[0].stage == "clarify");
    CHECK(record->stages[1].stage == "models");
    CHECK(record->stages[1].coveredWeight == record->stages[1].totalWeight);  // "gradient boosted" was written
    CHECK_FALSE(store->lastUnfinished());
}

TEST_CASE("a session reopens on its recorded scenario after the file changed or vanished", "[store]") {
    TempHome home;
    std::string dir = home.path() + "/scenarios";
    Scenario scenario = copyMinimalScenario(dir);
    auto store = openSessionStore().store;
    Session session(scenario);
    SessionRecorder recorder(store.get());
    recorder.startNew(session);
    rehearseBriefly(session, recorder);
    SessionRecordId id = *recorder.recordId();

    // The author renames a fact the journal refers to and retitles it.
    std::string text = readAll(dir + "/minimal.json");
    auto replace = [&](const std::string& from, const std::string& to) {
        auto pos = text.find(from);
        REQUIRE(pos != std::string::npos);
        text.replace(pos, from.size(), to);
    };
    replace("\"id\": \"volume\"", "\"id\": \"daily-volume\"");
    replace("\"title\": \"Late invoices\"", "\"title\": \"Late invoices v2\"");
    writeAll(dir + "/minimal.json", text);
    ScenarioLibrary library;
    library.load({dir});
    REQUIRE(library.find("toy-late-invoices"));

    ReopenedSession changed = reopenStoredSession(*store, id, &library);
    REQUIRE(changed.session);
    CHECK_THAT(changed.note, Catch::Contains("changed since"));
    CHECK(changed.skipped == 0);
    CHECK(changed.session->scenario().title == "Late invoices");
    REQUIRE(changed.session->clarifications().size() == 1);
    CHECK(changed.session->clarifications()[0].factId == FactId("volume"));

    std::remove((dir + "/minimal.json").c_str());
    library.load({dir});
    ReopenedSession vanished = reopenStoredSession(*store, id, &library);
    REQUIRE(vanished.session);
    CHECK_THAT(vanished.note, Catch::Contains("no longer in the library"));
    CHECK(vanished.session->journal().size() == 8);
}

TEST_CASE("rename, delete with undo, purge, and the last unfinished session", "[store]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    std::vector<SessionRecordId> ids;
    for (int i = 0; i < 3; ++i) {
        Session session(scenario);
        SessionRecorder recorder(store.get());
        recorder.startNew(session);
        REQUIRE(session.apply(at(1, SetNotes{StageIndex(0), "attempt " + std::to_string(i)})));
        recorder.record(session);
        if (i == 0) {
            REQUIRE(session.apply(at(2, FinishSession{})));
            recorder.record(session);
        }
        ids.push_back(*recorder.recordId());
    }
    CHECK(store->listSessions().size() == 3);
    CHECK(store->lastUnfinished()->id == ids[2]);

    store->rename(ids[1], "Second try, slower");
    CHECK(store->session(ids[1])->displayName() == "Second try, slower");
    CHECK(store->session(ids[2])->displayName() == "Late invoices");

    store->markDeleted(ids[2], 1000);
    CHECK(store->listSessions().size() == 2);
    CHECK(store->listSessions(true).size() == 3);
    CHECK(store->lastUnfinished()->id == ids[1]);  // a deleted one is not offered
    store->restore(ids[2]);
    CHECK(store->listSessions().size() == 3);

    store->markDeleted(ids[2], 1000);
    CHECK(store->purgeDeleted(999) == 0);  // deleted after the cut-off: kept for undo
    CHECK(store->purgeDeleted(2000) == 1);
    CHECK_FALSE(store->session(ids[2]));
    CHECK(store->journal(ids[2]).empty());
    CHECK(store->connection().queryInt("SELECT count(*) FROM scenario_copies") == 1);
    CHECK(store->integrityCheck() == "ok");
}

TEST_CASE("a journal row this version cannot read is skipped, not fatal", "[store]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    Session session(scenario);
    SessionRecorder recorder(store.get());
    recorder.startNew(session);
    rehearseBriefly(session, recorder);
    SessionRecordId id = *recorder.recordId();
    store->appendActions(id, 8, {"{\"type\":\"hologram\",\"at\":200}", "not json at all"}, AppendInfo{1, 120, {}});
    ReopenedSession reopened = reopenStoredSession(*store, id, nullptr);
    REQUIRE(reopened.session);
    CHECK(reopened.skipped == 2);
    CHECK(reopened.nextSeq == 10);
    CHECK_THAT(reopened.note, Catch::Contains("2 recorded action(s)"));
    CHECK(reopened.session->journal().size() == 8);
}

TEST_CASE("two writers on one session: a retried batch is fine, a different one is refused", "[store]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    Session session(scenario);
    SessionRecorder recorder(store.get());
    recorder.startNew(session);
    REQUIRE(session.apply(at(1, SetNotes{StageIndex(0), "mine"})));
    recorder.record(session);
    SessionRecordId id = *recorder.recordId();
    std::string mine = store->journal(id)[0].json;

    CHECK_NOTHROW(store->appendActions(id, 0, {mine}, AppendInfo{2, 1, {}}));
    CHECK(store->journal(id).size() == 1);
    try {
        store->appendActions(id, 0, {"{\"type\":\"set_notes\",\"at\":1,\"stage\":0,\"text\":\"theirs\"}"},
                             AppendInfo{2, 1, {}});
        FAIL("a conflicting journal entry was accepted");
    } catch (const StoreError& e) {
        CHECK_THAT(e.what(), Catch::Contains("another Rehearse window"));
    }
    CHECK(store->journal(id)[0].json == mine);
}

TEST_CASE("a session scored against no key points is stored as not scored, not as 100%", "[store]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    Session session(scenario);
    SessionRecorder recorder(store.get());
    recorder.startNew(session);
    REQUIRE(session.apply(at(1, SetNotes{StageIndex(0), "label = paid late"})));
    recorder.record(session);
    const SessionRecordId id = *recorder.recordId();

    SessionScore nothingToCover;  // a pair candidate's copy: key points stay with the interviewer
    nothingToCover.stages = {StageScore{"clarify", 0, 0, 60}};
    store->saveScore(id, nothingToCover);
    CHECK_FALSE(store->session(id)->coverage);

    SessionScore half;
    half.coveredWeight = 2;
    half.totalWeight = 4;
    half.stages = {StageScore{"clarify", 2, 4, 60}};
    store->saveScore(id, half);
    REQUIRE(store->session(id)->coverage);
    CHECK(*store->session(id)->coverage == Approx(0.5));
}
