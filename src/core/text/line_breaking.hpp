// Where a paragraph breaks into lines, for every place that wraps text: the
// canvas, the SVG and PNG exports, and the app's wrapped text (feed, debrief).
// One rule, so a label wraps the same way on screen and in an export.
//
// Lines break at spaces only. Some spaces do not break: the one between a
// number and its unit ("200 ms", "5,000 QPS", "0.3 %"), so a figure is never
// read half on one line. A number itself holds no space, so "5,000" or
// "$1.5M" never splits (a general-purpose wrapper such as ImGui's breaks
// after the comma: "about 5," / "000 cases"). Only a word wider than a whole
// line is cut, between code points.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace rehearse {

// Width of a piece of text in whatever unit `maxWidth` is in (pixels, world
// units). Widths are taken to add up: the width of "a b" is that of "a",
// " " and "b" together.
using TextWidth = std::function<double(std::string_view)>;

// A line as a byte range of the text, without the spaces around the break.
struct LineSpan {
    std::size_t begin = 0, end = 0;
    std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
};

// The lines of `text` at `maxWidth`: hard breaks ('\n', "\r\n") kept, an
// empty text is one empty line.
std::vector<LineSpan> breakLines(std::string_view text, double maxWidth, const TextWidth& width);

// True when a break at the space between `before` and `after` (two words)
// would separate a number from its unit.
bool bindsNumberToUnit(std::string_view before, std::string_view after);

}  // namespace rehearse
