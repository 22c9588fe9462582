#include "core/numeric/weighted_share.hpp"

#include <algorithm>

namespace rehearse {

double WeightedShare::fraction() const {
    if (!assessed()) return 1.0;
    return std::clamp(static_cast<double>(covered) / total, 0.0, 1.0);
}

std::optional<double> WeightedShare::assessedFraction() const {
    if (!assessed()) return std::nullopt;
    return fraction();
}

WeightedShare& WeightedShare::operator+=(const WeightedShare& other) {
    covered += other.covered;
    total += other.total;
    return *this;
}

}  // namespace rehearse
