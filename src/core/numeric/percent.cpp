#include "core/numeric/percent.hpp"

#include "core/numeric/checked_conversion.hpp"

#include <cmath>

namespace rehearse {

int wholePercent(double fraction) { return clampToInt(std::round(clampFinite(fraction, 0, 1, 0) * 100)); }

std::string percentText(double fraction) { return std::to_string(wholePercent(fraction)) + "%"; }

int percentPointChange(double from, double to) { return wholePercent(to) - wholePercent(from); }

}  // namespace rehearse
