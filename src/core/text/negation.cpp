#include "core/text/negation.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace rehearse {

namespace {

// Sorted, lower-case, unstemmed (the words people actually write). Words
// that reject with a scope ("unnecessary", "instead of") are found by
// analyzeStatements() and set SentenceShape::rejects.
constexpr std::string_view kCues[] = {
    "aren't", "avoid", "avoided", "avoiding", "beware", "can't", "cannot", "doesn't", "don't",
    "instead", "isn't", "little", "meaningless", "misleading", "misleads", "never", "no", "nor", "not",
    "pitfall", "rather", "shouldn't", "trap", "unreliable", "useless", "won't", "wouldn't", "wrong"};

}  // namespace

bool isNegationCue(std::string_view word) { return std::binary_search(std::begin(kCues), std::end(kCues), word); }

bool sentenceIsNegated(const AnalyzedText& text, std::size_t sentence) {
    return sentence < text.shapes.size() && text.shapes[sentence].rejects;
}

}  // namespace rehearse
