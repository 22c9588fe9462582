// Bad files never stop the app and are never overwritten: a damaged or
// foreign database is moved aside (what can be read is salvaged), a newer
// one is left alone, a read-only place still shows history, and each case
// comes with a message a person can act on.
#include "core/store/session_recorder.hpp"
#include "core/store/store_recovery.hpp"
#include "core/store/stored_session.hpp"
#include "store_test_support.hpp"
#include "session_test_support.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

using namespace rehearse;
using namespace rehearse::test;

namespace {

using rehearse::test::at;

// Records `count` short sessions; returns their uids.
std::vector<std::string> recordSessions(const TempHome& home, int count) {
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    REQUIRE(store);
    std::vector<std::string> uids;
    for (int i = 0; i < count; ++i) {
        Session session(scenario);
        SessionRecorder recorder(store.get());
        recorder.startNew(session);
        for (int j = 0; j < 20; ++j) {
            REQUIRE(session.apply(at(j + 1, SetNotes{StageIndex(0), std::string(200, char('a' + j % 26))})));
            recorder.record(session);
        }
        uids.push_back(store->session(*recorder.recordId())->uid);
    }
    return uids;
}

void overwriteBytes(const std::string& path, long offset, const std::string& bytes) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    REQUIRE(f);
    f.seekp(offset);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

TEST_CASE("a file that is not a database is moved aside, kept byte for byte, and a new store starts",
          "[store][recovery]") {
    TempHome home;
    makeDirs(home.dataDir());
    std::string garbage = "these are my notes, not a database\n";
    for (int i = 0; i < 200; ++i) garbage += char(i * 37);
    writeAll(home.dbPath(), garbage);

    StoreOpenResult opened = openSessionStore();
    REQUIRE(opened.canSave());
    CHECK_THAT(opened.problem, Catch::Contains("is damaged"));
    CHECK_THAT(opened.problem, Catch::Contains("sessions.db.corrupt-"));
    REQUIRE_FALSE(opened.movedAsideTo.empty());
    CHECK(readAll(opened.movedAsideTo) == garbage);
    CHECK(opened.store->integrityCheck() == "ok");
    CHECK(opened.store->listSessions().empty());

    // A second damaged file the same second gets its own name.
    opened.store.reset();
    writeAll(home.dbPath(), garbage + "again");
    StoreOpenResult second = openSessionStore();
    REQUIRE(second.canSave());
    CHECK(second.movedAsideTo != opened.movedAsideTo);
    CHECK(readAll(opened.movedAsideTo) == garbage);
    CHECK(filesStartingWith(home.dataDir(), "sessions.db.corrupt-").size() == 2);
}

TEST_CASE("a damaged database is kept aside and its readable sessions are salvaged", "[store][recovery]") {
    TempHome home;
    std::vector<std::string> uids = recordSessions(home, 6);
    // Checkpoint so the pages live in the main file, then trash a page in the middle.
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(home.dbPath().c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    struct stat info {};
    REQUIRE(stat(home.dbPath().c_str(), &info) == 0);
    long pages = info.st_size / 4096;
    REQUIRE(pages > 4);
    std::string before = readAll(home.dbPath());
    overwriteBytes(home.dbPath(), (pages - 2) * 4096 + 100, std::string(3000, '\xA5'));
    std::string damaged = readAll(home.dbPath());

    StoreOpenResult opened = openSessionStore();
    REQUIRE(opened.canSave());
    CHECK_THAT(opened.problem, Catch::Contains("is damaged"));
    CHECK(readAll(opened.movedAsideTo) == damaged);  // never changed by the salvage
    CHECK(opened.salvaged >= 1);
    CHECK(opened.salvaged <= 6);
    auto sessions = opened.store->listSessions();
    CHECK(static_cast<int>(sessions.size()) == opened.salvaged);
    for (const SessionRecord& r : sessions) {
        CHECK(std::find(uids.begin(), uids.end(), r.uid) != uids.end());
        // A salvaged session is whole: it reopens with every action.
        ReopenedSession reopened = reopenStoredSession(*opened.store, r.id, nullptr);
        REQUIRE(reopened.session);
        CHECK(reopened.session->journal().size() == 20);
    }
    CHECK(opened.store->integrityCheck() == "ok");
}

TEST_CASE("another program's SQLite database is moved aside as foreign", "[store][recovery]") {
    TempHome home;
    makeDirs(home.dataDir());
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(home.dbPath().c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "CREATE TABLE bookmarks(url TEXT); INSERT INTO bookmarks VALUES('x')", nullptr,
                             nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    std::string original = readAll(home.dbPath());
    StoreOpenResult opened = openSessionStore();
    REQUIRE(opened.canSave());
    CHECK_THAT(opened.problem, Catch::Contains("not a Rehearse session database"));
    CHECK_THAT(opened.movedAsideTo, Catch::Contains("sessions.db.foreign-"));
    CHECK(readAll(opened.movedAsideTo) == original);
}

TEST_CASE("a database from a newer Rehearse is left alone and nothing is saved", "[store][recovery]") {
    TempHome home;
    recordSessions(home, 1);
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(home.dbPath().c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "PRAGMA user_version=7; PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr,
                             nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    std::string original = readAll(home.dbPath());
    StoreOpenResult opened = openSessionStore();
    CHECK_FALSE(opened.store);
    CHECK_THAT(opened.problem, Catch::Contains("newer version of Rehearse"));
    CHECK_THAT(opened.problem, Catch::Contains("schema 7"));
    CHECK_THAT(opened.problem, Catch::Contains("update Rehearse"));
    CHECK(opened.movedAsideTo.empty());
    CHECK(readAll(home.dbPath()) == original);
    CHECK(filesStartingWith(home.dataDir(), "sessions.db.").empty());
}

TEST_CASE("a read-only data folder still shows history but saves nothing, and says so", "[store][recovery]") {
    TempHome home;
    recordSessions(home, 2);
    FaultsGuard guard;
    faults().readOnly = true;
    StoreOpenResult opened = openSessionStore({home.dbPath(), kFaultVfs});
    REQUIRE(opened.store);
    CHECK(opened.store->isReadOnly());
    CHECK_FALSE(opened.canSave());
    CHECK_THAT(opened.problem, Catch::Contains("Cannot write to " + home.dataDir()));
    CHECK_THAT(opened.problem, Catch::Contains("Past sessions are shown"));
    CHECK(opened.store->listSessions().size() == 2);
    CHECK(opened.movedAsideTo.empty());

    // Writing through it fails cleanly; the recorder keeps the work.
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios2");
    Session session(scenario);
    SessionRecorder recorder(opened.store.get());
    recorder.startNew(session);
    REQUIRE(session.apply(at(1, SetNotes{StageIndex(0), "kept in memory"})));
    recorder.record(session);
    CHECK(recorder.pendingCount() == 1);
    CHECK_THAT(recorder.problem(), Catch::Contains("cannot be written"));
}

TEST_CASE("a read-only data folder with no database yet: the app goes on without saving", "[store][recovery]") {
    TempHome home;
    makeDirs(home.dataDir());
    FaultsGuard guard;
    faults().readOnly = true;
    StoreOpenResult opened = openSessionStore({home.dbPath(), kFaultVfs});
    CHECK_FALSE(opened.store);
    CHECK_THAT(opened.problem, Catch::Contains("not saved this run"));
}

// The real thing, not the fault VFS: the kernel refuses the write. Root
// ignores file modes, so as root (CI) the store is opened in a child process
// that has dropped to the unprivileged "nobody" user first; as anyone else
// the child keeps its user. Either way the check runs and can fail.
TEST_CASE("really read-only folders (chmod, and as root opened by an unprivileged child)", "[store][recovery]") {
    TempHome home;
    recordSessions(home, 1);
    // Every folder on the way must let the child through and read.
    for (const std::string& dir : {home.path(), home.path() + "/data"}) REQUIRE(chmod(dir.c_str(), 0755) == 0);
    REQUIRE(chmod(home.dataDir().c_str(), 0555) == 0);
    REQUIRE(chmod(home.dbPath().c_str(), 0444) == 0);

    int report[2];
    REQUIRE(pipe(report) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(report[0]);
        std::string message;
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0 || geteuid() == 0)) {
            message = "setup: cannot drop root privileges to uid 65534";
        } else {
            StoreOpenResult opened = openSessionStore();
            message = std::string(opened.canSave() ? "can save" : "cannot save") + "\n" + opened.problem;
        }
        ssize_t written = write(report[1], message.data(), message.size());
        _exit(written == static_cast<ssize_t>(message.size()) ? 0 : 1);
    }
    close(report[1]);
    std::string message;
    char buffer[512];
    for (ssize_t n; (n = read(report[0], buffer, sizeof buffer)) > 0;) message.append(buffer, static_cast<std::size_t>(n));
    close(report[0]);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    chmod(home.dataDir().c_str(), 0755);
    INFO(message);
    REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    CHECK_THAT(message, Catch::StartsWith("cannot save\n"));
    CHECK_THAT(message, Catch::Contains("Cannot write to " + home.dataDir()));
}

TEST_CASE("a data folder that cannot be created is reported, not fatal", "[store][recovery]") {
    TempHome home;
    writeAll(home.path() + "/data", "a file where the folder should be");
    StoreOpenResult opened = openSessionStore();
    CHECK_FALSE(opened.store);
    CHECK_THAT(opened.problem, Catch::Contains("is not a folder"));
    CHECK_THAT(opened.problem, Catch::Contains("not saved this run"));
}

TEST_CASE("a zero-length database (killed while being created) simply starts fresh", "[store][recovery]") {
    TempHome home;
    makeDirs(home.dataDir());
    writeAll(home.dbPath(), "");
    StoreOpenResult opened = openSessionStore();
    REQUIRE(opened.canSave());
    CHECK(opened.problem.empty());
}
