// The candidate's own verdict after a rehearsal, on the dimensions hiring
// committees use for ML design rounds. Plain data the user fills in the
// debrief and the Markdown export prints.
#pragma once

#include <array>
#include <string>

namespace rehearse {

enum class AssessmentDimension { ProblemFraming, MlDepth, TradeOffs, Communication, Pacing };

inline constexpr AssessmentDimension kAssessmentDimensions[] = {
    AssessmentDimension::ProblemFraming, AssessmentDimension::MlDepth, AssessmentDimension::TradeOffs,
    AssessmentDimension::Communication, AssessmentDimension::Pacing};

const char* assessmentDimensionId(AssessmentDimension dimension);     // "problem_framing", ...
const char* assessmentDimensionTitle(AssessmentDimension dimension);  // "Problem framing", ...
const char* assessmentDimensionPrompt(AssessmentDimension dimension); // the question to rate against

// Ratings use the usual four-point hiring scale; 0 means not rated yet.
inline constexpr int kMaxRating = 4;
const char* ratingTitle(int rating);  // "Not rated", "Strong no", "Lean no", "Lean yes", "Strong yes"

struct SelfAssessment {
    std::array<int, 5> ratings{};  // indexed by AssessmentDimension
    std::string notes;             // what to practise next

    int rating(AssessmentDimension dimension) const { return ratings[static_cast<std::size_t>(dimension)]; }
    void setRating(AssessmentDimension dimension, int rating);  // clamped to 0..kMaxRating
    bool isComplete() const;
};

}  // namespace rehearse
