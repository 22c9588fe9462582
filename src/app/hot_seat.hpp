// Pair practice on one screen ("hot seat"): the candidate's ordinary session
// screen and the interviewer's console take turns, with a cover screen
// between them so the candidate never sees the console (F2 hands over). At
// the end: the interviewer's scorecard, a cover, the candidate's blind
// self-score, then both side by side, then the debrief.
#pragma once

#include "app/app_state.hpp"
#include "app/interviewer_console.hpp"
#include "app/scorecard_screen.hpp"
#include "core/pair/pair_role.hpp"

namespace rehearse {

class SessionScreen;
class DebriefView;

class HotSeat {
public:
    // A new pair rehearsal: the candidate gets the screen first, behind the cover.
    void reset();
    // Screen::Session of a pair rehearsal.
    void drawSession(AppState& app, SessionScreen& candidateScreen);
    // Screen::Debrief of a pair rehearsal: the scorecards first.
    void drawDebrief(AppState& app, DebriefView& debrief);

    PairRole seat() const { return m_seat; }
    bool covered() const { return m_covered; }

private:
    void handOver() {
        m_seat = otherRole(m_seat);
        m_covered = true;
    }
    // True while the cover is up (drawn).
    bool drawCover();

    PairRole m_seat = PairRole::Candidate;
    bool m_covered = true;
    bool m_sideBySideDone = false;
    InterviewerConsole m_console;
    ScorecardForm m_form;
};

}  // namespace rehearse
