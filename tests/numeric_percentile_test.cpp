#include "core/numeric/percentile.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

TEST_CASE("the median and p95 of frame times are values that occurred", "[numeric][percentile]") {
    // 20 frames: 18 quick, two slow ones, in the order they came.
    std::vector<double> ms(18, 10.0);
    ms.insert(ms.begin() + 5, 95.0);
    ms.push_back(40.0);
    CHECK(nearestRankPercentile(ms, 0.5) == 10.0);
    CHECK(nearestRankPercentile(ms, 0.95) == 40.0);  // rank round(0.95 * 19) = 18 of 0..19
    CHECK(nearestRankPercentile(ms, 1.0) == 95.0);
    CHECK(nearestRankPercentile(ms, 0.0) == 10.0);
}

TEST_CASE("percentiles of no measurements are zero, and p is clamped", "[numeric][percentile]") {
    CHECK(nearestRankPercentile({}, 0.5) == 0.0);
    CHECK(nearestRankPercentile({3, 1, 2}, 7.0) == 3.0);
    CHECK(nearestRankPercentile({3, 1, 2}, -1.0) == 1.0);
    CHECK(nearestRankPercentile({4, 1, 3, 2}, 0.5) == 3.0);  // upper middle of an even count
}
