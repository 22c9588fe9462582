// A text prepared once for many concept look-ups: its tokens, their stems and
// the sentence each token sits in. Built by ConceptMatcher::analyze().
#pragma once

#include "core/text/sentences.hpp"
#include "core/text/tokenizer.hpp"

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace rehearse {

// How the writer stands towards a word (text/statement.hpp).
enum class Stance : unsigned char {
    Affirmed,   // said, or said in passing
    Negated,    // under a plain negation: "no leakage", "without SMOTE", "not accuracy"
    Dismissed,  // rejected as not needed: "shadow mode is unnecessary", "we don't need calibration"
};

// The shape of one sentence, for judging whether it states anything.
struct SentenceShape {
    bool question = false;      // ends with '?'
    bool heading = false;       // a Markdown heading, a bold line, or a label ending in ':'
    bool list = false;          // mostly a bare list of short terms: "embeddings, GBDT, A/B tests"
    bool vague = false;         // "as needed", "best practices", ... and no number
    bool rejects = false;       // any rejection or negation cue at all (the coarse test of negation.hpp)
    std::size_t firstToken = 0; // tokens [firstToken, endToken) belong to the sentence
    std::size_t endToken = 0;
    std::size_t labelEnd = 0;   // end of a "Label:" lead-in ("Slices: ..."); firstToken when none
};

struct AnalyzedText {
    std::string source;
    std::vector<Token> tokens;
    std::vector<std::string> stems;         // parallel to tokens
    std::vector<std::size_t> sentenceOf;    // parallel to tokens: index into sentences
    std::vector<TextSpan> sentences;
    std::vector<Stance> stance;             // parallel to tokens
    std::vector<std::size_t> cueOf;         // parallel to tokens: the token whose word rejects it (if not Affirmed)
    std::vector<std::size_t> itemOf;        // parallel to tokens: list item (comma-separated part) in its sentence
    std::vector<SentenceShape> shapes;      // parallel to sentences
    // Where each stem and each word occurs (token indexes, ascending): a
    // concept look-up visits only the tokens a phrase can start at instead
    // of trying every phrase at every token.
    std::unordered_map<std::string, std::vector<std::size_t>> tokensByStem;
    std::unordered_map<std::string, std::vector<std::size_t>> tokensByWord;

    // The sentence as evidence: cleaned for display (see cleanSentence()).
    std::string sentenceText(std::size_t sentence) const {
        const TextSpan& span = sentences.at(sentence);
        return cleanSentence(std::string_view(source).substr(span.begin, span.end - span.begin));
    }
};

}  // namespace rehearse
