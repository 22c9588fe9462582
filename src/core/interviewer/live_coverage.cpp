#include "core/interviewer/live_coverage.hpp"

#include "core/interviewer/session_evidence.hpp"

namespace rehearse {

const CoverageReport& LiveCoverage::update(const Session& session) {
    const SessionStamp stamp = SessionStamp::of(session);
    if (stamp == m_stamp && m_stamp.session) return m_report;
    m_report = m_scorer.score(session.scenario(), evidenceFromSession(session));
    m_stamp = stamp;
    return m_report;
}

}  // namespace rehearse
