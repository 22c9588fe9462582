// Session time as people read it on a clock: "4:05", "1:02:03".
#pragma once

#include <string>

namespace rehearse {

// The longest time shown: 999999:59:59 (114 years). Longer times, and
// infinity, show as that; nobody rehearses that long, but a session file
// can say anything.
inline constexpr double kMaxFormattedSeconds = 999999.0 * 3600 + 3599;

// Whole seconds elapsed (rounded down, as a clock shows them); negative
// and non-numbers read as 0:00.
std::string formatDuration(double seconds);

}  // namespace rehearse
