#include "core/session/duration_format.hpp"

#include "core/numeric/checked_conversion.hpp"

#include <cmath>
#include <cstdio>

namespace rehearse {

std::string formatDuration(double seconds) {
    // A session's times come from its journal, which may come from anyone's
    // archive: 1e300 must not reach a conversion to an integer (undefined;
    // in practice "-30:-8"). Past kMaxFormattedSeconds the clock stops.
    const int64_t total = clampToInt64(std::floor(clampFinite(seconds, 0, kMaxFormattedSeconds, 0)));
    const long long hours = total / 3600, minutes = (total / 60) % 60, secs = total % 60;
    char buffer[48];
    if (hours > 0) std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", hours, minutes, secs);
    else std::snprintf(buffer, sizeof buffer, "%lld:%02lld", minutes, secs);
    return buffer;
}

}  // namespace rehearse
