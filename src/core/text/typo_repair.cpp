#include "core/text/typo_repair.hpp"

#include <utility>

namespace rehearse {

namespace {

constexpr std::size_t kShortest = 5;

bool isLetter(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

void TypoRepair::addKnownWord(const std::string& word) {
    if (word.size() >= kShortest - 1) m_known.insert(word);
}

std::optional<std::string> TypoRepair::repair(const std::string& word) const {
    if (word.size() < kShortest || m_known.count(word)) return std::nullopt;
    std::optional<std::string> found;
    bool ambiguous = false;
    const auto consider = [&](std::string candidate) {
        if (candidate.size() < kShortest || !m_known.count(candidate)) return;
        if (found && *found != candidate) ambiguous = true;
        found = std::move(candidate);
    };
    for (std::size_t i = 0; i + 1 < word.size(); ++i) {
        if (!isLetter(word[i]) || !isLetter(word[i + 1])) continue;
        if (word[i] != word[i + 1]) {  // "latnecy": two letters swapped
            std::string swapped = word;
            std::swap(swapped[i], swapped[i + 1]);
            consider(std::move(swapped));
        } else {  // "arround": a letter doubled
            consider(word.substr(0, i) + word.substr(i + 1));
        }
    }
    for (std::size_t i = 0; i < word.size(); ++i)  // "embarassing": a double letter typed once
        if (isLetter(word[i])) consider(word.substr(0, i + 1) + word[i] + word.substr(i + 1));
    if (ambiguous) return std::nullopt;
    return found;
}

}  // namespace rehearse
