// Untrusted input cannot crash, hang or trick the store: session archives
// from partners, a sessions.db someone else wrote, settings and clipboard
// text. Each case here was a crash, a hang or silent data loss before.
// Sections: 1. deep nesting  2. text that is not UTF-8  3. crafted databases
//           4. files that are not files
#include "core/canvas/canvas_clipboard.hpp"
#include "core/json/untrusted_json.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/store/input_file.hpp"
#include "core/store/session_archive.hpp"
#include "core/store/session_recorder.hpp"
#include "core/store/settings.hpp"
#include "core/store/store_recovery.hpp"
#include "core/store/stored_session.hpp"
#include "core/text/utf8.hpp"
#include "store_test_support.hpp"
#include "session_test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <sys/stat.h>

#include <chrono>

using namespace rehearse;
using namespace rehearse::test;
using nlohmann::json;

namespace {

const std::string kReplacement(kReplacementUtf8);

using rehearse::test::at;

// A finished session with `notes` actions; returns its id.
SessionRecordId recordSession(SessionStore& store, const Scenario& scenario, int notes = 3) {
    Session session(scenario);
    SessionRecorder recorder(&store);
    recorder.startNew(session);
    for (int i = 0; i < notes; ++i) {
        REQUIRE(session.apply(at(i + 1, SetNotes{StageIndex(0), "note " + std::to_string(i)})));
        recorder.record(session);
    }
    REQUIRE(session.apply(at(notes + 1, FinishSession{})));
    recorder.checkpoint(session);  // scored on finishing, as a rehearsal does
    return *recorder.recordId();
}

std::string emptyNestedArrays(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

// `archive` with the JSON value at `placeholder` (a string in it) replaced by `raw` text.
std::string withRaw(const json& archive, const std::string& placeholder, const std::string& raw) {
    std::string text = archive.dump(2);
    const std::string quoted = "\"" + placeholder + "\"";
    const auto at = text.find(quoted);
    REQUIRE(at != std::string::npos);
    return text.replace(at, quoted.size(), raw);
}

// Runs SQL on the database file directly, as another program would.
void runSql(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

std::string storeRegression(const std::string& name) { return readAll(std::string(REHEARSE_TEST_DATA) + "/regressions/" + name); }

// A store with `sessions` recorded sessions, then closed, WAL folded in, so
// the file alone is the database.
void storeWithSessions(const TempHome& home, int sessions, int notes) {
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    REQUIRE(store);
    for (int i = 0; i < sessions; ++i) recordSession(*store, scenario, notes);
    store.reset();
    runSql(home.dbPath(), "PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace

// --- 1. deep nesting ------------------------------------------------------------

TEST_CASE("a session archive whose scenario nests 100k arrays is refused, not a stack overflow",
          "[store][untrusted]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    std::string error;
    json archive = json::parse(*exportSessionArchive(*store, recordSession(*store, scenario), error));
    store->markDeleted(1, 1);
    store->purgeDeleted(2);

    json deepDefinition = archive;
    deepDefinition["scenario"]["definition"] = "DEEP";
    const std::string text = withRaw(deepDefinition, "DEEP", emptyNestedArrays(100000));
    CHECK(text.size() > 200000);
    ArchiveImportResult result = importSessionArchive(*store, text);
    CHECK_FALSE(result.id);
    CHECK_THAT(result.error, Catch::Contains("levels deep"));

    // The same nesting one level inside the definition, where only an unknown field could hold it.
    json deepField = archive;
    deepField["scenario"]["definition"]["notes"] = "DEEP";
    CHECK_FALSE(importSessionArchive(*store, withRaw(deepField, "DEEP", emptyNestedArrays(100000))).id);
    CHECK(store->listSessions().empty());
}

TEST_CASE("a session archive whose journal nests 100k arrays is refused, not a stack overflow",
          "[store][untrusted]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    std::string error;
    json archive = json::parse(*exportSessionArchive(*store, recordSession(*store, scenario), error));
    store->markDeleted(1, 1);
    store->purgeDeleted(2);
    archive["journal"][0]["text"] = "DEEP";
    ArchiveImportResult result = importSessionArchive(*store, withRaw(archive, "DEEP", emptyNestedArrays(100000)));
    CHECK_FALSE(result.id);
    CHECK_THAT(result.error, Catch::Contains("levels deep"));

    // Ordinary archives still travel: the limit sits far above any real file.
    archive["journal"][0]["text"] = "fine";
    CHECK(importSessionArchive(*store, archive.dump()).id);
}

TEST_CASE("a scenario with a deeply nested extra field gets no stored copy instead of crashing the app",
          "[store][untrusted]") {
    TempHome home;
    const std::string path = home.path() + "/deep.json";
    std::string text = readAll(std::string(REHEARSE_TEST_DATA) + "/scenarios/minimal.json");
    text.insert(text.find('{') + 1, "\"x-notes\": " + emptyNestedArrays(100000) + ",");
    writeAll(path, text);
    std::string error;
    CHECK_FALSE(scenarioCopyFromText(text, error));
    CHECK_THAT(error, Catch::Contains("levels deep"));
    // The path the app takes when a session starts on such a scenario.
    ScenarioLoadResult loaded = loadScenarioFromFile(path);
    if (loaded.scenario) {
        CHECK_FALSE(scenarioCopyOf(*loaded.scenario, error));
        CHECK_THAT(error, Catch::Contains("levels deep"));
    }
}

TEST_CASE("a deeply nested journal row or scenario copy in the store is skipped, not a crash",
          "[store][untrusted]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    SessionRecordId id = recordSession(*store, scenario);
    SqliteStatement update(store->connection(), "UPDATE actions SET json = ?1 WHERE session_id = ?2 AND seq = 0");
    update.bind(1, "{\"type\":\"set_notes\",\"at\":1,\"stage\":0,\"text\":" + emptyNestedArrays(100000) + "}").bind(2, id).run();

    ReopenedSession reopened = reopenStoredSession(*store, id, nullptr);
    REQUIRE(reopened.session);
    CHECK(reopened.skipped == 1);
    std::string error;
    CHECK_FALSE(exportSessionArchive(*store, id, error));
    CHECK_THAT(error, Catch::Contains("damaged in the store"));
}

TEST_CASE("deeply nested settings are treated as damaged and clipboard text is ignored", "[store][untrusted]") {
    TempHome home;
    const std::string path = home.path() + "/settings.json";
    writeAll(path, "{\"theme\": \"dark\", \"x\": " + emptyNestedArrays(100000) + "}");
    SettingsLoadResult loaded = loadSettings(path);
    CHECK_THAT(loaded.problem, Catch::Contains("is damaged"));
    CHECK_FALSE(loaded.movedAsideTo.empty());
    std::string error;
    CHECK(saveSettings(path, loaded.settings, error));
    CHECK(loadSettings(path).problem.empty());

    CHECK_FALSE(decodeClipboard("{\"rehearse\":\"canvas-items\",\"format\":1,\"items\":" + emptyNestedArrays(100000) + "}"));
}

// --- 2. text that is not UTF-8 ----------------------------------------------------

TEST_CASE("a Latin-1 name survives rename, list and export as UTF-8", "[store][untrusted]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    SessionRecordId id = recordSession(*store, scenario);
    store->rename(id, "Caf\xe9");
    CHECK(store->session(id)->name == "Caf" + kReplacement);

    // A name an older version stored raw (or a crafted file holds) reads back repaired.
    SessionRecordId other = recordSession(*store, scenario);
    runSql(home.dbPath(), "UPDATE sessions SET name = CAST(X'4361666509' AS TEXT) || CAST(X'E9FF' AS TEXT) WHERE id = " +
                              std::to_string(other));
    const std::string name = store->session(other)->name;
    CHECK(isValidUtf8(name));
    CHECK(name == "Cafe\t" + kReplacement + kReplacement);
    for (const SessionRecord& r : store->listSessions()) CHECK(isValidUtf8(r.name));

    std::string error;
    auto exported = exportSessionArchive(*store, other, error);
    REQUIRE(exported);
    CHECK(json::parse(*exported)["session"]["name"] == name);
}

TEST_CASE("a Latin-1 session archive imports with U+FFFD and a warning", "[store][untrusted]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    std::string error;
    json archive = json::parse(*exportSessionArchive(*store, recordSession(*store, scenario), error));
    store->markDeleted(1, 1);
    store->purgeDeleted(2);
    archive["session"]["name"] = "NAME";
    archive["journal"][2]["text"] = "NOTES";  // the last notes of stage 0
    std::string text = withRaw(archive, "NAME", "\"Caf\xe9\"");
    const auto notes = text.find("\"NOTES\"");
    text.replace(notes, 7, "\"cr\xe8me br\xfbl\xe9\x65\"");

    ArchiveImportResult result = importSessionArchive(*store, text);
    REQUIRE(result.id);
    REQUIRE_FALSE(result.warnings.empty());
    CHECK_THAT(result.warnings[0], Catch::Contains("4 piece(s) of text in the file were not UTF-8"));
    CHECK(store->session(*result.id)->name == "Caf" + kReplacement);
    ReopenedSession reopened = reopenStoredSession(*store, *result.id, nullptr);
    REQUIRE(reopened.session);
    CHECK(reopened.session->stageProgress(StageIndex(0)).notes == "cr" + kReplacement + "me br" + kReplacement + "l" +
                                                         kReplacement + "e");
    CHECK(exportSessionArchive(*store, *result.id, error));
}

// --- 3. crafted databases -----------------------------------------------------------

TEST_CASE("a sessions.db with a trigger is refused, kept aside byte for byte, and its sessions copied out",
          "[store][untrusted]") {
    TempHome home;
    storeWithSessions(home, 2, 51);  // 52 journal rows each
    runSql(home.dbPath(), storeRegression("sessions-db-trigger.sql") + "PRAGMA wal_checkpoint(TRUNCATE);");
    const std::string original = readAll(home.dbPath());

    StoreOpenResult opened = openSessionStore();
    REQUIRE(opened.canSave());
    CHECK_THAT(opened.problem, Catch::Contains("trigger 'wipe_journal_on_rename'"));
    CHECK_THAT(opened.movedAsideTo, Catch::Contains("sessions.db.altered-"));
    CHECK(readAll(opened.movedAsideTo) == original);
    CHECK(opened.salvaged == 2);
    CHECK(opened.store->connection().queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'") == 0);
    for (const SessionRecord& r : opened.store->listSessions()) {
        opened.store->rename(r.id, "renamed");
        CHECK(opened.store->journal(r.id).size() == 52);
    }
}

TEST_CASE("even reading a crafted file to salvage it, no trigger of the file runs", "[store][untrusted]") {
    TempHome home;
    storeWithSessions(home, 1, 51);
    runSql(home.dbPath(), storeRegression("sessions-db-trigger.sql"));
    // verify=false is how salvage opens a file; the connection itself refuses to run triggers.
    auto store = SessionStore::open(home.dbPath(), SqliteConnection::Mode::ReadWrite, {}, /*verify=*/false);
    store->rename(1, "renamed");
    CHECK(store->journal(1).size() == 52);
    CHECK(store->session(1)->name == "renamed");
}

TEST_CASE("a sessions.db with a recursive view in place of a table is refused at once, not a hang",
          "[store][untrusted]") {
    TempHome home;
    storeWithSessions(home, 1, 3);
    runSql(home.dbPath(), storeRegression("sessions-db-recursive-view.sql") + "PRAGMA wal_checkpoint(TRUNCATE);");
    const std::string original = readAll(home.dbPath());

    const auto start = std::chrono::steady_clock::now();
    StoreOpenResult opened = openSessionStore();
    REQUIRE(opened.canSave());
    CHECK(opened.store->listSessions().size() == static_cast<std::size_t>(opened.salvaged));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
    CHECK_THAT(opened.problem, Catch::Contains("holds a view 'stage_scores' where Rehearse keeps a table"));
    CHECK_THAT(opened.movedAsideTo, Catch::Contains("sessions.db.altered-"));
    CHECK(readAll(opened.movedAsideTo) == original);
}

TEST_CASE("a sessions.db with a view that fails is refused, not an abort", "[store][untrusted]") {
    TempHome home;
    storeWithSessions(home, 1, 3);
    runSql(home.dbPath(), storeRegression("sessions-db-failing-view.sql") + "PRAGMA wal_checkpoint(TRUNCATE);");
    const std::string original = readAll(home.dbPath());
    StoreOpenResult opened = openSessionStore();
    REQUIRE(opened.canSave());
    CHECK_THAT(opened.problem, Catch::Contains("stage_scores"));
    CHECK(readAll(opened.movedAsideTo) == original);
    CHECK_NOTHROW(opened.store->listSessions());
}

TEST_CASE("a sessions.db with an extra table, index or changed column is refused too", "[store][untrusted]") {
    const std::pair<const char*, const char*> cases[] = {
        {"CREATE TABLE extra(x)", "holds a table 'extra' that Rehearse never creates"},
        {"CREATE INDEX by_name ON sessions(name)", "holds an index 'by_name' that Rehearse never creates"},
        {"ALTER TABLE sessions ADD COLUMN secret TEXT", "holds a table 'sessions' unlike the one Rehearse creates"},
    };
    for (const auto& [sql, message] : cases) {
        TempHome home;
        storeWithSessions(home, 1, 3);
        runSql(home.dbPath(), std::string(sql) + "; PRAGMA wal_checkpoint(TRUNCATE);");
        StoreOpenResult opened = openSessionStore();
        INFO(sql);
        CHECK_THAT(opened.problem, Catch::Contains(message));
        CHECK_THAT(opened.movedAsideTo, Catch::Contains("sessions.db.altered-"));
        CHECK(opened.salvaged == 1);
    }
    // ANALYZE's statistics are SQLite's own and harmless.
    TempHome home;
    storeWithSessions(home, 1, 3);
    runSql(home.dbPath(), "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
    StoreOpenResult opened = openSessionStore();
    CHECK(opened.problem.empty());
    CHECK(opened.movedAsideTo.empty());
}

// --- 4. files that are not files --------------------------------------------------

TEST_CASE("only a regular file of bounded size is read as an archive or an answer", "[store][untrusted]") {
    TempHome home;
    std::string error;
    CHECK_FALSE(readSessionArchiveFile("/dev/zero", error));
    CHECK(error == "cannot read /dev/zero: it is a device, not a regular file");
    CHECK_FALSE(readInputFile(home.path(), 100, error));
    CHECK_THAT(error, Catch::Contains("it is a folder"));

    // Opening a FIFO nobody writes to returns at once.
    const std::string fifo = home.path() + "/pipe";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_FALSE(readInputFile(fifo, 100, error));
    CHECK_THAT(error, Catch::Contains("it is a pipe"));

    const std::string file = home.path() + "/answer.md";
    writeAll(file, std::string(100, 'a'));
    CHECK(readInputFile(file, 100, error) == std::string(100, 'a'));
    CHECK_FALSE(readInputFile(file, 99, error));
    CHECK_THAT(error, Catch::Contains("is larger than 99 bytes"));
    CHECK_FALSE(readInputFile(home.path() + "/missing", 100, error));
    CHECK_THAT(error, Catch::Contains("No such file"));

    CHECK(describeByteSize(kMaxSessionArchiveBytes) == "64 MB");
    std::istringstream in(std::string(5000, 'x'));
    CHECK_FALSE(readInputStream(in, 4096, "standard input", error));
    CHECK(error == "standard input is larger than 4 KB, more than Rehearse reads from one file");
}

TEST_CASE("scores from someone else's file are brought into range before any screen reads them", "[store][untrusted]") {
    SessionRecord record;
    record.coverage = 1e300;
    record.seconds = -5;
    record.stages.push_back({"data", 7, 3, std::numeric_limits<double>::infinity()});
    record.clampScores();
    REQUIRE(record.coverage);
    CHECK(*record.coverage == 1.0);
    CHECK(record.seconds == 0.0);
    CHECK(record.stages[0].seconds == 1e9);  // the longest a record may claim
    CHECK(record.stages[0].fraction() == 1.0);

    record.coverage = std::numeric_limits<double>::quiet_NaN();
    record.clampScores();
    CHECK_FALSE(record.coverage);
}
