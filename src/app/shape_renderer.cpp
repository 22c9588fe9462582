#include "app/shape_renderer.hpp"

#include <algorithm>
#include <cfloat>

namespace rehearse {

void ShapeRenderer::draw(ImDrawList* dl, const ShapeList& shapes, const ScreenTransform& t, float alpha,
                         float minTextPixels) {
    for (const ShapePath& path : shapes.paths) {
        m_points.resize(path.count);
        for (uint32_t i = 0; i < path.count; ++i) m_points[i] = t(shapes.points[path.first + i]);
        if (path.fill.visible() && path.count >= 3)
            dl->AddConvexPolyFilled(m_points.data(), int(path.count), toImColour(path.fill, alpha));
        if (path.stroke.visible() && path.count >= 2) {
            const float width = std::max(1.0f, float(path.strokeWidth * t.scale));
            dl->AddPolyline(m_points.data(), int(path.count), toImColour(path.stroke, alpha),
                            path.closed ? ImDrawFlags_Closed : ImDrawFlags_None, width);
        }
    }
    ImFont* font = ImGui::GetFont();
    for (const ShapeText& text : shapes.texts) {
        const float size = float(text.fontSize * t.scale);
        if (size < minTextPixels) continue;
        const ImU32 background = text.background.visible() ? toImColour(text.background, alpha) : 0;
        drawText(dl, font, size, toScreen(text.box, t), text.text, toImColour(text.colour, alpha), text.align,
                 background, false, text.keepClear ? std::optional<Rect>(toScreen(*text.keepClear, t)) : std::nullopt);
    }
}

Rect ShapeRenderer::toScreen(const Rect& world, const ScreenTransform& t) {
    const ImVec2 a = t({world.x0, world.y0}), b = t({world.x1, world.y1});
    return {a.x, a.y, b.x, b.y};
}

void ShapeRenderer::drawText(ImDrawList* dl, ImFont* font, float size, const Rect& box, std::string_view text,
                             ImU32 colour, TextAlign align, ImU32 background, bool clip,
                             const std::optional<Rect>& keepClear) {
    // The core lays the text out (line breaks, centring, the icon kept
    // clear), measured with this font: the same rule as every export.
    const TextMeasure measure = [font](std::string_view s, double px) {
        return double(font->CalcTextSizeA(float(px), FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x);
    };
    const TextBlockLayout layout = layoutText(text, size, box, align, keepClear, measure);
    const ImVec4 clipRect(float(box.x0), float(box.y0), float(box.x1), float(box.y1));
    if (background) {
        float widest = 0;
        for (double w : layout.widths) widest = std::max(widest, float(w));
        const float cx = float(layout.anchorX), top = float(layout.top), total = float(layout.total);
        const float pad = size * 0.25f;
        dl->AddRectFilled(ImVec2(cx - widest * 0.5f - pad, top - pad * 0.5f),
                          ImVec2(cx + widest * 0.5f + pad, top + total + pad * 0.5f), background, pad);
    }
    for (std::size_t i = 0; i < layout.lines.size(); ++i) {
        const std::string& line = layout.lines[i];
        if (line.empty()) continue;
        // On the layout's baseline, as in the exports.
        const float top = float(layout.baseline(i)) - font->Ascent * (size / font->FontSize);
        dl->AddText(font, size, ImVec2(float(layout.lineLeft(i)), top), colour, line.data(), line.data() + line.size(),
                    0.0f, clip ? &clipRect : nullptr);
    }
}

}  // namespace rehearse
