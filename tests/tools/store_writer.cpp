// The writer that tests/store_kill_test.cpp kills with SIGKILL. It records a
// session the way the app does (SessionRecorder over the store) and, after
// each action the store acknowledged, writes "ack <uid> <seq> <hash>" to
// stdout with write(2), so the line is out of the process before the next
// action starts. Every third run (by seed) it resumes the last unfinished
// session instead of starting one, which exercises reopen under kills too,
// and every fourth checkpoints the WAL every few pages, so that kills also
// land in the middle of checkpoints.
//
//   rehearse_store_writer DB SCENARIO_FILE SEED
#include "core/scenario/scenario_loader.hpp"
#include "core/store/session_recorder.hpp"
#include "core/store/store_recovery.hpp"
#include "core/store/stored_session.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

using namespace rehearse;

namespace {

void say(const std::string& line) {
    std::string out = line + "\n";
    const char* data = out.data();
    std::size_t left = out.size();
    while (left > 0) {
        ssize_t n = write(STDOUT_FILENO, data, left);
        if (n <= 0) std::_Exit(3);
        data += n;
        left -= static_cast<std::size_t>(n);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s DB SCENARIO_FILE SEED\n", argv[0]);
        return 2;
    }
    const std::string dbPath = argv[1];
    const unsigned seed = static_cast<unsigned>(std::strtoul(argv[3], nullptr, 10));
    auto loaded = loadScenarioFromFile(argv[2]);
    if (!loaded.scenario) return 2;

    StoreOpenResult opened = openSessionStore({dbPath, {}});
    if (!opened.canSave()) {
        std::fprintf(stderr, "store: %s\n", opened.problem.c_str());
        return 4;
    }
    // Recovery must never have had to move anything: report it if it did.
    if (!opened.problem.empty()) say("problem " + opened.problem);
    SessionStore& store = *opened.store;
    if (seed % 4 == 1) store.connection().execute("PRAGMA wal_autocheckpoint=8");

    std::unique_ptr<Session> session;
    SessionRecorder recorder(&store);
    std::string uid;
    if (seed % 3 == 0) {
        if (auto last = store.lastUnfinished()) {
            ReopenedSession reopened = reopenStoredSession(store, last->id, nullptr);
            if (!reopened.session) {
                std::fprintf(stderr, "reopen: %s\n", reopened.error.c_str());
                return 5;
            }
            session = std::move(reopened.session);
            recorder.continueStored(last->id, *session, reopened.nextSeq);
            uid = last->uid;
        }
    }
    if (!session) {
        session = std::make_unique<Session>(*loaded.scenario);
        recorder.startNew(*session);
    }

    std::mt19937 random(seed);
    std::int64_t seq = recorder.recordId() ? store.session(*recorder.recordId())->actionCount : 0;
    double at = session->lastActionAt();
    for (int i = 0;; ++i) {
        at += 0.5;
        // Mostly notes (some long enough to span pages), now and then a question.
        Action action{at, SetNotes{StageIndex(static_cast<std::size_t>(i % 2)),
                                   std::string(random() % 3 == 0 ? 6000 : 40, char('a' + i % 26)) +
                                       std::to_string(seed) + ":" + std::to_string(i)}};
        if (i % 7 == 3) action.payload = AskClarification{"How many invoices per day? " + std::to_string(i), FactId("volume"), {}};
        if (!session->apply(action)) return 6;
        recorder.record(*session);
        if (recorder.pendingCount() != 0) {
            std::fprintf(stderr, "write failed: %s\n", recorder.problem().c_str());
            return 7;
        }
        if (uid.empty()) uid = store.session(*recorder.recordId())->uid;
        say("ack " + uid + " " + std::to_string(seq) + " " +
            contentHash(actionToJson(session->journal().back()).dump()));
        ++seq;
    }
}
