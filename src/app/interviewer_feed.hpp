// The conversation with the interviewer: the opening question, clarifying
// questions and their answers, follow-up probes and the candidate's replies;
// below it, pinned so it never scrolls away, the probe awaiting an answer
// with its answer box; and at the bottom the box to ask the next question.
// Reads only the candidate's view of the session (core/pair/candidate_view),
// so the same feed serves solo practice and a pair candidate's screen.
#pragma once

#include "app/session_focus.hpp"
#include "core/pair/candidate_view.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

class AppState;

class InterviewerFeed {
public:
    void draw(AppState& app, const CandidateView& view, SessionFocus& focus);
    // Follows the conversation to its end for the next few frames (a new or
    // reopened session: the layout settles over more than one frame).
    void scrollToEnd() { m_scrollFrames = 3; }

private:
    void drawEntries(AppState& app, const CandidateView& view, SessionFocus& focus, std::optional<ProbeIndex> pinned);
    void drawProbe(AppState& app, const CandidateView& view, SessionFocus& focus, ProbeIndex probe, bool pinned);
    void drawProbeReply(AppState& app, const CandidateView& view, SessionFocus& focus, ProbeIndex probe, bool pinned);
    void drawAskBox(AppState& app, SessionFocus& focus);
    float pinnedHeight(const CandidateView& view, ProbeIndex probe) const;

    std::string m_question;
    // Lines completed by Enter in the ask box, waiting to be asked this frame.
    std::vector<std::string> m_asked;
    // Answers being typed, one per open probe: several can be open at once.
    std::map<ProbeIndex, std::string> m_replies;
    std::size_t m_lastSeenEntries = 0;  // scroll to the bottom when this grows
    int m_scrollFrames = 3;    // frames left to keep the end in view
    int m_scrollAttempts = 0;  // frames spent scrolling to the end this time
};

}  // namespace rehearse
