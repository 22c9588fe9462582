#include "core/session/duration_format.hpp"

#include <cmath>
#include <cstdio>

namespace rehearse {

std::string formatDuration(double seconds) {
    if (!(seconds > 0)) seconds = 0;
    const long total = static_cast<long>(std::floor(seconds));
    const long hours = total / 3600, minutes = (total / 60) % 60, secs = total % 60;
    char buffer[32];
    if (hours > 0) std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", hours, minutes, secs);
    else std::snprintf(buffer, sizeof buffer, "%ld:%02ld", minutes, secs);
    return buffer;
}

}  // namespace rehearse
