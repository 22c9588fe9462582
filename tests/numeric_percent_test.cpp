// One rounding of coverage everywhere it is shown.
#include "core/numeric/percent.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <limits>

using namespace rehearse;

TEST_CASE("a half percent rounds up, where printf rounds it to even", "[percent]") {
    // 0.925 * 100 is 92.5 in binary as well; printf's %.0f gives 92.
    char printed[8];
    std::snprintf(printed, sizeof printed, "%.0f", 0.925 * 100);
    CHECK(std::string(printed) == "92");
    CHECK(wholePercent(0.925) == 93);
    CHECK(percentText(0.925) == "93%");
    CHECK(wholePercent(0.125) == 13);
    CHECK(wholePercent(0.004) == 0);
}

TEST_CASE("fractions outside 0..1 read as the nearest end, non-finite ones as 0", "[percent]") {
    CHECK(wholePercent(1e300) == 100);
    CHECK(wholePercent(-0.5) == 0);
    CHECK(wholePercent(std::numeric_limits<double>::quiet_NaN()) == 0);
    CHECK(percentText(std::numeric_limits<double>::infinity()) == "100%");
}

TEST_CASE("a change in points is the difference of the percents shown", "[percent]") {
    CHECK(percentPointChange(0.504, 0.925) == 93 - 50);
    CHECK(percentPointChange(0.925, 0.0) == -93);
}
