// Doubles no canvas or conversion may take at face value.
#pragma once

#include <limits>

namespace rehearse::test {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace rehearse::test
