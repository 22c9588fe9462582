// A text prepared once for many concept look-ups: its tokens, their stems and
// the sentence each token sits in. Built by ConceptMatcher::analyze().
#pragma once

#include "core/text/sentences.hpp"
#include "core/text/tokenizer.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace rehearse {

struct AnalyzedText {
    std::string source;
    std::vector<Token> tokens;
    std::vector<std::string> stems;         // parallel to tokens
    std::vector<std::size_t> sentenceOf;    // parallel to tokens: index into sentences
    std::vector<TextSpan> sentences;

    // The sentence as evidence: cleaned for display (see cleanSentence()).
    std::string sentenceText(std::size_t sentence) const {
        const TextSpan& span = sentences.at(sentence);
        return cleanSentence(std::string_view(source).substr(span.begin, span.end - span.begin));
    }
};

}  // namespace rehearse
