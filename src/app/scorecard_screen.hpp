// The pair scorecard on screen: the form (five dimensions, four levels with
// their anchor text, evidence prefilled from the session, "advance?",
// strengths, areas to improve) that the interviewer fills and then the
// candidate fills blind for themselves; and the two side by side.
#pragma once

#include "app/app_state.hpp"
#include "core/pair/scorecard.hpp"

#include <optional>

namespace rehearse {

class ScorecardForm {
public:
    // A fresh form for `author`, evidence prefilled from the session.
    void start(AppState& app, ScorecardAuthor author);
    bool started() const { return m_author.has_value(); }
    ScorecardAuthor author() const { return *m_author; }
    // True once submitted (journaled as SetScorecard).
    bool draw(AppState& app);
    void reset() { m_author.reset(); }

private:
    std::optional<ScorecardAuthor> m_author;
    Scorecard m_card;
};

// Both scorecards, one column each (a missing one shows as not scored).
void drawScorecardsSideBySide(const std::optional<Scorecard>& interviewer, const std::optional<Scorecard>& self);

}  // namespace rehearse
