// Turns free text into lower-case words, the first step of every comparison
// the interviewer makes (clarifications, coverage, follow-up mentions).
//
// A word is a run of letters or digits. UTF-8 is decoded so that accented
// letters stay inside words ("café") while typographic punctuation (curly
// quotes, dashes, ellipses, no-break spaces) separates words like ASCII
// punctuation does. An apostrophe between two letters stays in the word so
// that the stemmer can strip possessives ("user's" -> "user").
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace rehearse {

struct Token {
    std::string word;        // lower-cased, UTF-8; apostrophes normalised to '
    std::size_t begin = 0;   // byte offsets into the source text
    std::size_t end = 0;
};

std::vector<Token> tokenize(std::string_view text);

// Just the words, for callers that need no positions.
std::vector<std::string> tokenWords(std::string_view text);

// Whether the words hold any of `any`; whether they hold `phrase` word for word.
bool hasWord(const std::vector<std::string>& words, std::initializer_list<std::string_view> any);
bool hasPhrase(const std::vector<std::string>& words, std::initializer_list<std::string_view> phrase);

}  // namespace rehearse
