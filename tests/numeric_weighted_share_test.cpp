// One rule for a coverage fraction: a stage, the whole rehearsal, a rubric
// dimension, the debrief and a stored score all read the same for the same
// key points, and "nothing to cover" is said, not scored.
#include "core/interviewer/coverage.hpp"
#include "core/interviewer/debrief.hpp"
#include "core/interviewer/dimension_coverage.hpp"
#include "core/numeric/weighted_share.hpp"
#include "core/store/session_score.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rehearse;

namespace {

KeyPointCoverage weighedPoint(RubricDimension dimension, int weight, bool covered) {
    KeyPointCoverage point;
    point.dimension = dimension;
    point.weight = weight;
    point.covered = covered;
    return point;
}

}  // namespace

TEST_CASE("a weighted share is the weight covered over the weight there was, in 0..1", "[numeric][coverage]") {
    CHECK(WeightedShare{3, 4}.fraction() == Approx(0.75));
    CHECK(WeightedShare{0, 4}.fraction() == 0);
    CHECK(WeightedShare{4, 4}.fraction() == 1);
    // A stored score from someone else's file may claim anything.
    CHECK(WeightedShare{7, 3}.fraction() == 1);
    CHECK(WeightedShare{-2, 3}.fraction() == 0);
    REQUIRE(WeightedShare{3, 4}.assessedFraction());
    CHECK(*WeightedShare{3, 4}.assessedFraction() == Approx(0.75));

    WeightedShare sum{1, 2};
    sum += WeightedShare{2, 2};
    CHECK(sum.covered == 3);
    CHECK(sum.total == 4);
}

TEST_CASE("with nothing to cover a share is not assessed, and no fraction is stored for it", "[numeric][coverage]") {
    const WeightedShare nothing{0, 0};
    CHECK_FALSE(nothing.assessed());
    CHECK_FALSE(nothing.assessedFraction());
    // A stage with no key points reads done on the stepper, not empty.
    CHECK(nothing.fraction() == 1);
    CHECK_FALSE(WeightedShare{2, -1}.assessed());
}

TEST_CASE("stage, report, debrief, dimension and stored score agree on the same key points", "[numeric][coverage]") {
    StageCoverage data;
    data.stage = StageKind::Data;
    data.keyPoints = {weighedPoint(RubricDimension::Data, 3, true), weighedPoint(RubricDimension::Data, 1, false)};
    StageCoverage evaluation;
    evaluation.stage = StageKind::Evaluation;
    evaluation.keyPoints = {weighedPoint(RubricDimension::Evaluation, 2, false)};
    CoverageReport report;
    report.stages = {data, evaluation};
    Debrief debrief;
    for (const StageCoverage& stage : report.stages) {
        StageDebrief stageDebrief;
        stageDebrief.stage = stage.stage;
        stageDebrief.coverage = stage;
        debrief.stages.push_back(stageDebrief);
    }
    SessionScore stored;
    stored.coveredWeight = report.coveredWeight();
    stored.totalWeight = report.totalWeight();
    stored.stages.push_back({"data", data.coveredWeight(), data.totalWeight(), 0});

    CHECK(report.fraction() == Approx(0.5));
    CHECK(debrief.fraction() == report.fraction());
    CHECK(stored.fraction() == report.fraction());
    CHECK(data.fraction() == Approx(0.75));
    CHECK(stored.stages[0].fraction() == data.fraction());
    const std::vector<DimensionCoverage> dims = coverageByDimension(report);
    const auto dataDimension = std::find_if(dims.begin(), dims.end(),
                                            [](const DimensionCoverage& d) { return d.dimension == RubricDimension::Data; });
    REQUIRE(dataDimension != dims.end());
    CHECK(dataDimension->fraction() == data.fraction());

    // Nothing to cover anywhere: each says so the same way.
    for (StageDebrief& stage : debrief.stages) stage.coverage.keyPoints.clear();
    CHECK_FALSE(debrief.scored());
    CHECK_FALSE(debrief.share().assessedFraction());
    CHECK_FALSE(SessionScore{}.share().assessed());
    CHECK_FALSE(coverageByDimension(CoverageReport{}).front().assessed());
}
