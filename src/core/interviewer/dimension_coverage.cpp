#include "core/interviewer/dimension_coverage.hpp"

#include "core/interviewer/debrief.hpp"

namespace rehearse {

namespace {

// Pointers, not copies: the debrief screen asks for this every frame.
std::vector<DimensionCoverage> tally(const std::vector<const KeyPointCoverage*>& keyPoints) {
    std::vector<DimensionCoverage> out;
    for (RubricDimension dimension : kAllRubricDimensions) {
        DimensionCoverage sum;
        sum.dimension = dimension;
        for (const KeyPointCoverage* point : keyPoints) {
            if (point->dimension != dimension) continue;
            sum.totalWeight += point->weight;
            sum.keyPoints += 1;
            if (point->covered) {
                sum.coveredWeight += point->weight;
                sum.coveredKeyPoints += 1;
            }
        }
        out.push_back(sum);
    }
    return out;
}

}  // namespace

std::vector<DimensionCoverage> coverageByDimension(const std::vector<KeyPointCoverage>& keyPoints) {
    std::vector<const KeyPointCoverage*> all;
    for (const KeyPointCoverage& point : keyPoints) all.push_back(&point);
    return tally(all);
}

std::vector<DimensionCoverage> coverageByDimension(const CoverageReport& report) {
    std::vector<const KeyPointCoverage*> all;
    for (const StageCoverage& stage : report.stages)
        for (const KeyPointCoverage& point : stage.keyPoints) all.push_back(&point);
    return tally(all);
}

std::vector<DimensionCoverage> coverageByDimension(const Debrief& debrief) {
    std::vector<const KeyPointCoverage*> all;
    for (const StageDebrief& stage : debrief.stages)
        for (const KeyPointCoverage& point : stage.coverage.keyPoints) all.push_back(&point);
    return tally(all);
}

}  // namespace rehearse
