// The conversation with the interviewer: the opening question, clarifying
// questions and their answers, follow-up probes and the candidate's replies,
// and the box to ask the next question.
#pragma once

#include <cstddef>
#include <string>

namespace rehearse {

class AppState;

class InterviewerFeed {
public:
    void draw(AppState& app);

private:
    void drawEntries(AppState& app);
    void drawProbeReply(AppState& app, std::size_t probe);
    void drawAskBox(AppState& app);

    std::string m_question;
    std::string m_reply;             // the answer being typed to an open probe
    std::size_t m_replyProbe = static_cast<std::size_t>(-1);
    std::size_t m_lastSeenEntries = 0;  // scroll to the bottom when this grows
    bool m_focusAsk = false;
};

}  // namespace rehearse
