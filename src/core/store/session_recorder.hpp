// Writes a live session to the store as it happens: after every action the
// app applies, the journal entries not yet stored are appended in one
// transaction. A write that fails (disk full, folder read-only, database
// damaged) loses nothing: the entries stay queued in memory, the problem is
// reported in words, and the next action or retry() writes them all once the
// disk takes them again -- even after the user moved on to another session.
//
// A new session gets its row with its first action, so opening a scenario
// and leaving at once leaves no empty attempt in the history.
#pragma once

#include "core/session/session.hpp"
#include "core/store/session_store.hpp"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

class SessionRecorder {
public:
    // `store` may be null: then nothing is recorded (the caller reports why);
    // it must outlive the recorder.
    explicit SessionRecorder(SessionStore* store) : m_store(store) {}

    // Autosave off: entries are queued and written only by flush() (when
    // the session is left or the app closes), so a crash loses them.
    void setAutosave(bool on) { m_autosave = on; }
    bool autosave() const { return m_autosave; }

    // A fresh session (its journal may be empty). Its scenario's copy is
    // read again from its file, or is `copy` when given (a pair candidate's
    // scenario came over the network: it has no file).
    void startNew(const Session& session, const std::optional<ScenarioCopy>& copy = std::nullopt);
    // A session reopened from the store: its journal as replayed is stored
    // already; new entries get seqs from `nextSeq`.
    void continueStored(SessionRecordId id, const Session& session, std::int64_t nextSeq);
    // Writes what is queued and scores the session for the history list
    // (unfinished ones too), and goes on recording it. When to score is the
    // caller's rule (core/session/rehearsal.hpp: on finishing and on leaving).
    void checkpoint(const Session& session);
    // checkpoint(), then lets go of the session.
    void stop(const Session& session);
    // Lets go of the session without writing or scoring: the caller has just
    // checkpointed it. A queue left by a failed write is still written later.
    void release() { m_active = false; }

    // Call after every action Session::apply accepted.
    void record(const Session& session);
    // Writes everything queued now; true when nothing is left queued.
    bool flush();
    // For the frame loop: writes a queue left by a failed write, at most
    // every couple of seconds. True while something is still queued.
    bool retry(std::int64_t nowMs);

    bool isRecording() const { return m_active; }
    std::optional<SessionRecordId> recordId() const { return m_current.id; }
    // Journal entries not on disk yet, this session's and earlier ones'.
    std::size_t pendingCount() const;
    // What went wrong with the last write, for the user; empty when fine.
    const std::string& problem() const { return m_problem; }
    // Grows whenever what the history lists changed in the store: a session
    // row created, a finish written, a score saved.
    std::uint64_t storedChanges() const { return m_storedChanges; }

private:
    // What one session still has to write.
    struct Batch {
        std::optional<SessionRecordId> id;
        std::optional<NewSessionRecord> fresh;  // until the row exists
        std::int64_t nextSeq = 0;               // seq of entries.front()
        std::vector<std::string> entries;
        AppendInfo info;
    };
    void setAside();
    bool write(Batch& batch);
    void score(const Session& session);

    SessionStore* m_store;
    bool m_autosave = true;
    bool m_active = false;
    Batch m_current;
    std::deque<Batch> m_backlog;   // earlier sessions' unwritten entries
    std::size_t m_journalSeen = 0; // entries of the session's journal queued so far
    std::uint64_t m_storedChanges = 0;
    std::string m_problem;
    std::int64_t m_lastAttemptMs = 0;
};

}  // namespace rehearse
