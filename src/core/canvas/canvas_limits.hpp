// How far a canvas reaches: the limits every canvas item keeps, whatever
// wrote it (the tools, a session archive from a partner, the clipboard, a
// scenario's reference diagram, a canvas action in a journal).
//
// Why limits at all: a canvas is a whiteboard for one design; nobody draws
// 10 km away from the origin. Without limits, numbers such as 1e300 reach
// code that adds, multiplies and converts them (bounds, the spatial index,
// exports, the on-screen view in floats) and turn into inf, NaN, int
// overflow, a frozen app or an SVG with width="inf". Within these limits
// every sum and product of coordinates stays exact enough and far from
// overflow, in doubles and in floats.
//
// Readers of untrusted JSON reject an item beyond the limits with a message
// naming the field (CanvasFormatError); the editor clamps what edits produce
// (a drag past the edge stops at the edge), so the document always obeys them.
// docs/scenario-format.md ("Canvas limits") states them for users.
#pragma once

#include "core/canvas/canvas_item.hpp"

#include <optional>
#include <string>

namespace rehearse {

// Largest |x| and |y| of an item's corner or an arrow's point, world units.
inline constexpr double kMaxCanvasCoordinate = 1e7;
// Largest width and height of an item, world units.
inline constexpr double kMaxItemSize = 1e6;

// Nothing when `item` keeps the limits, else what is wrong ("x: 1e+300 is
// beyond the canvas limit of +-10000000"); NaN and inf count as beyond.
std::optional<std::string> canvasLimitProblem(const CanvasItem& item);

// Brings `item` inside the limits: coordinates and sizes clamped, NaN read as
// 0, pen points (fractions of the item's box) clamped to 0..1.
void clampToCanvasLimits(CanvasItem& item);

}  // namespace rehearse
