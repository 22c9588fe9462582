#include "core/text/did_you_mean.hpp"

#include <algorithm>

namespace rehearse {
namespace {

std::string withoutSeparators(const std::string& name) {
    std::string out;
    for (char c : name)
        if (c != '_' && c != '-' && c != ' ') out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
}

}  // namespace

std::size_t editDistance(const std::string& a, const std::string& b) {
    // Three rows (a swap looks two back): names are short, but an untrusted
    // file may hold a long one, and a full table would be |a| x |b|.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                row[j] = std::min(row[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return previous[b.size()];
}

std::optional<std::string> closestName(const std::string& name, const std::vector<std::string>& candidates) {
    // Past this length a name is no slip of a known one, and comparing it
    // against every candidate would only cost time.
    constexpr std::size_t kLongestName = 200;
    if (name.empty() || name.size() > kLongestName) return std::nullopt;
    const std::string squashed = withoutSeparators(name);
    std::optional<std::string> best;
    std::size_t bestDistance = 0;
    for (const std::string& candidate : candidates) {
        if (candidate == name) return std::nullopt;
        if (candidate.size() > kLongestName) continue;
        std::size_t distance = withoutSeparators(candidate) == squashed ? 0 : editDistance(name, candidate);
        std::size_t allowed = std::min<std::size_t>(3, std::max(name.size(), candidate.size()) / 3);
        if (distance > std::max<std::size_t>(1, allowed) || distance >= std::max(name.size(), candidate.size()))
            continue;
        if (!best || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

std::string didYouMean(const std::string& name, const std::vector<std::string>& candidates) {
    std::optional<std::string> closest = closestName(name, candidates);
    return closest ? " (did you mean '" + *closest + "'?)" : "";
}

}  // namespace rehearse
