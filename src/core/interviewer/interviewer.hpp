// The interviewer of one session, in one object for the app (and a pair
// partner's console): answers clarifying questions, decides which probes to
// raise, and keeps live coverage. Every method returns actions or data; the
// caller applies actions through Session::apply, so the journal stays the
// single record and replays need none of this.
//
// Rehearsal (core/session/rehearsal.hpp) drives it for every front end:
//   Interviewer interviewer(session.scenario());            // after creating the session
//   session.apply({now, interviewer.ask(question)});        // "Ask" button
//   for (auto& a : interviewer.due(session, now)) apply(a); // once a second
//   auto probes = interviewer.beforeLeaving(session, now, target);
//   if (probes.empty()) apply(GoToStage{target}); else apply(probes[0]);  // "Next stage"
//   interviewer.coverage(session).stage(kind)->fraction();  // stepper mark
//
// Holds a reference to the scenario: construct it from the session's own
// copy (Session::scenario()) and keep the session alive and in place.
#pragma once

#include "core/interviewer/clarification_matcher.hpp"
#include "core/interviewer/follow_up_engine.hpp"
#include "core/session/action.hpp"
#include "core/session/session.hpp"

#include <string>
#include <vector>

namespace rehearse {

class Interviewer {
public:
    explicit Interviewer(const Scenario& scenario, FollowUpPacing pacing = {})
        : m_matcher(scenario), m_followUps(pacing) {}

    // The action recording the question and the fact it matched (if any).
    AskClarification ask(const std::string& question);
    // The action recording `question` as `result` matched it.
    static AskClarification askAction(const std::string& question, const ClarificationResult& result);
    ClarificationMatcher& matcher() { return m_matcher; }

    std::vector<RaiseFollowUp> due(const Session& session, double now);
    std::vector<RaiseFollowUp> beforeLeaving(const Session& session, double now, StageIndex target);
    FollowUpEngine& followUps() { return m_followUps; }

    const CoverageReport& coverage(const Session& session) { return m_followUps.coverage(session); }

private:
    static std::vector<RaiseFollowUp> toActions(const std::vector<FollowUpId>& ids);

    ClarificationMatcher m_matcher;
    FollowUpEngine m_followUps;
};

}  // namespace rehearse
