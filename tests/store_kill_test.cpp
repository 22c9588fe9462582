// Nothing acknowledged is ever lost: a writer process (tests/tools/
// store_writer.cpp) records sessions through the real store and recorder and
// is killed with SIGKILL at random moments -- while opening, creating the
// schema, inside transactions, between them -- 150 times over one database.
// After every kill the database must open without recovery, pass
// PRAGMA integrity_check, and hold every action the writer acknowledged,
// byte for byte (by hash).
#include "core/store/scenario_copy.hpp"
#include "core/store/session_store.hpp"
#include "core/store/store_recovery.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <random>
#include <sstream>

using namespace rehearse;
using namespace rehearse::test;

namespace {

struct Ack {
    std::int64_t seq;
    std::string hash;
};

struct Run {
    std::vector<std::pair<std::string, Ack>> acks;  // (uid, ack) in order
    std::vector<std::string> problems;              // "problem ..." lines: recovery had to act
    int status = 0;
};

// Starts the writer, reads its acks, kills it `killAfter` from the start,
// then drains what it wrote before dying.
Run runAndKill(const std::string& db, const std::string& scenario, unsigned seed,
               std::chrono::microseconds killAfter) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        std::string seedText = std::to_string(seed);
        execl(REHEARSE_STORE_WRITER, REHEARSE_STORE_WRITER, db.c_str(), scenario.c_str(), seedText.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    auto start = std::chrono::steady_clock::now();
    std::string output;
    char buffer[65536];
    bool killed = false;
    for (;;) {
        auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
        if (!killed && elapsed >= killAfter) {
            kill(pid, SIGKILL);
            killed = true;
        }
        int timeoutMs = killed ? 1000 : static_cast<int>((killAfter - elapsed).count() / 1000);
        pollfd p{fds[0], POLLIN, 0};
        int ready = poll(&p, 1, timeoutMs);
        if (ready > 0) {
            ssize_t n = read(fds[0], buffer, sizeof buffer);
            if (n <= 0) break;  // EOF: the writer is gone
            output.append(buffer, static_cast<std::size_t>(n));
        } else if (killed) {
            break;
        }
    }
    close(fds[0]);
    Run run;
    waitpid(pid, &run.status, 0);

    std::istringstream lines(output);
    std::string line;
    while (std::getline(lines, line)) {
        if (lines.eof() && !output.empty() && output.back() != '\n') break;  // cut mid-line: not acknowledged
        std::istringstream words(line);
        std::string word, uid;
        Ack ack{};
        words >> word;
        if (word == "ack" && (words >> uid >> ack.seq >> ack.hash)) run.acks.push_back({uid, ack});
        else if (word == "problem") run.problems.push_back(line);
    }
    return run;
}

}  // namespace

TEST_CASE("SIGKILL at random moments never loses an acknowledged action or damages the database",
          "[store][kill]") {
    TempHome home;
    makeDirs(home.dataDir());
    const std::string db = home.dbPath();
    const std::string scenario = std::string(REHEARSE_TEST_DATA) + "/scenarios/minimal.json";
    std::mt19937 random(20240501);
    std::map<std::string, std::map<std::int64_t, std::string>> acknowledged;  // uid -> seq -> hash
    std::size_t totalAcks = 0;
    int killedBeforeFirstAck = 0;
    int killedBySignal = 0;
    const auto testStart = std::chrono::steady_clock::now();

    const int kRuns = 150;
    for (int i = 0; i < kRuns; ++i) {
        // Some die young (while opening, creating the schema, in the first
        // transactions); most live long enough to write a few dozen actions.
        std::chrono::microseconds life(random() % 5 < 2 ? random() % 15000 : 15000 + random() % 135000);
        Run run = runAndKill(db, scenario, static_cast<unsigned>(i), life);
        INFO("run " << i << ", killed after " << life.count() << " us");
        REQUIRE(WIFSIGNALED(run.status));  // it died by our hand, not by an error of its own
        CHECK(WTERMSIG(run.status) == SIGKILL);
        ++killedBySignal;
        CHECK(run.problems.empty());
        if (run.acks.empty()) ++killedBeforeFirstAck;
        for (const auto& [uid, ack] : run.acks) acknowledged[uid][ack.seq] = ack.hash;
        totalAcks += run.acks.size();

        // Open it as the app would, but without recovery: damage must not be there to recover from.
        std::unique_ptr<SessionStore> store;
        REQUIRE_NOTHROW(store = SessionStore::open(db, SqliteConnection::Mode::ReadWrite));
        REQUIRE(store->integrityCheck() == "ok");
        for (const auto& [uid, seqs] : acknowledged) {
            auto record = store->sessionByUid(uid);
            REQUIRE(record);
            std::map<std::int64_t, std::string> stored;
            for (const StoredAction& action : store->journal(record->id)) stored[action.seq] = contentHash(action.json);
            for (const auto& [seq, hash] : seqs) {
                INFO("session " << uid << " seq " << seq);
                REQUIRE(stored.count(seq) == 1);
                CHECK(stored[seq] == hash);
            }
            // And nothing stored beyond what the writer could have written.
            CHECK(static_cast<std::int64_t>(stored.size()) == record->actionCount);
        }
    }
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - testStart).count();
    WARN(kRuns << " kills, " << totalAcks << " acknowledged actions in " << acknowledged.size() << " sessions, "
               << killedBeforeFirstAck << " kills before the first ack, " << seconds << " s");
    CHECK(killedBySignal == kRuns);
    CHECK(totalAcks > 100);
    CHECK(killedBeforeFirstAck > 0);   // kills landed during open and schema creation
    CHECK(acknowledged.size() > 10);   // and across many sessions
    CHECK(filesStartingWith(home.dataDir(), "sessions.db.").size() <= 2);  // only -wal and -shm, never moved aside
    for (const std::string& name : filesStartingWith(home.dataDir(), "sessions.db."))
        CHECK(name.find("corrupt") == std::string::npos);
}
