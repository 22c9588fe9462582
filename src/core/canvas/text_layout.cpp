#include "core/canvas/text_layout.hpp"

#include "core/text/line_breaking.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
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
// sum of the widths of its parts, as the line breaker assumes.
int64_t charUnits(char32_t c) {
    if (c >= 32 && c < 127) return kWidths[c - 32];
    return 600;  // anything else (an invalid sequence is one U+FFFD): an average wide glyph
}

int64_t textUnits(std::string_view text) {
    int64_t units = 0;
    for (size_t pos = 0; pos < text.size();) units += charUnits(readUtf8(text, pos));
    return units;
}

// Room left between an icon and the text beside it: also covers a renderer
// whose font runs a few percent wider than the measure.
double iconGap(double fontSize) { return std::max(4.0, fontSize * 0.3); }

TextBlockLayout place(std::string_view text, double fontSize, const Rect& box, TextAlign align,
                      const TextMeasure& measure) {
    TextBlockLayout layout;
    layout.fontSize = fontSize;
    layout.box = box;
    const auto widthOf = [&](std::string_view s) { return measure(s, fontSize); };
    for (const LineSpan& span : breakLines(text, std::max(fontSize, box.width()), widthOf)) {
        const std::string_view line = span.in(text);
        layout.lines.emplace_back(line);
        layout.widths.push_back(widthOf(line));
    }
    layout.lineHeight = fontSize * kLineHeight;
    layout.total = layout.lineHeight * double(layout.lines.size());
    layout.centre = align == TextAlign::Centre;
    layout.top = layout.centre ? box.centre().y - layout.total / 2 : box.y0;
    layout.anchorX = layout.centre ? box.centre().x : box.x0;
    return layout;
}

bool overlaps(const TextBlockLayout& layout, const Rect& area) {
    for (std::size_t i = 0; i < layout.lines.size(); ++i)
        if (!layout.lines[i].empty() && layout.lineRect(i).intersects(area)) return true;
    return false;
}

}  // namespace

double approximateTextWidth(std::string_view text, double fontSize) {
    return double(textUnits(text)) / 1000.0 * fontSize;
}

std::vector<std::string> wrapText(std::string_view text, double fontSize, double maxWidth) {
    return wrapText(text, fontSize, maxWidth, approximateTextWidth);
}

std::vector<std::string> wrapText(std::string_view text, double fontSize, double maxWidth,
                                  const TextMeasure& measure) {
    std::vector<std::string> lines;
    const auto widthOf = [&](std::string_view s) { return measure(s, fontSize); };
    for (const LineSpan& span : breakLines(text, maxWidth, widthOf)) lines.emplace_back(span.in(text));
    return lines;
}

double TextBlockLayout::baseline(std::size_t line) const {
    // Centred in its line box, with the cap height taken as 0.7 of the size.
    return lineTop(line) + (lineHeight + 0.7 * fontSize) / 2;
}

Rect TextBlockLayout::lineRect(std::size_t line) const {
    // Ascenders reach about 0.75 of the size above the baseline, descenders
    // about 0.25 below: the line's ink, a little generous.
    const double b = baseline(line);
    const double x = lineLeft(line);
    return {x, b - 0.75 * fontSize, x + widths[line], b + 0.25 * fontSize};
}

TextBlockLayout layoutText(std::string_view text, double fontSize, const Rect& box, TextAlign align,
                           const std::optional<Rect>& keepClear, const TextMeasure& measure) {
    TextBlockLayout layout = place(text, fontSize, box, align, measure);
    if (!keepClear) return layout;
    const Rect clear = keepClear->expanded(iconGap(fontSize));
    if (!overlaps(layout, clear)) return layout;
    // The room right of the icon, full height: every line then starts past
    // it. (Lines are cut to fit, so none is wider than this room.)
    Rect beside = box;
    beside.x0 = std::max(box.x0, clear.x1);
    if (beside.width() < fontSize) beside.x0 = beside.x1 - fontSize;  // a sliver: at least one glyph wide
    return place(text, fontSize, beside, align, measure);
}

}  // namespace rehearse
