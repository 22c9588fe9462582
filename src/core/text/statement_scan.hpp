// What the statement analysis's files share (statement.cpp, reported_ideas.cpp and
// dismissive_predicates.cpp): how they test words and phrases, and how they mark
// the words a rejection covers. Internal to core/text.
#pragma once

#include "core/text/analyzed_text.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace rehearse::statement_scan {

// Unstemmed, lower-case: the words people write. Membership is tested with
// `isOneOf`; lists are short enough for a linear scan.
using Words = std::initializer_list<std::string_view>;

inline bool isOneOf(std::string_view word, Words words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// Who speaks when the writer states their own plan: "I'd", "we'll".
inline const Words kSpeakers = {"i", "we", "i'd", "we'd", "i'll", "we'll"};

// Whether words [at, at + phrase.size()) of the text are `phrase`.
inline bool wordsAt(const AnalyzedText& text, std::size_t at, std::size_t end, Words phrase) {
    if (at + phrase.size() > end) return false;
    std::size_t i = at;
    for (std::string_view word : phrase)
        if (text.tokens[i++].word != word) return false;
    return true;
}

// The source between token i-1 and token i (punctuation, spaces).
inline std::string_view gapBefore(const AnalyzedText& text, std::size_t i) {
    const std::size_t from = i == 0 ? 0 : text.tokens[i - 1].end;
    return std::string_view(text.source).substr(from, text.tokens[i].begin - from);
}

inline bool gapHasAny(std::string_view gap, std::string_view chars) {
    return gap.find_first_of(chars) != std::string_view::npos;
}

// How far a rejection reaches from its cue, in words. Real scopes are a few
// words ("shadow mode is unnecessary"); the bound also keeps a pathological
// clause of thousands of cues linear.
constexpr std::size_t kMaxScope = 12;

// Marks words with a stance and the cue that gave it; a stronger stance wins.
struct Marker {
    std::vector<Stance>& stance;
    std::vector<std::size_t>& cueOf;

    void mark(std::size_t from, std::size_t to, Stance kind, std::size_t cue) {
        if (to > from + kMaxScope) {  // keep the words nearest the cue
            if (from > cue) to = from + kMaxScope;
            else from = to - kMaxScope;
        }
        for (std::size_t i = from; i < to; ++i) {
            if (kind > stance[i]) {
                stance[i] = kind;
                cueOf[i] = cue;
            }
        }
    }

    // Every word of [from, to), however long: a subject the cue rejects whole.
    void markWhole(std::size_t from, std::size_t to, Stance kind, std::size_t cue) {
        for (std::size_t piece = from; piece < to; piece += kMaxScope)
            mark(piece, std::min(to, piece + kMaxScope), kind, cue);
    }
};

}  // namespace rehearse::statement_scan
