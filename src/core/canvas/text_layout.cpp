#include "core/canvas/text_layout.hpp"

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

double charWidth(unsigned char c) {
    if (c >= 32 && c < 127) return kWidths[c - 32] / 1000.0;
    return 0.6;  // anything else (one per UTF-8 sequence): an average wide glyph
}

}  // namespace

double approximateTextWidth(std::string_view text, double fontSize) {
    double w = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) w += charWidth(c);  // count UTF-8 lead bytes only
    return w * fontSize;
}

std::vector<std::string> wrapText(std::string_view text, double fontSize, double maxWidth) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (true) {
        const size_t hard = text.find('\n', start);
        std::string_view para = text.substr(start, hard == std::string_view::npos ? std::string_view::npos : hard - start);
        std::string line;
        size_t i = 0;
        while (i < para.size()) {
            size_t j = para.find(' ', i);
            if (j == std::string_view::npos) j = para.size();
            const std::string_view word = para.substr(i, j - i);
            const std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
            if (!line.empty() && approximateTextWidth(candidate, fontSize) > maxWidth) {
                lines.push_back(line);
                line = std::string(word);
            } else {
                line = candidate;
            }
            i = j + 1;
        }
        while (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
        if (hard == std::string_view::npos) break;
        start = hard + 1;
    }
    return lines;
}

}  // namespace rehearse
