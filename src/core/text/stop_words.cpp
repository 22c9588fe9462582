#include "core/text/stop_words.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace rehearse {

namespace {

// The common English function words (close to the Snowball list), contractions
// as tokenize() keeps them, and the filler of spoken questions ("could you
// tell me", "I was wondering"), and verbs
// too general to say what a question is about ("use", "take", "work"). Kept sorted for binary search.
constexpr std::string_view kStopWords[] = {
    "a", "about", "above", "actually", "after", "again", "against", "all", "also", "am", "an",
    "and", "any", "anyone", "anything", "approximately", "are", "aren't", "around", "as", "ask",
    "at", "basically", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "can't", "could", "couldn't", "curious", "d", "did", "didn't", "do", "does",
    "doesn't", "doing", "don", "don't", "down", "during", "each", "either", "else", "even", "ever",
    "few", "for", "from", "further", "generally", "get", "give", "go", "going", "got", "guess",
    "had", "hadn't", "happen", "happens", "has", "hasn't", "have", "haven't", "having", "he", "her",
    "here", "hers", "herself", "hi", "him", "himself", "his", "how", "i", "i'd", "i'll", "i'm",
    "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "kind",
    "know", "let", "let's", "like", "ll", "look", "looks", "m", "make", "makes", "many", "may",
    "me", "might", "more", "most", "much", "must", "my", "myself", "need", "no", "nor", "not", "of",
    "off", "ok", "okay", "on", "once", "one", "only", "or", "other", "ought", "our", "ours",
    "ourselves", "out", "over", "overall", "own", "please", "pretty", "quite",
    "rather", "re", "really", "right", "roughly", "s", "same", "say", "she", "should", "shouldn't",
    "so", "some", "someone", "something", "sort", "such", "sure", "t", "take", "takes", "tell",
    "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there",
    "there's", "these", "they", "they're", "thing", "things", "think", "this", "those", "through",
    "to", "too", "typically", "under", "until", "up", "us", "use", "used", "uses", "using",
    "usually", "ve", "very", "want", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've",
    "were", "weren't", "what", "what's", "when", "where", "which", "while", "who", "whom", "why",
    "will", "with", "won't", "wonder", "wondering", "work", "works", "would", "wouldn't", "you",
    "you're", "your", "yours"};

}  // namespace

bool isStopWord(std::string_view word) {
    return std::binary_search(std::begin(kStopWords), std::end(kStopWords), word);
}

}  // namespace rehearse
