// Checked conversions from double, the one place where a number that came
// from outside (a file, the clipboard, a clock) becomes an integer or is
// written out. Converting a double that does not fit (NaN, inf, 1e300) to an
// integer is undefined behaviour in C++: in practice garbage such as
// INT64_MIN, a negative time ("-30:-8") or a loop over 2^64 cells. These
// functions clamp instead, so every caller gets a defined, in-range value.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace rehearse {

// `v` when it is a finite number, else `fallback`.
constexpr double finiteOr(double v, double fallback) {
    return v - v == 0 ? v : fallback;  // false for NaN and +-inf (constexpr-friendly isfinite)
}

// `v` limited to [lo, hi]; NaN becomes `nanValue` (lo unless told).
constexpr double clampFinite(double v, double lo, double hi) {
    return v != v ? lo : v < lo ? lo : v > hi ? hi : v;
}
constexpr double clampFinite(double v, double lo, double hi, double nanValue) {
    return v != v ? nanValue : v < lo ? lo : v > hi ? hi : v;
}

// `v` truncated towards zero and limited to [lo, hi]; NaN becomes `nanValue`.
// Defined for every double. Round first (std::floor, std::ceil, std::round)
// when truncation is not what the caller means.
template <class Int>
constexpr Int clampToInt(double v, Int lo, Int hi, Int nanValue) {
    static_assert(std::is_integral_v<Int>, "clampToInt converts to integers");
    if (v != v) return nanValue;
    // The bounds as doubles may round (INT64_MAX becomes 2^63): compare with
    // <= and >= so that only values strictly inside are converted.
    if (v <= static_cast<double>(lo)) return lo;
    if (v >= static_cast<double>(hi)) return hi;
    return static_cast<Int>(v);
}
template <class Int>
constexpr Int clampToInt(double v, Int lo, Int hi) {
    return clampToInt<Int>(v, lo, hi, lo);
}

// The whole range of int, NaN as 0.
constexpr int clampToInt(double v) {
    return clampToInt<int>(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), 0);
}
// The whole range of int64_t, NaN as 0.
constexpr int64_t clampToInt64(double v) {
    return clampToInt<int64_t>(v, std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max(), 0);
}

}  // namespace rehearse
