// Coverage by rubric dimension (scenario/rubric_dimension.hpp): the same key
// points as coverage by stage, grouped by the skill they show instead of the
// stage they belong to, weighed by `weight`. The debrief screen, the Markdown
// export and `rehearse score --json` all report it from here.
#pragma once

#include "core/interviewer/coverage.hpp"

#include <vector>

namespace rehearse {

struct Debrief;

struct DimensionCoverage {
    RubricDimension dimension = RubricDimension::Problem;
    int coveredWeight = 0;
    int totalWeight = 0;
    int keyPoints = 0;
    int coveredKeyPoints = 0;

    WeightedShare share() const { return {coveredWeight, totalWeight}; }
    // A scenario with no key point in the dimension does not assess it;
    // reports say so rather than show a score of 0 or 100%.
    bool assessed() const { return share().assessed(); }
    double fraction() const { return share().fraction(); }
};

// Every dimension, in the fixed order of kAllRubricDimensions, including the
// ones the key points do not touch (assessed() false).
std::vector<DimensionCoverage> coverageByDimension(const std::vector<KeyPointCoverage>& keyPoints);
std::vector<DimensionCoverage> coverageByDimension(const CoverageReport& report);
std::vector<DimensionCoverage> coverageByDimension(const Debrief& debrief);

}  // namespace rehearse
