#include "core/text/term_weights.hpp"

#include <cmath>

namespace rehearse {

namespace {

double norm(const TermWeights& v) {
    double sum = 0;
    for (const auto& [term, weight] : v) sum += weight * weight;
    return std::sqrt(sum);
}

}  // namespace

double cosine(const TermWeights& a, const TermWeights& b) {
    const double na = norm(a), nb = norm(b);
    if (na == 0 || nb == 0) return 0;
    const auto& small = a.size() <= b.size() ? a : b;
    const auto& large = a.size() <= b.size() ? b : a;
    double dot = 0;
    for (const auto& [term, weight] : small)
        if (auto found = large.find(term); found != large.end()) dot += weight * found->second;
    return dot / (na * nb);
}

}  // namespace rehearse
