#include "core/text/negation.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace rehearse {

namespace {

// Sorted, lower-case, unstemmed (the words people actually write).
constexpr std::string_view kCues[] = {
    "aren't", "avoid", "avoided", "avoiding", "beware", "can't", "cannot", "don't", "doesn't",
    "instead", "isn't", "meaningless", "misleading", "misleads", "never", "no", "nor", "not",
    "pitfall", "rather", "shouldn't", "trap", "unreliable", "useless", "won't", "wouldn't", "wrong"};

}  // namespace

bool sentenceIsNegated(const AnalyzedText& text, std::size_t sentence) {
    for (std::size_t i = 0; i < text.tokens.size(); ++i) {
        if (text.sentenceOf[i] != sentence) continue;
        if (std::binary_search(std::begin(kCues), std::end(kCues), std::string_view(text.tokens[i].word)))
            return true;
    }
    return false;
}

}  // namespace rehearse
