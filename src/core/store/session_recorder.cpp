#include "core/store/session_recorder.hpp"

#include "core/store/timestamps.hpp"

namespace rehearse {

void SessionRecorder::setAside() {
    // Unwritten entries of the previous session wait their turn; they are
    // never dropped because the user moved on.
    if (!m_current.entries.empty()) m_backlog.push_back(std::move(m_current));
    m_current = Batch{};
}

void SessionRecorder::startNew(const Session& session, const std::optional<ScenarioCopy>& copy) {
    setAside();
    m_active = true;
    m_journalSeen = 0;
    NewSessionRecord fresh;
    fresh.uid = newSessionUid();
    fresh.scenarioId = session.scenario().id;
    fresh.scenarioTitle = session.scenario().title;
    fresh.createdMs = nowUnixMs();
    std::string error;
    // Without a copy the session still records; it reopens on the current
    // scenario file, which is what it ran on unless that file changes.
    fresh.scenario = copy ? copy : scenarioCopyOf(session.scenario(), error);
    m_current.fresh = std::move(fresh);
    record(session);
}

void SessionRecorder::continueStored(SessionRecordId id, const Session& session, std::int64_t nextSeq) {
    setAside();
    m_active = true;
    m_current.id = id;
    m_current.nextSeq = nextSeq;
    m_journalSeen = session.journal().size();
}

void SessionRecorder::checkpoint(const Session& session) {
    if (!m_active) return;
    record(session);
    flush();
    score(session);
}

void SessionRecorder::stop(const Session& session) {
    checkpoint(session);
    m_active = false;
}

std::size_t SessionRecorder::pendingCount() const {
    std::size_t count = m_current.entries.size();
    for (const Batch& batch : m_backlog) count += batch.entries.size();
    return count;
}

namespace {

bool holdsCandidateAction(const std::vector<Action>& journal) {
    for (const Action& action : journal) {
        const auto* probe = std::get_if<RaiseFollowUp>(&action.payload);
        if (!probe || probe->followUpId.empty()) return true;  // a partner's own probe counts too
    }
    return false;
}

}  // namespace

void SessionRecorder::record(const Session& session) {
    // With no store there is nowhere to write, ever: queueing would only
    // grow. Whoever opened the store has told the user already.
    if (!m_active || !m_store) return;
    const std::vector<Action>& journal = session.journal();
    // An attempt counts from the candidate's first own action: a scenario
    // opened and left again, holding only the interviewer's opening probe,
    // leaves no entry in the history. (Later, the whole journal is written.)
    if (!m_current.id && m_journalSeen == 0 && !holdsCandidateAction(journal)) return;
    bool finishes = false;
    for (; m_journalSeen < journal.size(); ++m_journalSeen) {
        m_current.entries.push_back(actionToJson(journal[m_journalSeen]).dump());
        finishes = finishes || std::holds_alternative<FinishSession>(journal[m_journalSeen].payload);
    }
    m_current.info.seconds = session.totalSeconds(session.lastActionAt());
    m_current.info.updatedMs = nowUnixMs();
    if (finishes) m_current.info.finishedMs = m_current.info.updatedMs;
    if (m_autosave && pendingCount() > 0) flush();
}

bool SessionRecorder::write(Batch& batch) {
    auto transaction = m_store->transaction();
    std::optional<SessionRecordId> id = batch.id;
    if (!id) id = m_store->createSession(*batch.fresh);
    m_store->appendActions(*id, batch.nextSeq, batch.entries, batch.info);
    transaction.commit();
    if (batch.fresh || batch.info.finishedMs) ++m_storedChanges;
    // Only now, with the commit on disk: a failed commit rolls back the new
    // row too, and the next attempt creates it again.
    batch.id = id;
    batch.fresh.reset();
    batch.nextSeq += static_cast<std::int64_t>(batch.entries.size());
    batch.entries.clear();
    batch.info.finishedMs.reset();
    return true;
}

bool SessionRecorder::flush() {
    if (pendingCount() == 0) return true;
    if (!m_store) return false;
    m_lastAttemptMs = nowUnixMs();
    try {
        while (!m_backlog.empty()) {
            write(m_backlog.front());
            m_backlog.pop_front();
        }
        if (!m_current.entries.empty()) write(m_current);
        m_problem.clear();
        return true;
    } catch (const StoreError& e) {
        m_problem = std::string("Not saved: ") + storeErrorReason(e.kind()) + ". " + std::to_string(pendingCount()) +
                    " change(s) are kept in memory and written as soon as the disk takes them; "
                    "closing Rehearse now would lose them.";
        return false;
    }
}

bool SessionRecorder::retry(std::int64_t nowMs) {
    if (pendingCount() == 0) return false;
    if (!m_autosave && m_problem.empty()) return true;  // queued on purpose
    if (nowMs - m_lastAttemptMs >= 2000) flush();
    return pendingCount() > 0;
}

void SessionRecorder::score(const Session& session) {
    if (!m_store || !m_current.id || !m_current.entries.empty()) return;
    try {
        m_store->saveScore(*m_current.id, scoreSession(session));
        ++m_storedChanges;
    } catch (const StoreError& e) {
        m_problem = std::string("The score could not be saved: ") + storeErrorReason(e.kind()) + ".";
    }
}

}  // namespace rehearse
