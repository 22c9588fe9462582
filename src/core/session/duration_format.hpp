// Session time as people read it on a clock: "4:05", "1:02:03".
#pragma once

#include <string>

namespace rehearse {

// Whole seconds elapsed (rounded down, as a clock shows them); negative
// and non-numbers read as 0:00.
std::string formatDuration(double seconds);

}  // namespace rehearse
