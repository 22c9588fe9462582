#include "core/numeric/percentile.hpp"

#include <algorithm>
#include <cstddef>

namespace rehearse {

double nearestRankPercentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    p = std::clamp(p, 0.0, 1.0);
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(at), values.end());
    return values[at];
}

}  // namespace rehearse
