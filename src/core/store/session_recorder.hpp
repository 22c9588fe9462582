// Writes a live session to the store as it happens: after every action the
// app applies, the journal entries not yet stored are appended in one
// transaction. A write that fails (disk full, folder read-only, database
// damaged) loses nothing: the entries stay queued in memory, the problem is
// reported in words, and the next action or retry() writes them all once the
// disk takes them again.
//
// A new session gets its row with its first action, so opening a scenario
// and leaving at once leaves no empty attempt in the history.
#pragma once

#include "core/session/session.hpp"
#include "core/store/session_store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

class SessionRecorder {
public:
    // `store` may be null (nothing can be saved); it must outlive the recorder.
    explicit SessionRecorder(SessionStore* store) : m_store(store) {}

    // Autosave off: entries are queued and written only by flush() (when
    // the session is left or the app closes), so a crash loses them.
    void setAutosave(bool on) { m_autosave = on; }
    bool autosave() const { return m_autosave; }

    // A fresh session (its journal may be empty).
    void startNew(const Session& session);
    // A session reopened from the store: its first `journalSize` journal
    // entries are stored already; new ones get seqs from `nextSeq`.
    void continueStored(SessionRecordId id, const Session& session, std::int64_t nextSeq);
    // Writes what is queued, scores an unfinished session for the history
    // list, and lets go of it.
    void stop(const Session& session);

    // Call after every action Session::apply accepted.
    void record(const Session& session);
    // Writes what is queued now; true when nothing is left queued.
    bool flush();
    // For the frame loop: writes a queue left by a failed write, at most
    // every couple of seconds. True while something is still queued.
    bool retry(std::int64_t nowMs);

    bool isRecording() const { return m_active; }
    std::optional<SessionRecordId> recordId() const { return m_id; }
    std::size_t pendingCount() const { return m_pending.size(); }
    // What went wrong with the last write, for the user; empty when fine.
    const std::string& problem() const { return m_problem; }

private:
    void scoreIfDue(const Session& session);

    SessionStore* m_store;
    bool m_autosave = true;
    bool m_active = false;
    std::optional<SessionRecordId> m_id;
    std::optional<NewSessionRecord> m_new;  // until the row exists
    std::size_t m_journalSeen = 0;          // session journal entries queued so far
    std::int64_t m_nextSeq = 0;             // seq of m_pending.front()
    std::vector<std::string> m_pending;
    AppendInfo m_pendingInfo;
    bool m_finishedPending = false;
    bool m_scored = false;
    std::string m_problem;
    std::int64_t m_lastAttemptMs = 0;
};

}  // namespace rehearse
