#include "app/shape_renderer.hpp"

#include <algorithm>
#include <cfloat>
#include <cstring>

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
        const ImVec2 a = t({text.box.x0, text.box.y0}), b = t({text.box.x1, text.box.y1});
        const ImU32 background = text.background.visible() ? toImColour(text.background, alpha) : 0;
        drawText(dl, font, size, a, b, text.text.data(), text.text.data() + text.text.size(),
                 toImColour(text.colour, alpha), text.align, background, false);
    }
}

void ShapeRenderer::drawText(ImDrawList* dl, ImFont* font, float size, const ImVec2& boxMin,
                             const ImVec2& boxMax, const char* begin, const char* end, ImU32 colour,
                             TextAlign align, ImU32 background, bool clip) {
    const float scale = size / font->FontSize;
    const float wrap = std::max(size, boxMax.x - boxMin.x);
    // Break into lines: hard breaks first, then word wrap inside each.
    m_lines.clear();
    const char* s = begin;
    while (s <= end) {
        const char* hard = static_cast<const char*>(std::memchr(s, '\n', size_t(end - s)));
        const char* lineEnd = hard ? hard : end;
        if (s == lineEnd) m_lines.push_back({s, s, 0});
        while (s < lineEnd) {
            const char* brk = font->CalcWordWrapPositionA(scale, s, lineEnd, wrap);
            if (brk <= s) brk = s + 1;
            const char* visibleEnd = brk;
            while (visibleEnd > s && (visibleEnd[-1] == ' ' || visibleEnd[-1] == '\r')) --visibleEnd;
            const float width = font->CalcTextSizeA(size, FLT_MAX, 0.0f, s, visibleEnd).x;
            m_lines.push_back({s, visibleEnd, width});
            s = brk;
            while (s < lineEnd && *s == ' ') ++s;
        }
        if (!hard) break;
        s = hard + 1;
    }
    const float lineHeight = size;
    const float total = lineHeight * float(m_lines.size());
    float y = align == TextAlign::Centre ? (boxMin.y + boxMax.y - total) * 0.5f : boxMin.y;
    const ImVec4 clipRect(boxMin.x, boxMin.y, boxMax.x, boxMax.y);
    if (background) {
        float widest = 0;
        for (const Line& line : m_lines) widest = std::max(widest, line.width);
        const float cx = (boxMin.x + boxMax.x) * 0.5f;
        const float pad = size * 0.25f;
        dl->AddRectFilled(ImVec2(cx - widest * 0.5f - pad, y - pad * 0.5f),
                          ImVec2(cx + widest * 0.5f + pad, y + total + pad * 0.5f), background, pad);
    }
    for (const Line& line : m_lines) {
        const float x = align == TextAlign::Centre ? (boxMin.x + boxMax.x - line.width) * 0.5f : boxMin.x;
        if (line.end > line.begin)
            dl->AddText(font, size, ImVec2(x, y), colour, line.begin, line.end, 0.0f, clip ? &clipRect : nullptr);
        y += lineHeight;
    }
}

}  // namespace rehearse
