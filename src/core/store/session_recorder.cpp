#include "core/store/session_recorder.hpp"

#include "core/store/timestamps.hpp"

namespace rehearse {

void SessionRecorder::startNew(const Session& session) {
    m_active = true;
    m_id.reset();
    m_pending.clear();
    m_problem.clear();
    m_journalSeen = 0;
    m_nextSeq = 0;
    m_finishedPending = false;
    m_scored = false;
    NewSessionRecord fresh;
    fresh.uid = newSessionUid();
    fresh.scenarioId = session.scenario().id;
    fresh.scenarioTitle = session.scenario().title;
    fresh.createdMs = nowUnixMs();
    std::string error;
    fresh.scenario = scenarioCopyOf(session.scenario(), error);
    // Without a copy the session still records; it reopens on the current
    // scenario file, which is what it ran on unless that file changes.
    m_new = std::move(fresh);
    if (!m_store) m_problem = "Sessions are not saved this run.";
    record(session);
}

void SessionRecorder::continueStored(SessionRecordId id, const Session& session, std::int64_t nextSeq) {
    m_active = true;
    m_id = id;
    m_new.reset();
    m_pending.clear();
    m_problem.clear();
    m_journalSeen = session.journal().size();
    m_nextSeq = nextSeq;
    m_finishedPending = false;
    m_scored = session.isFinished();
    if (!m_store) m_problem = "Sessions are not saved this run.";
}

void SessionRecorder::stop(const Session& session) {
    if (!m_active) return;
    record(session);
    flush();
    scoreIfDue(session);
    // Scored on leaving too, so the history shows coverage for unfinished
    // attempts; finishing scores again with the final state.
    if (m_store && m_id && m_pending.empty() && !session.isFinished()) {
        try {
            m_store->saveScore(*m_id, scoreSession(session));
        } catch (const StoreError&) {
        }
    }
    m_active = false;
}

void SessionRecorder::record(const Session& session) {
    if (!m_active) return;
    const std::vector<Action>& journal = session.journal();
    for (; m_journalSeen < journal.size(); ++m_journalSeen) {
        m_pending.push_back(actionToJson(journal[m_journalSeen]).dump());
        if (std::holds_alternative<FinishSession>(journal[m_journalSeen].payload)) m_finishedPending = true;
    }
    m_pendingInfo.seconds = session.totalSeconds(session.lastActionAt());
    m_pendingInfo.updatedMs = nowUnixMs();
    if (m_finishedPending && !m_pendingInfo.finishedMs) m_pendingInfo.finishedMs = m_pendingInfo.updatedMs;
    if (m_autosave && !m_pending.empty()) flush();
    scoreIfDue(session);
}

bool SessionRecorder::flush() {
    if (m_pending.empty()) return true;
    if (!m_store) return false;
    m_lastAttemptMs = nowUnixMs();
    try {
        auto transaction = m_store->transaction();
        std::optional<SessionRecordId> id = m_id;
        if (!id) id = m_store->createSession(*m_new);
        m_store->appendActions(*id, m_nextSeq, m_pending, m_pendingInfo);
        transaction.commit();
        // Only now, with the commit on disk: a failed commit rolls back the
        // new row too, and the next attempt creates it again.
        m_id = id;
        m_new.reset();
        m_nextSeq += static_cast<std::int64_t>(m_pending.size());
        m_pending.clear();
        m_pendingInfo.finishedMs.reset();
        m_finishedPending = false;
        m_problem.clear();
        return true;
    } catch (const StoreError& e) {
        m_problem = std::string("Not saved: ") + storeErrorReason(e.kind()) + ". " + std::to_string(m_pending.size()) +
                    " change(s) are kept in memory and written as soon as the disk takes them; "
                    "closing Rehearse now would lose them.";
        return false;
    }
}

bool SessionRecorder::retry(std::int64_t nowMs) {
    if (m_pending.empty()) return false;
    if (!m_autosave && m_problem.empty()) return true;  // queued on purpose
    if (nowMs - m_lastAttemptMs >= 2000) flush();
    return !m_pending.empty();
}

void SessionRecorder::scoreIfDue(const Session& session) {
    // A finished session is scored once, after its last action is stored,
    // so history and progress charts never replay it.
    if (m_scored || !session.isFinished() || !m_pending.empty() || !m_store || !m_id) return;
    try {
        m_store->saveScore(*m_id, scoreSession(session));
        m_scored = true;
    } catch (const StoreError& e) {
        m_problem = std::string("The score could not be saved: ") + storeErrorReason(e.kind()) + ".";
    }
}

}  // namespace rehearse
