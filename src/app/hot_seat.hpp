// Pair practice on one screen ("hot seat"): the candidate's ordinary session
// screen and the interviewer's console take turns, with a cover screen
// between them so the candidate never sees the console (F2 hands over). At
// the end: the interviewer's scorecard, a cover, the candidate's blind
// self-score, then both side by side (with "Swap roles"), then the debrief.
#pragma once

#include "app/app_state.hpp"
#include "app/interviewer_console.hpp"
#include "app/panel.hpp"
#include "app/scorecard_screen.hpp"
#include "core/pair/pair_role.hpp"
#include "core/pair/swap_suggestion.hpp"

#include <optional>

namespace rehearse {

class HotSeat final : public Panel {
public:
    const char* name() const override { return "Hot seat"; }
    bool shownIn(const PanelContext& ctx) const override;
    // The session or the debrief of a pair rehearsal on this screen.
    void draw(PanelContext& ctx) override;
    // A new pair rehearsal: the candidate gets the screen first, behind the cover.
    void reset();

    PairRole seat() const { return m_seat; }
    bool covered() const { return m_covered; }

private:
    // Screen::Session of a pair rehearsal.
    void drawSession(PanelContext& ctx);
    // Screen::Debrief of a pair rehearsal: the scorecards first.
    void drawDebrief(PanelContext& ctx);
    void handOver() {
        m_seat = otherRole(m_seat);
        m_covered = true;
    }
    // True while the cover is up (drawn).
    bool drawCover(const AppState& app);
    // "Swap roles": the next rehearsal with the parts reversed, on the
    // scenario core/pair/swap_suggestion picks. True when it started one.
    bool drawSwap(AppState& app);

    PairRole m_seat = PairRole::Candidate;
    bool m_covered = true;
    bool m_sideBySideDone = false;
    bool m_swapWorkedOut = false;  // m_swap is for this rehearsal
    std::optional<SwapSuggestion> m_swap;
    InterviewerConsole m_console;
    ScorecardForm m_form;
};

}  // namespace rehearse
