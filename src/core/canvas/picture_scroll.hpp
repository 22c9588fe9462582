// Panning a picture of the board instead of drawing it again: at the same
// zoom, a new picture keeps the last one's pixels, moved by a whole number
// of pixels, and only what they do not cover needs drawing. The arithmetic
// lives here, without GL, so it is tested on its own; the canvas view copies
// the pixels and draws the rest (app/offscreen_layer, app/canvas_view).
#pragma once

#include "core/canvas/canvas_geometry.hpp"

#include <vector>

namespace rehearse {

// Pixels of a picture: x0, y0 inclusive, x1, y1 exclusive, (0, 0) its top-left.
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    int width() const { return x1 - x0; }
    int height() const { return y1 - y0; }
    friend bool operator==(const PixelRect& a, const PixelRect& b) {
        return a.x0 == b.x0 && a.y0 == b.y0 && a.x1 == b.x1 && a.y1 == b.y1;
    }
};

struct PictureScroll {
    // The world point at the new picture's top-left: near the one asked
    // for, but a whole number of pixels from the last picture's, so old and
    // new pixels sit on one grid (what is drawn meets what is kept without a seam).
    Vec2 origin;
    // Where the last picture's top-left lands in the new one, in pixels.
    int keptX = 0, keptY = 0;
    // What of the new picture the kept pixels do not cover: at most four
    // disjoint rectangles; the whole picture when nothing is kept.
    std::vector<PixelRect> exposed;
    bool keepsNothing = false;
};

// A new `width` x `height` picture whose top-left should be at world point
// `wantedOrigin`, made from the last one (`lastWidth` x `lastHeight`, its
// top-left at `lastOrigin`), both at `zoom` pixels per world unit.
PictureScroll scrollPicture(Vec2 lastOrigin, int lastWidth, int lastHeight, Vec2 wantedOrigin, int width, int height,
                            double zoom);

// `area` without `kept`: bands above and below it across the whole area,
// then the parts left and right of it in its rows. Exposed for tests.
std::vector<PixelRect> uncovered(const PixelRect& area, const PixelRect& kept);

}  // namespace rehearse
