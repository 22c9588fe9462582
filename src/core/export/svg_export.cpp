#include "core/export/svg_export.hpp"

#include "core/canvas/canvas_shapes.hpp"
#include "core/canvas/text_layout.hpp"
#include "core/export/xml_text.hpp"
#include "core/numeric/checked_conversion.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace rehearse {

namespace {

// Numbers written out are clamped to +-1e9 (a hundred times the canvas
// limits, so never reached by a document that keeps them); NaN as 0. An
// SVG with width="inf" or "nan" is refused by every renderer.
constexpr double kMaxWritten = 1e9;

// Two decimals at most, no trailing zeros, never "-0": stable goldens.
std::string num(double v) {
    v = clampFinite(v, -kMaxWritten, kMaxWritten, 0);
    if (std::abs(v) < 0.005) return "0";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

std::string hex(Colour c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

void writePath(std::ostringstream& svg, const ShapeList& shapes, const ShapePath& path) {
    svg << "<path d=\"";
    for (uint32_t i = 0; i < path.count; ++i) {
        const Vec2& p = shapes.points[path.first + i];
        svg << (i == 0 ? "M" : " L") << num(p.x) << ' ' << num(p.y);
    }
    if (path.closed) svg << " Z";
    svg << "\" fill=\"" << (path.fill.visible() ? hex(path.fill) : "none") << '"';
    if (path.stroke.visible())
        svg << " stroke=\"" << hex(path.stroke) << "\" stroke-width=\"" << num(path.strokeWidth)
            << "\" stroke-linejoin=\"round\" stroke-linecap=\"round\"";
    svg << "/>\n";
}

void writeText(std::ostringstream& svg, const ShapeText& text) {
    const double size = text.fontSize;
    const TextBlockLayout layout = layoutTextBlock(text);
    const double x = layout.anchorX;
    if (text.background.visible()) {
        const double widest = layout.widths.empty() ? 0 : *std::max_element(layout.widths.begin(), layout.widths.end());
        const double pad = size * 0.25;
        svg << "<rect x=\"" << num(x - widest / 2 - pad) << "\" y=\"" << num(layout.top - pad / 2) << "\" width=\""
            << num(widest + 2 * pad) << "\" height=\"" << num(layout.total + pad) << "\" rx=\"" << num(pad)
            << "\" fill=\"" << hex(text.background) << "\"/>\n";
    }
    svg << "<text font-size=\"" << num(size) << "\" fill=\"" << hex(text.colour) << '"'
        << (layout.centre ? " text-anchor=\"middle\"" : "") << ">";
    for (size_t i = 0; i < layout.lines.size(); ++i)
        svg << "<tspan x=\"" << num(x) << "\" y=\"" << num(layout.baseline(i)) << "\">" << escapeXmlText(layout.lines[i])
            << "</tspan>";
    svg << "</text>\n";
}

}  // namespace

std::string exportSvg(const CanvasDocument& doc, const SvgExportOptions& options) {
    const Rect content = doc.contentBounds().value_or(Rect{0, 0, 200, 100});
    const Rect view = content.expanded(options.margin);
    std::ostringstream svg;
    svg << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << num(view.width()) << "\" height=\""
        << num(view.height()) << "\" viewBox=\"" << num(view.x0) << ' ' << num(view.y0) << ' '
        << num(view.width()) << ' ' << num(view.height())
        << "\" font-family=\"Inter, 'DejaVu Sans', Helvetica, Arial, sans-serif\">\n";
    if (!options.title.empty()) svg << "<title>" << escapeXmlText(options.title) << "</title>\n";
    if (options.background)
        svg << "<rect x=\"" << num(view.x0) << "\" y=\"" << num(view.y0) << "\" width=\"" << num(view.width())
            << "\" height=\"" << num(view.height()) << "\" fill=\"" << hex(kCanvasBackground) << "\"/>\n";

    ShapeList shapes;
    for (const CanvasItem& item : doc.items()) {
        shapes.clear();
        appendItemShape(doc, item, ShapeDetail::Full, shapes);
        svg << "<g id=\"item-" << item.id.value << "\" data-kind=\"" << itemKindId(item.kind) << '"';
        if (!item.stage.empty()) svg << " data-stage=\"" << escapeXmlText(item.stage) << '"';
        svg << ">\n";
        for (const ShapePath& path : shapes.paths) writePath(svg, shapes, path);
        for (const ShapeText& text : shapes.texts) writeText(svg, text);
        svg << "</g>\n";
    }
    svg << "</svg>\n";
    return svg.str();
}

}  // namespace rehearse
