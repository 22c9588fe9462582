// Text inside canvas items, laid out once for every renderer: the on-screen
// view (measuring with its real font), the PNG export (with its TrueType
// font) and the SVG and Excalidraw exports, where no font is at hand and
// widths come from a table of typical sans-serif advance widths
// (Helvetica-like), good to a few percent.
//
// A block's icon sits in its top-left corner. The layout keeps the label
// clear of it: a label that would run under the icon is moved into the room
// right of the icon, so no renderer draws a letter beneath it.
#pragma once

#include "core/canvas/canvas_geometry.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rehearse {

// Width of `text` at `fontSize`, in the same units as the font size.
using TextMeasure = std::function<double(std::string_view text, double fontSize)>;

// Approximate width of `text` at `fontSize` (world units): the measure of
// the exports without a font.
double approximateTextWidth(std::string_view text, double fontSize);

// Lines of `text` wrapped to `maxWidth` by the shared line-breaking rule
// (core/text/line_breaking.hpp): hard breaks kept, numbers kept whole with
// their units, a word cut only when it alone is wider than the line.
std::vector<std::string> wrapText(std::string_view text, double fontSize, double maxWidth);
std::vector<std::string> wrapText(std::string_view text, double fontSize, double maxWidth,
                                  const TextMeasure& measure);

// Line height as a multiple of the font size, shared by every renderer.
inline constexpr double kLineHeight = 1.25;
// Baseline below the top of a line, as a multiple of the font size.
inline constexpr double kBaseline = 0.95;

enum class TextAlign { Centre, TopLeft };

// A text broken into lines and placed: every renderer puts each line where
// this says, so they agree on where a label is.
struct TextBlockLayout {
    std::vector<std::string> lines;
    std::vector<double> widths;  // of each line, by the measure used
    double fontSize = 0;
    double lineHeight = 0;       // world units
    double top = 0;              // of the first line box
    double total = 0;            // height of all lines
    bool centre = true;
    double anchorX = 0;          // lines are centred on it, or start at it
    Rect box;                    // the area the lines were wrapped to

    double baseline(std::size_t line) const;  // y of the line's baseline
    double lineTop(std::size_t line) const { return top + double(line) * lineHeight; }
    double lineLeft(std::size_t line) const { return centre ? anchorX - widths[line] / 2 : anchorX; }
    // Where a line's ink is: its width, from ascender to descender.
    Rect lineRect(std::size_t line) const;
};

// Lays `text` out in `box`. When `keepClear` is given (an icon), the text
// stays out of that rectangle and a small gap around it.
TextBlockLayout layoutText(std::string_view text, double fontSize, const Rect& box, TextAlign align,
                           const std::optional<Rect>& keepClear = std::nullopt,
                           const TextMeasure& measure = approximateTextWidth);

}  // namespace rehearse
