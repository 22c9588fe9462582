// The one place where doubles become integers (core/numeric): defined for
// every double, NaN and infinities included.
#include "core/numeric/checked_conversion.hpp"
#include "non_finite.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

using namespace rehearse;

namespace {
using rehearse::test::kInf;
using rehearse::test::kNaN;
constexpr int64_t kMax64 = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin64 = std::numeric_limits<int64_t>::min();
}  // namespace

TEST_CASE("clampToInt: in range truncates, out of range clamps, NaN is the given value", "[numeric]") {
    CHECK(clampToInt(41.9) == 41);
    CHECK(clampToInt(-41.9) == -41);
    CHECK(clampToInt(1e300) == std::numeric_limits<int>::max());
    CHECK(clampToInt(-kInf) == std::numeric_limits<int>::min());
    CHECK(clampToInt(kNaN) == 0);
    CHECK(clampToInt(7.5, 3, 10) == 7);
    CHECK(clampToInt(1e9, 3, 10) == 10);
    CHECK(clampToInt(kNaN, 3, 10) == 3);
    CHECK(clampToInt<int>(kNaN, 3, 10, 5) == 5);
}

TEST_CASE("clampToInt64: the bounds that do not fit a double exactly", "[numeric]") {
    // INT64_MAX is 2^63 - 1; as a double it rounds up to 2^63, which does not fit.
    CHECK(clampToInt64(9223372036854775807.0) == kMax64);
    CHECK(clampToInt64(1e19) == kMax64);
    CHECK(clampToInt64(kInf) == kMax64);
    CHECK(clampToInt64(-9223372036854775808.0) == kMin64);
    CHECK(clampToInt64(-1e300) == kMin64);
    CHECK(clampToInt64(kNaN) == 0);
    CHECK(clampToInt64(9223372036854774784.0) == 9223372036854774784);  // largest double below 2^63
    CHECK(clampToInt64(-4294967296.5) == -4294967296);
}

TEST_CASE("finiteOr and clampFinite", "[numeric]") {
    CHECK(finiteOr(2.5, 0) == 2.5);
    CHECK(finiteOr(kInf, 1) == 1);
    CHECK(finiteOr(-kInf, 1) == 1);
    CHECK(finiteOr(kNaN, -1) == -1);
    CHECK(clampFinite(5, 0, 1) == 1);
    CHECK(clampFinite(-kInf, -3, 3) == -3);
    CHECK(clampFinite(kNaN, -3, 3) == -3);
    CHECK(clampFinite(kNaN, -3, 3, 0) == 0);
    CHECK(clampFinite(0.25, 0, 1, 0.5) == 0.25);
    static_assert(clampToInt(3.9) == 3, "usable in constant expressions");
}
