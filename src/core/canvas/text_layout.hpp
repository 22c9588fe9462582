// Line breaking for exports, where no real font is at hand: widths come from
// a table of typical sans-serif advance widths (Helvetica-like), good to a few
// percent, which is all a label centred in a box needs. The on-screen view
// measures with its real font instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rehearse {

// Approximate width of `text` at `fontSize` (world units).
double approximateTextWidth(std::string_view text, double fontSize);

// Lines of `text` wrapped to `maxWidth`: hard breaks kept, words never split
// unless one alone is wider than the line.
std::vector<std::string> wrapText(std::string_view text, double fontSize, double maxWidth);

// Line height as a multiple of the font size, shared by every export.
inline constexpr double kLineHeight = 1.25;
// Baseline below the top of a line, as a multiple of the font size.
inline constexpr double kBaseline = 0.95;

}  // namespace rehearse
