// Sections: raster (fills, strokes) | fonts (TrueType, built-in) | render | encode
#include "core/export/png_export.hpp"

#include "core/export/font_file.hpp"

#include "core/canvas/canvas_shapes.hpp"
#include "core/canvas/text_layout.hpp"
#include "core/numeric/checked_conversion.hpp"
#include "core/store/safe_file.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>

// stb's single-file libraries (Debian's libstb-dev), compiled here with
// static linkage so they cannot clash with copies inside other libraries.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#include <stb/stb_image_write.h>
#define STB_TRUETYPE_IMPLEMENTATION
#define STBTT_STATIC
#include <stb/stb_truetype.h>
#include <stb/stb_easy_font.h>

namespace rehearse {

namespace {

// ---------------------------------------------------------------------------
// Raster: an RGB canvas with even-odd scanline fills; anti-aliasing comes
// from drawing at a multiple of the output size and averaging down.
// Pixel coordinates come from doubles through clampToInt (a point far off
// the image must not overflow an int), and shapes with a non-finite point
// are skipped (NaN would break the sort of crossings).
// ---------------------------------------------------------------------------

bool allFinite(const std::vector<Vec2>& pts) {
    for (const Vec2& p : pts)
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
    return true;
}

class Raster {
public:
    Raster(int width, int height, Colour background)
        : m_w(width), m_h(height), m_px(size_t(width) * size_t(height) * 3) {
        for (size_t i = 0; i < m_px.size(); i += 3) {
            m_px[i] = background.r;
            m_px[i + 1] = background.g;
            m_px[i + 2] = background.b;
        }
    }

    int width() const { return m_w; }
    int height() const { return m_h; }

    void blend(int x, int y, Colour c, float coverage) {
        if (x < 0 || y < 0 || x >= m_w || y >= m_h) return;
        const float a = coverage * c.a / 255.0f;
        uint8_t* p = &m_px[(size_t(y) * size_t(m_w) + size_t(x)) * 3];
        p[0] = uint8_t(p[0] + (c.r - p[0]) * a + 0.5f);
        p[1] = uint8_t(p[1] + (c.g - p[1]) * a + 0.5f);
        p[2] = uint8_t(p[2] + (c.b - p[2]) * a + 0.5f);
    }

    void fillPolygon(const std::vector<Vec2>& pts, Colour c) {
        if (pts.size() < 3 || !c.visible() || !allFinite(pts)) return;
        double minY = pts[0].y, maxY = pts[0].y;
        for (const Vec2& p : pts) {
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
        const int y0 = clampToInt(std::floor(minY), 0, m_h), y1 = clampToInt(std::ceil(maxY), -1, m_h - 1);
        for (int y = y0; y <= y1; ++y) {
            const double sy = y + 0.5;
            m_xs.clear();
            for (size_t i = 0; i < pts.size(); ++i) {
                const Vec2& a = pts[i];
                const Vec2& b = pts[(i + 1) % pts.size()];
                if ((a.y <= sy && b.y > sy) || (b.y <= sy && a.y > sy))
                    m_xs.push_back(a.x + (sy - a.y) * (b.x - a.x) / (b.y - a.y));
            }
            std::sort(m_xs.begin(), m_xs.end());
            for (size_t i = 0; i + 1 < m_xs.size(); i += 2) {
                const int x0 = clampToInt(std::ceil(m_xs[i] - 0.5), 0, m_w);
                const int x1 = clampToInt(std::floor(m_xs[i + 1] - 0.5), -1, m_w - 1);
                for (int x = x0; x <= x1; ++x) blend(x, y, c, 1.0f);
            }
        }
    }

    void fillDisc(Vec2 centre, double r, Colour c) {
        if (!std::isfinite(centre.x) || !std::isfinite(centre.y) || !std::isfinite(r)) return;
        const int y0 = clampToInt(std::floor(centre.y - r), 0, m_h);
        const int y1 = clampToInt(std::ceil(centre.y + r), -1, m_h - 1);
        for (int y = y0; y <= y1; ++y) {
            const double dy = y + 0.5 - centre.y;
            if (dy * dy > r * r) continue;
            const double half = std::sqrt(r * r - dy * dy);
            const int x0 = clampToInt(std::ceil(centre.x - half - 0.5), 0, m_w);
            const int x1 = clampToInt(std::floor(centre.x + half - 0.5), -1, m_w - 1);
            for (int x = x0; x <= x1; ++x) blend(x, y, c, 1.0f);
        }
    }

    // Round joins and caps: a quad per segment and a disc per vertex. Discs
    // overlap the quads, so translucent strokes would double up; ours are opaque.
    void strokePolyline(const std::vector<Vec2>& pts, bool closed, double width, Colour c) {
        if (pts.empty() || !c.visible() || !allFinite(pts)) return;
        const double r = clampFinite(width / 2, 0.5, double(std::max(m_w, m_h)));
        const size_t segments = closed ? pts.size() : pts.size() - 1;
        for (size_t i = 0; i < segments; ++i) {
            const Vec2 a = pts[i], b = pts[(i + 1) % pts.size()];
            const Vec2 d = b - a;
            const double len = length(d);
            if (len < 1e-9) continue;
            const Vec2 n{-d.y / len * r, d.x / len * r};
            fillPolygon({a + n, b + n, b - n, a - n}, c);
        }
        for (const Vec2& p : pts) fillDisc(p, r, c);
    }

    PngImage downsample(int factor) const {
        PngImage out;
        out.width = m_w / factor;
        out.height = m_h / factor;
        out.rgb.resize(size_t(out.width) * size_t(out.height) * 3);
        const int area = factor * factor;
        for (int y = 0; y < out.height; ++y)
            for (int x = 0; x < out.width; ++x)
                for (int ch = 0; ch < 3; ++ch) {
                    int sum = 0;
                    for (int sy = 0; sy < factor; ++sy)
                        for (int sx = 0; sx < factor; ++sx)
                            sum += m_px[(size_t(y * factor + sy) * size_t(m_w) + size_t(x * factor + sx)) * 3 + size_t(ch)];
                    out.rgb[(size_t(y) * size_t(out.width) + size_t(x)) * 3 + size_t(ch)] = uint8_t((sum + area / 2) / area);
                }
        return out;
    }

private:
    int m_w, m_h;
    std::vector<uint8_t> m_px;
    std::vector<double> m_xs;
};

// ---------------------------------------------------------------------------
// Fonts
// ---------------------------------------------------------------------------

class TextPainter {
public:
    explicit TextPainter(const std::string& fontPath) {
        if (fontPath == "builtin") return;
        // By default the face the app draws with, so exported text measures
        // as it did on screen; the built-in strokes when none is installed.
        const std::vector<std::string> candidates{fontPath.empty() ? regularUiFontFile() : fontPath};
        for (const std::string& path : candidates) {
            std::ifstream in(path, std::ios::binary);
            if (!in) continue;
            m_data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
            const auto* bytes = reinterpret_cast<const unsigned char*>(m_data.data());
            if (!m_data.empty() && stbtt_InitFont(&m_font, bytes, stbtt_GetFontOffsetForIndex(bytes, 0))) {
                m_loaded = true;
                return;
            }
        }
    }

    double measure(const std::string& text, double px) {
        if (!m_loaded) return builtinWidth(text) * px / 10.0;
        const float scale = stbtt_ScaleForPixelHeight(&m_font, float(px));
        double x = 0;
        // The shared decoder (text/utf8.hpp), so an invalid byte draws as
        // U+FFFD here as it does on screen and in every other export.
        for (std::size_t pos = 0; pos < text.size();) {
            int advance = 0, lsb = 0;
            stbtt_GetCodepointHMetrics(&m_font, int(readUtf8(text, pos)), &advance, &lsb);
            x += static_cast<float>(advance) * scale;
        }
        return x;
    }

    void draw(Raster& r, double x, double baseline, const std::string& text, double px, Colour c) {
        if (!std::isfinite(x) || !std::isfinite(baseline) || !(px > 0 && px < 1e5)) return;
        if (!m_loaded) {
            drawBuiltin(r, x, baseline, text, px, c);
            return;
        }
        const float scale = stbtt_ScaleForPixelHeight(&m_font, float(px));
        // Glyphs past the right edge are not drawn (a line can be 100 KB long).
        for (std::size_t pos = 0; pos < text.size() && x < r.width();) {
            const int cp = int(readUtf8(text, pos));
            int advance = 0, lsb = 0;
            stbtt_GetCodepointHMetrics(&m_font, cp, &advance, &lsb);
            const float shift = float(x - std::floor(x));
            int x0, y0, x1, y1;
            stbtt_GetCodepointBitmapBoxSubpixel(&m_font, cp, scale, scale, shift, 0, &x0, &y0, &x1, &y1);
            const int w = x1 - x0, h = y1 - y0;
            if (w > 0 && h > 0) {
                m_glyph.assign(size_t(w) * size_t(h), 0);
                stbtt_MakeCodepointBitmapSubpixel(&m_font, m_glyph.data(), w, h, w, scale, scale, shift, 0, cp);
                const int ox = clampToInt(std::floor(x), -(1 << 20), 1 << 20) + x0;
                const int oy = clampToInt(std::round(baseline), -(1 << 20), 1 << 20) + y0;
                for (int gy = 0; gy < h; ++gy)
                    for (int gx = 0; gx < w; ++gx)
                        if (const uint8_t a = m_glyph[size_t(gy) * size_t(w) + size_t(gx)])
                            r.blend(ox + gx, oy + gy, c, a / 255.0f);
            }
            x += static_cast<float>(advance) * scale;
        }
    }

private:
    // stb_easy_font knows printable ASCII only.
    static std::string ascii(const std::string& text) {
        std::string out;
        for (std::size_t pos = 0; pos < text.size();) {
            const char32_t cp = readUtf8(text, pos);
            out += cp >= 32 && cp < 127 ? char(cp) : '?';
        }
        return out;
    }

    static double builtinWidth(const std::string& text) {
        std::string a = ascii(text);
        return stb_easy_font_width(a.data());
    }

    void drawBuiltin(Raster& r, double x, double baseline, const std::string& text, double px, Colour c) {
        // Glyphs are ~7 units tall on a 10-unit body: scale to the font size.
        const double k = px / 10.0;
        std::string a = ascii(text);
        // stb_easy_font writes at most 270 bytes of quads per character;
        // past INT_MAX bytes the text is cut rather than the size wrapped.
        m_quads.resize(std::min<size_t>(a.size() * 270 + 64, INT_MAX));
        const int quads = stb_easy_font_print(0, 0, a.data(), nullptr, m_quads.data(), int(m_quads.size()));
        const double top = baseline - 7.5 * k;
        for (int q = 0; q < quads; ++q) {
            std::vector<Vec2> pts;
            for (int v = 0; v < 4; ++v) {
                float xy[2];
                std::memcpy(xy, &m_quads[size_t(q) * 64 + size_t(v) * 16], sizeof xy);
                pts.push_back({x + xy[0] * k, top + xy[1] * k});
            }
            r.fillPolygon(pts, c);
        }
    }

    std::string m_data;
    stbtt_fontinfo m_font{};
    bool m_loaded = false;
    std::vector<uint8_t> m_glyph;
    std::vector<char> m_quads;
};

// ---------------------------------------------------------------------------
// Rendering the document
// ---------------------------------------------------------------------------

struct Mapping {
    Rect view;
    double scale;  // output pixels per world unit, times the supersampling
    Vec2 operator()(Vec2 w) const { return {(w.x - view.x0) * scale, (w.y - view.y0) * scale}; }
};

void drawText(Raster& r, TextPainter& painter, const Mapping& m, const ShapeText& text) {
    // Laid out with the font it is drawn in: a line is wrapped, centred and
    // kept clear of the block's icon by its real width.
    const TextMeasure measure = [&](std::string_view s, double size) {
        return m.scale > 0 ? painter.measure(std::string(s), size * m.scale) / m.scale : 0.0;
    };
    const TextBlockLayout layout = layoutTextBlock(text, measure);
    const double size = text.fontSize;
    const double px = size * m.scale;
    if (text.background.visible()) {
        const double widest = layout.widths.empty() ? 0 : *std::max_element(layout.widths.begin(), layout.widths.end());
        const double pad = size * 0.25, cx = layout.anchorX;
        const Vec2 a = m({cx - widest / 2 - pad, layout.top - pad / 2});
        const Vec2 b = m({cx + widest / 2 + pad, layout.top + layout.total + pad / 2});
        r.fillPolygon({a, {b.x, a.y}, b, {a.x, b.y}}, text.background);
    }
    for (size_t i = 0; i < layout.lines.size(); ++i) {
        const Vec2 at = m({layout.lineLeft(i), layout.baseline(i)});
        painter.draw(r, at.x, at.y, layout.lines[i], px, text.colour);
    }
}

}  // namespace

PngImage renderCanvas(const CanvasDocument& doc, const PngExportOptions& options) {
    const Rect view = doc.contentBounds().value_or(Rect{0, 0, 200, 100}).expanded(finiteOr(options.margin, 0));
    const int maxDimension = std::max(1, options.maxDimension);
    double scale = options.scale > 0 ? finiteOr(options.scale, 1.0) : 1.0;
    const double largest = std::max(view.width(), view.height()) * scale;
    // (A view that is not finite cannot be drawn: scale 0 gives a blank image.)
    if (!(largest <= maxDimension)) scale = std::isfinite(largest) ? scale * (maxDimension / largest) : 0;
    const int width = clampToInt(std::ceil(view.width() * scale), 1, maxDimension, 1);
    const int height = clampToInt(std::ceil(view.height() * scale), 1, maxDimension, 1);
    // 3x3 samples per pixel when it fits in ~64M samples, fewer for huge drawings.
    int ss = 3;
    while (ss > 1 && double(width) * height * ss * ss > 64e6) --ss;

    Raster raster(width * ss, height * ss, kCanvasBackground);
    TextPainter painter(options.fontPath);
    const Mapping m{view, scale * ss};
    ShapeList shapes;
    std::vector<Vec2> pts;
    for (const CanvasItem& item : doc.items()) {
        shapes.clear();
        appendItemShape(doc, item, ShapeDetail::Full, shapes);
        for (const ShapePath& path : shapes.paths) {
            pts.clear();
            for (uint32_t i = 0; i < path.count; ++i) pts.push_back(m(shapes.points[path.first + i]));
            if (path.fill.visible() && pts.size() >= 3) raster.fillPolygon(pts, path.fill);
            if (path.stroke.visible()) raster.strokePolyline(pts, path.closed, path.strokeWidth * m.scale, path.stroke);
        }
        for (const ShapeText& text : shapes.texts) drawText(raster, painter, m, text);
    }
    return raster.downsample(ss);
}

std::vector<uint8_t> exportPng(const CanvasDocument& doc, const PngExportOptions& options) {
    const PngImage image = renderCanvas(doc, options);
    std::vector<uint8_t> bytes;
    stbi_write_png_to_func(
        [](void* context, void* data, int size) {
            auto* out = static_cast<std::vector<uint8_t>*>(context);
            const auto* p = static_cast<const uint8_t*>(data);
            out->insert(out->end(), p, p + size);
        },
        &bytes, image.width, image.height, 3, image.rgb.data(), image.width * 3);
    return bytes;
}

bool writePng(const CanvasDocument& doc, const std::string& path, const PngExportOptions& options,
              std::string& error) {
    const std::vector<uint8_t> bytes = exportPng(doc, options);
    if (!bytes.empty()) return writeOutputFile(path, std::string(bytes.begin(), bytes.end()), error);
    error = "cannot write " + path + ": the image could not be encoded";
    return false;
}

}  // namespace rehearse
