// What an item looks like, as renderer-neutral primitives in world units:
// paths (optionally filled, optionally stroked) and text boxes. The ImGui
// view, the SVG export and the PNG export all draw these, so an item looks
// the same on screen and in every export, and a new kind's icon is written
// once.
#pragma once

#include "core/canvas/canvas_document.hpp"
#include "core/canvas/text_layout.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace rehearse {

struct Colour {
    uint8_t r = 0, g = 0, b = 0, a = 0;  // a == 0: not drawn
    bool visible() const { return a != 0; }
    friend bool operator==(Colour x, Colour y) { return x.r == y.r && x.g == y.g && x.b == y.b && x.a == y.a; }
};

constexpr Colour rgb(uint32_t hex) {
    return Colour{uint8_t(hex >> 16), uint8_t(hex >> 8), uint8_t(hex), 255};
}

struct ShapePath {
    uint32_t first = 0, count = 0;  // range in ShapeList::points
    bool closed = false;
    Colour fill;                    // fills are always convex, wound clockwise (y down)
    Colour stroke;
    float strokeWidth = 1;          // world units
};

struct ShapeText {
    Rect box;                       // wrap width and alignment area
    std::string_view text;          // points into the item: valid while the document is
    double fontSize = 16;           // world units
    Colour colour;
    TextAlign align = TextAlign::Centre;
    Colour background;              // arrow labels sit on a small plate
    std::optional<Rect> keepClear;  // the block's icon: no letter is drawn under it
};

// A ShapeText broken into lines and placed in its box, measured with
// `measure` (the renderer's font when it has one): shared by the view and
// the exports so all put every line in the same place.
TextBlockLayout layoutTextBlock(const ShapeText& text, const TextMeasure& measure = approximateTextWidth);

// Primitives of one or more items, in drawing order (paths first, then texts,
// per item). Reused across frames: clear() keeps the storage.
struct ShapeList {
    std::vector<Vec2> points;
    std::vector<ShapePath> paths;
    std::vector<ShapeText> texts;

    void clear() {
        points.clear();
        paths.clear();
        texts.clear();
    }
};

// Full: the kind's shape, icon and label. Outline: just the body, for items
// too small on screen for icons and text to be legible (zoomed far out).
enum class ShapeDetail { Full, Outline };

// The board items are drawn on: what free ink (text, arrows, pen strokes,
// arrow label plates) is drawn in. Blocks and notes keep their own fills.
struct BoardColours {
    Colour background, grid, ink, selection;
    Colour arrowLabel;  // arrow labels, on a plate of the background
};

void appendItemShape(const CanvasDocument& doc, const CanvasItem& item, ShapeDetail detail,
                     ShapeList& out);
void appendItemShape(const CanvasDocument& doc, const CanvasItem& item, ShapeDetail detail,
                     const BoardColours& board, ShapeList& out);

// Where a block draws its icon (top-left corner), or nothing for kinds
// without one and blocks too small for it.
std::optional<Rect> blockIconBox(const CanvasItem& item);

// The kind's icon alone, filling `box` (the toolbar's palette buttons).
void appendKindIcon(ItemKind kind, const Rect& box, ShapeList& out);

// Canvas colours, shared by the view and the exports.
inline constexpr Colour kCanvasBackground = rgb(0xF8FAFC);
inline constexpr Colour kCanvasGrid = rgb(0xE2E8F0);
inline constexpr Colour kInkColour = rgb(0x1F2937);
inline constexpr Colour kSelectionColour = rgb(0x2563EB);

// The light board: every export and the app's default. The dark board is
// for the app's dark theme (slate, light ink).
inline constexpr BoardColours kLightBoard{kCanvasBackground, kCanvasGrid, kInkColour, kSelectionColour,
                                             rgb(0x0F172A)};
inline constexpr BoardColours kDarkBoard{rgb(0x111827), rgb(0x273244), rgb(0xE5E7EB), rgb(0x60A5FA),
                                            rgb(0xF1F5F9)};
struct ItemStyle {
    Colour fill;
    Colour stroke;
};
ItemStyle itemStyle(ItemKind kind, NoteColour colour = NoteColour::Yellow);

}  // namespace rehearse
