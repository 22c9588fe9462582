// The facts the interviewer has revealed so far, newest first, each with its
// topic and answer: what a candidate would jot down during a real interview.
// Read-only; draws into the current window or child. Reads only the
// candidate's view (revealed facts), so it can sit on a pair candidate's screen.
#pragma once

#include "core/pair/candidate_view.hpp"

#include <cstddef>

namespace rehearse {

class FactsPanel {
public:
    void draw(const std::vector<CandidateView::RevealedFact>& revealed);

private:
    std::size_t m_lastCount = 0;  // highlight the newest fact when this grows
    double m_highlightUntil = 0;
};

}  // namespace rehearse
