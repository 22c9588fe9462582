// Draws the core's renderer-neutral item shapes (ShapeList) with ImDrawList,
// transforming world to screen itself before every call: no vertex
// post-processing, no imgui_internal. Reuses its buffers across frames.
#pragma once

#include "core/canvas/canvas_shapes.hpp"

#include <imgui.h>

#include <optional>
#include <string_view>
#include <vector>

namespace rehearse {

// World-to-screen mapping: screen = (world - origin) * scale + offset.
struct ScreenTransform {
    Vec2 origin;
    double scale = 1;
    ImVec2 offset;

    ImVec2 operator()(Vec2 w) const {
        return ImVec2(float((w.x - origin.x) * scale) + offset.x, float((w.y - origin.y) * scale) + offset.y);
    }
};

inline ImU32 toImColour(Colour c, float alpha = 1.0f) {
    return IM_COL32(c.r, c.g, c.b, int(c.a * alpha));
}

class ShapeRenderer {
public:
    // `alpha` fades everything (previews); text smaller than `minTextPixels`
    // is skipped (illegible and the most expensive thing to draw).
    void draw(ImDrawList* dl, const ShapeList& shapes, const ScreenTransform& t, float alpha = 1.0f,
              float minTextPixels = 4.0f);

    // Text wrapped inside `box` (screen pixels), centred or from the
    // top-left, kept clear of `keepClear` (an icon, screen pixels).
    void drawText(ImDrawList* dl, ImFont* font, float size, const Rect& box, std::string_view text, ImU32 colour,
                  TextAlign align, ImU32 background, bool clip, const std::optional<Rect>& keepClear = std::nullopt);

private:
    static Rect toScreen(const Rect& world, const ScreenTransform& t);

    std::vector<ImVec2> m_points;
};

}  // namespace rehearse
