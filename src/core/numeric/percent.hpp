// A coverage fraction as the whole percent every screen and file shows. One
// rounding for all (half away from zero): the debrief, the Markdown export,
// `sessions list`, `score` and History said 93% and 92% for the same
// session when History used printf's "%.0f" (which rounds half to even).
#pragma once

#include <string>

namespace rehearse {

// 0..100; a fraction outside 0..1 is clamped, a non-finite one reads 0.
int wholePercent(double fraction);
// "93%".
std::string percentText(double fraction);
// The change between two fractions in whole points, as the difference of the
// percents shown, so "50% ... 93%, +43 points" always adds up.
int percentPointChange(double from, double to);

}  // namespace rehearse
