// The conversation with the interviewer: the opening question, clarifying
// questions and their answers, follow-up probes and the candidate's replies,
// and the box to ask the next question.
#pragma once

#include <cstddef>
#include <map>
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
    // Answers being typed, one per open probe: several can be open at once.
    std::map<std::size_t, std::string> m_replies;
    std::size_t m_lastSeenEntries = 0;  // scroll to the bottom when this grows
    bool m_focusAsk = false;
};

}  // namespace rehearse
