// Decides which of the scenario's follow-up probes the interviewer raises,
// and when (docs/scenario-format.md, "Follow-ups").
//
// The engine only reads: it looks at the session and the session time and
// returns follow-up ids. The app turns each into a RaiseFollowUp action
// through Session::apply, so the journal records what was raised and a replay
// reproduces it without running these rules again.
//
// Triggers of the current stage:
//   enter    as soon as the stage is entered;
//   time     after `minute` minutes in the stage (counted since it was last
//            entered, like Session::secondsSinceStageEntered);
//   mention  when the stage's notes or the canvas items drawn in the stage
//            mention a concept (not in a sentence that rejects it: "not accuracy");
//   missing  when the key point is still uncovered at `minute`.
// And, through beforeLeaving(), when the candidate moves on:
//   leave    the stage's key point is still uncovered ("before we move on...").
//
// Level: a follow-up marked with a level is raised only when the candidate
// rehearses at that level or above (Session::candidateLevel).
//
// Pacing: a probe is never raised twice; nothing is raised while the session
// is paused or finished; at most one new probe per `minIntervalSeconds`
// (counted from the last probe raised, whoever raised it); among due probes
// the higher priority goes first, then scenario order. A leave probe ignores
// the interval (the moment to ask is now or never) but at most one is raised
// per visit of a stage, so moving on takes at most one extra click.
#pragma once

#include "core/interviewer/coverage.hpp"
#include "core/interviewer/live_coverage.hpp"
#include "core/interviewer/session_stamp.hpp"
#include "core/session/session.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

struct FollowUpPacing {
    double minIntervalSeconds = 90;  // 0 raises every due probe at once
    bool holdWhileOpen = false;      // true: wait until the open probe is answered or skipped
};

class FollowUpEngine {
public:
    explicit FollowUpEngine(FollowUpPacing pacing = {}) : m_pacing(pacing) {}

    const FollowUpPacing& pacing() const { return m_pacing; }
    void setPacing(FollowUpPacing pacing) { m_pacing = pacing; }

    // Coverage of the session as the rules see it, recomputed only when the
    // session changed: the one scoring the app needs per change.
    const CoverageReport& coverage(const Session& session) { return m_coverage.update(session); }

    // Follow-ups of the current stage to raise at session time `now`, in the
    // order to raise them (at most one unless the interval is 0 and
    // holdWhileOpen is off). Cheap
    // enough to call every frame, but once a second is plenty.
    std::vector<FollowUpId> due(const Session& session, double now);

    // Called when the candidate asks to go from the current stage to stage
    // `target` (any index >= stageCount() means finishing the interview).
    // Returns the "leave" probe to raise first, or nothing: then let them go.
    // Going back to an earlier stage never triggers it.
    std::vector<FollowUpId> beforeLeaving(const Session& session, double now, StageIndex target);

    // Session time the current stage was last entered (from the feed).
    static double stageEnteredAt(const Session& session);

private:
    bool mentions(const Session& session, const FollowUp& followUp);
    const CoverageReport& currentCoverage(const Session& session);
    // What the rules read from the session's content changes only when its
    // journal grows; results are kept until then, so polling is cheap.
    void invalidateIfChanged(const Session& session);

    FollowUpPacing m_pacing;
    LiveCoverage m_coverage;  // also the app's stepper marks, via coverage()
    SessionStamp m_cached;
    std::map<FollowUpId, bool> m_mentioned;  // follow-up id -> mention found
};

}  // namespace rehearse
