// Coverage of a running session for the stage stepper's progress marks:
// recomputed only when the session has changed (its journal grew), so it is
// fine to ask every frame.
#pragma once

#include "core/interviewer/coverage.hpp"
#include "core/interviewer/session_stamp.hpp"
#include "core/session/session.hpp"


namespace rehearse {

class LiveCoverage {
public:
    const CoverageReport& update(const Session& session);
    const CoverageReport& report() const { return m_report; }
    // Its concept matcher, for rules that look for concepts themselves.
    CoverageScorer& scorer() { return m_scorer; }

private:
    CoverageScorer m_scorer;
    CoverageReport m_report;
    SessionStamp m_stamp;
};

}  // namespace rehearse
