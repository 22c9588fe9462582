// The pair scorecard: the five ML design dimensions on the four-level scale
// (score_level.hpp), each with the evidence it rests on, "advance to the next
// round?", strengths and areas to improve. The interviewer fills one; the
// candidate fills the same form blind as a self-score; the debrief shows the
// two side by side. Plain data: journaled as SetScorecard, so it is stored,
// replayed and carried to a partner like every other action.
#pragma once

#include "core/pair/score_level.hpp"
#include "core/scenario/rubric_dimension.hpp"

#include <array>
#include <optional>
#include <string>

namespace rehearse {

enum class ScorecardAuthor { Interviewer, Candidate };
const char* scorecardAuthorId(ScorecardAuthor author);  // "interviewer", "candidate"
std::optional<ScorecardAuthor> scorecardAuthorFromId(const std::string& id);

struct DimensionScore {
    ScoreLevel level = ScoreLevel::Unscored;
    std::string evidence;  // what was seen; prefilled from the session (scorecard_evidence.hpp)
};

enum class AdvanceVerdict { Undecided, Yes, No };
const char* advanceVerdictId(AdvanceVerdict verdict);  // "undecided", "yes", "no"
std::optional<AdvanceVerdict> advanceVerdictFromId(const std::string& id);

struct Scorecard {
    std::array<DimensionScore, 5> dimensions{};  // indexed by RubricDimension
    AdvanceVerdict advance = AdvanceVerdict::Undecided;
    std::string strengths;
    std::string improvements;

    const DimensionScore& score(RubricDimension d) const { return dimensions[static_cast<std::size_t>(d)]; }
    DimensionScore& score(RubricDimension d) { return dimensions[static_cast<std::size_t>(d)]; }
    // Every dimension scored and the verdict given: ready to submit.
    bool isComplete() const;
    bool operator==(const Scorecard& other) const;
    bool operator!=(const Scorecard& other) const { return !(*this == other); }
};

}  // namespace rehearse
