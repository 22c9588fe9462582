#include "core/canvas/text_layout.hpp"

#include <cstdint>

namespace rehearse {

namespace {

// Advance widths in 1/1000 em for printable ASCII (Helvetica's metrics).
constexpr short kWidths[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // ' '../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @..O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P.._
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // `..o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};      // p..~

// Widths are summed as whole 1/1000 em, so the width of a line is exactly the
// sum of the widths of its parts, in any order: wrapping can then grow a line
// word by word (linear time) and still decide exactly as if it measured the
// whole line each time.
int64_t charUnits(unsigned char c) {
    if (c >= 32 && c < 127) return kWidths[c - 32];
    return 600;  // anything else (one per UTF-8 sequence): an average wide glyph
}

int64_t textUnits(std::string_view text) {
    int64_t units = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) units += charUnits(c);  // count UTF-8 lead bytes only
    return units;
}

double unitsToWidth(int64_t units, double fontSize) { return double(units) / 1000.0 * fontSize; }

}  // namespace

double approximateTextWidth(std::string_view text, double fontSize) {
    return unitsToWidth(textUnits(text), fontSize);
}

std::vector<std::string> wrapText(std::string_view text, double fontSize, double maxWidth) {
    std::vector<std::string> lines;
    const int64_t spaceUnits = charUnits(' ');
    size_t start = 0;
    while (true) {
        const size_t hard = text.find('\n', start);
        const std::string_view para =
            text.substr(start, hard == std::string_view::npos ? std::string_view::npos : hard - start);
        // The line being filled is always para[lineBegin, lineEnd): words
        // joined by the single spaces between them, as written. Only its
        // width is kept up to date; the text is copied once, when it is done.
        size_t lineBegin = 0, lineEnd = 0;
        int64_t lineUnits = 0;
        size_t i = 0;
        while (i < para.size()) {
            size_t j = para.find(' ', i);
            if (j == std::string_view::npos) j = para.size();
            const int64_t wordUnits = textUnits(para.substr(i, j - i));
            if (lineEnd == lineBegin) {  // empty line: the word starts it, however wide
                lineBegin = i;
                lineUnits = wordUnits;
            } else if (unitsToWidth(lineUnits + spaceUnits + wordUnits, fontSize) > maxWidth) {
                lines.emplace_back(para.substr(lineBegin, lineEnd - lineBegin));
                lineBegin = i;
                lineUnits = wordUnits;
            } else {
                lineUnits += spaceUnits + wordUnits;
            }
            lineEnd = j;
            i = j + 1;
        }
        while (lineEnd > lineBegin && para[lineEnd - 1] == '\r') --lineEnd;
        lines.emplace_back(para.substr(lineBegin, lineEnd - lineBegin));
        if (hard == std::string_view::npos) break;
        start = hard + 1;
    }
    return lines;
}

}  // namespace rehearse
