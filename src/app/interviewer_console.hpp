// The interviewer's console in pair practice (hot seat): everything the
// partner playing the interviewer needs and the candidate must not see —
// the candidate's notes and canvas (read-only), the pending question beside
// the facts ("answer with this") or a free-text answer, the probe bank by
// stage with the app's triggers as suggestions, the live key-point
// checklist, stage budgets and the clock with a "move on" nudge, the
// reference, and private notes stamped with time and stage. Every button is
// an action through the Rehearsal, journaled like the candidate's.
#pragma once

#include "app/app_state.hpp"
#include "core/pair/probe_suggestions.hpp"

#include <memory>
#include <string>

namespace rehearse {

class ClarificationMatcher;

class InterviewerConsole {
public:
    InterviewerConsole();
    ~InterviewerConsole();
    void reset();
    // On two machines (app/pair_network.hpp): no hand-over button.
    void setNetworked(bool networked) { m_networked = networked; }
    // `handOver`: set when the interviewer asks to hand the screen back.
    void draw(AppState& app, bool& handOver);

private:
    void drawTopBar(AppState& app, bool& handOver);
    void drawCandidateWork(AppState& app);
    void drawCanvasMirror(const Session& session);
    void drawQuestion(AppState& app);
    void drawProbes(AppState& app);
    void drawChecklist(AppState& app);
    void drawPrivateNotes(AppState& app);

    ProbeSuggestions m_suggestions;
    std::unique_ptr<ClarificationMatcher> m_matcher;  // ranks facts for the pending question
    const Scenario* m_matcherScenario = nullptr;
    std::string m_answer;
    std::string m_probe;
    std::string m_note;
    std::string m_nudge;
    bool m_focusNote = false;
    bool m_networked = false;
};

}  // namespace rehearse
