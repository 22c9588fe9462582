#include "core/text/sentences.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace rehearse {

namespace {

// Abbreviations whose dot does not end a sentence (lower-case, without the dot).
constexpr std::string_view kAbbreviations[] = {"approx", "cf", "e.g", "eg", "etc", "i.e", "ie",
                                               "incl", "max", "min", "resp", "vs"};

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// The word (letters and inner dots) just before position `dot`, lower-cased.
std::string wordBefore(std::string_view text, std::size_t dot) {
    std::size_t start = dot;
    while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '.'))
        --start;
    std::string word(text.substr(start, dot - start));
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return word;
}

// Hard-wrapped prose ("...so ~115k QPS on average and\n  around 300k at peak")
// continues across the line break; notes typed one idea a line do not. The
// tell: a long line with no closing punctuation, followed by a line that
// starts in lower case and is not a list item.
bool continuesOnNextLine(std::string_view text, std::size_t newline) {
    std::size_t lineStart = text.rfind('\n', newline == 0 ? 0 : newline - 1);
    lineStart = (lineStart == std::string_view::npos || lineStart >= newline) ? 0 : lineStart + 1;
    std::size_t lineEnd = newline;
    while (lineEnd > lineStart && isSpace(text[lineEnd - 1])) --lineEnd;
    while (lineStart < lineEnd && isSpace(text[lineStart])) ++lineStart;
    constexpr std::size_t kWrappedLineLength = 40;
    if (lineEnd - lineStart < kWrappedLineLength) return false;
    const char last = text[lineEnd - 1];
    if (last == '.' || last == '!' || last == '?' || last == ';' || last == ':') return false;

    std::size_t next = newline + 1;
    while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
    if (next >= text.size() || !std::islower(static_cast<unsigned char>(text[next]))) return false;
    return true;
}

bool endsSentence(std::string_view text, std::size_t i) {
    const char c = text[i];
    if (c == '\n') return !continuesOnNextLine(text, i);
    if (c != '.' && c != '!' && c != '?' && c != ';') return false;
    const bool atEnd = i + 1 >= text.size();
    if (!atEnd && !isSpace(text[i + 1])) return false;  // "0.5", "e.g.x", "foo.bar"
    if (c == '.') {
        const std::string word = wordBefore(text, i);
        if (std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) != std::end(kAbbreviations))
            return false;
    }
    return true;
}

}  // namespace

std::vector<TextSpan> splitSentences(std::string_view text) {
    std::vector<TextSpan> spans;
    std::size_t start = 0;
    const auto flush = [&](std::size_t end) {
        bool blank = true;
        for (std::size_t i = start; i < end && blank; ++i) blank = isSpace(text[i]);
        if (!blank) spans.push_back({start, end});
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!endsSentence(text, i)) continue;
        flush(text[i] == '\n' ? i : i + 1);
        start = i + 1;
    }
    flush(text.size());
    return spans;
}

std::string cleanSentence(std::string_view sentence) {
    std::size_t begin = 0, end = sentence.size();
    while (begin < end && isSpace(sentence[begin])) ++begin;
    while (end > begin && isSpace(sentence[end - 1])) --end;
    // Leading list and heading marks: "- ", "* ", "+ ", "# ", "1. ", "• ".
    for (bool stripped = true; stripped && begin < end;) {
        stripped = false;
        const std::string_view rest = sentence.substr(begin, end - begin);
        if ((rest[0] == '-' || rest[0] == '*' || rest[0] == '+' || rest[0] == '#' || rest[0] == '>') &&
            (rest.size() == 1 || isSpace(rest[1]) || rest[1] == '#')) {
            ++begin;
            stripped = true;
        } else if (rest.substr(0, 3) == "\xE2\x80\xA2") {  // U+2022 bullet
            begin += 3;
            stripped = true;
        } else {
            std::size_t digits = 0;
            while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
            if (digits > 0 && digits + 1 < rest.size() && (rest[digits] == '.' || rest[digits] == ')') &&
                isSpace(rest[digits + 1])) {
                begin += digits + 1;
                stripped = true;
            }
        }
        while (begin < end && isSpace(sentence[begin])) ++begin;
    }
    std::string out;
    out.reserve(end - begin);
    bool lastSpace = false;
    for (std::size_t i = begin; i < end; ++i) {
        const bool space = isSpace(sentence[i]);
        if (space && lastSpace) continue;
        out += space ? ' ' : sentence[i];
        lastSpace = space;
    }
    return out;
}

}  // namespace rehearse
