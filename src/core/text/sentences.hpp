// Cuts notes into sentences, the unit the debrief quotes as evidence.
//
// Notes are rarely prose: bullet lists, one idea per line, fragments. So a
// line break ends a sentence (unless the line is hard-wrapped prose: long,
// unpunctuated, and the next line goes on in lower case), as do . ! ? ; when
// followed by a space or the end — but not the dot of "e.g." or of "0.5".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rehearse {

struct TextSpan {
    std::size_t begin = 0;  // byte offsets into the source text
    std::size_t end = 0;
};

std::vector<TextSpan> splitSentences(std::string_view text);

// The sentence as the debrief shows it: surrounding blanks, bullet marks and
// Markdown heading marks removed, inner runs of white space collapsed.
std::string cleanSentence(std::string_view sentence);

}  // namespace rehearse
