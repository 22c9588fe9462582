// Sections: colours | path builders | icons (one per ML block) | bodies | items
#include "core/canvas/canvas_shapes.hpp"

#include "core/canvas/text_layout.hpp"
#include "core/numeric/checked_conversion.hpp"

#include <algorithm>
#include <cmath>

namespace rehearse {

namespace {

constexpr double kPi = 3.14159265358979323846;

// ---------------------------------------------------------------------------
// Colours: one hue per family of blocks, so a diagram reads at a glance
// (blue data, orange compute, purple models, green serving, red monitoring).
// ---------------------------------------------------------------------------

constexpr ItemStyle kNeutral{rgb(0xFFFFFF), rgb(0x334155)};
constexpr ItemStyle kPerson{rgb(0xF1F5F9), rgb(0x334155)};
constexpr ItemStyle kData{rgb(0xDBEAFE), rgb(0x1D4ED8)};
constexpr ItemStyle kCompute{rgb(0xFFEDD5), rgb(0xC2410C)};
constexpr ItemStyle kModel{rgb(0xEDE9FE), rgb(0x6D28D9)};
constexpr ItemStyle kServing{rgb(0xDCFCE7), rgb(0x15803D)};
constexpr ItemStyle kOps{rgb(0xFEE2E2), rgb(0xB91C1C)};

constexpr Colour kNoteFills[] = {rgb(0xFEF08A), rgb(0xFBCFE8), rgb(0xBBF7D0), rgb(0xBFDBFE),
                                 rgb(0xFED7AA)};
constexpr Colour kNoteStrokes[] = {rgb(0xCA8A04), rgb(0xDB2777), rgb(0x16A34A), rgb(0x2563EB),
                                   rgb(0xEA580C)};

constexpr Colour kLabelColour = rgb(0x0F172A);

Colour darker(Colour c, double f) {
    return Colour{uint8_t(c.r * f), uint8_t(c.g * f), uint8_t(c.b * f), c.a};
}

// ---------------------------------------------------------------------------
// Path builders
// ---------------------------------------------------------------------------

class Builder {
public:
    explicit Builder(ShapeList& out) : m_out(out) {}

    // Starts a path; add points with to(), finish with fillStroke()/stroke().
    Builder& begin() {
        m_first = uint32_t(m_out.points.size());
        return *this;
    }
    Builder& to(Vec2 p) {
        m_out.points.push_back(p);
        return *this;
    }
    Builder& to(double x, double y) { return to({x, y}); }
    Builder& arc(Vec2 c, double rx, double ry, double a0, double a1, int segments) {
        for (int i = 0; i <= segments; ++i) {
            const double a = a0 + (a1 - a0) * i / segments;
            to(c.x + std::cos(a) * rx, c.y + std::sin(a) * ry);
        }
        return *this;
    }
    void finish(bool closed, Colour fill, Colour stroke, double width) {
        ShapePath path;
        path.first = m_first;
        path.count = uint32_t(m_out.points.size()) - m_first;
        path.closed = closed;
        path.fill = fill;
        path.stroke = stroke;
        path.strokeWidth = float(width);
        if (path.count > 0) m_out.paths.push_back(path);
    }
    void fillStroke(Colour fill, Colour stroke, double width = 1.5) { finish(true, fill, stroke, width); }
    void strokeOpen(Colour stroke, double width = 1.5) { finish(false, {}, stroke, width); }
    void strokeClosed(Colour stroke, double width = 1.5) { finish(true, {}, stroke, width); }

    // Clockwise on screen (y down): top-left, top-right, bottom-right, bottom-left.
    Builder& rect(const Rect& r) { return begin().to(r.x0, r.y0).to(r.x1, r.y0).to(r.x1, r.y1).to(r.x0, r.y1); }
    Builder& roundedRect(const Rect& r, double radius) {
        radius = std::min({radius, r.width() / 2, r.height() / 2});
        if (radius <= 0.5) return rect(r);
        // Enough segments that a pill's ends look round, few for small corners.
        const int n = clampToInt(radius / 3, 3, 10);
        begin();
        arc({r.x0 + radius, r.y0 + radius}, radius, radius, kPi, 1.5 * kPi, n);
        arc({r.x1 - radius, r.y0 + radius}, radius, radius, 1.5 * kPi, 2 * kPi, n);
        arc({r.x1 - radius, r.y1 - radius}, radius, radius, 0, 0.5 * kPi, n);
        arc({r.x0 + radius, r.y1 - radius}, radius, radius, 0.5 * kPi, kPi, n);
        return *this;
    }
    Builder& ellipse(Vec2 c, double rx, double ry, int segments = 24) {
        begin();
        for (int i = 0; i < segments; ++i) {
            const double a = 2 * kPi * i / segments;
            to(c.x + std::cos(a) * rx, c.y + std::sin(a) * ry);
        }
        return *this;
    }
    void line(Vec2 a, Vec2 b, Colour stroke, double width = 1.5) { begin().to(a).to(b).strokeOpen(stroke, width); }

    void text(const Rect& box, std::string_view s, double size, Colour colour, TextAlign align,
              Colour background = {}, std::optional<Rect> keepClear = std::nullopt) {
        if (s.empty()) return;
        m_out.texts.push_back(ShapeText{box, s, size, colour, align, background, keepClear});
    }

private:
    ShapeList& m_out;
    uint32_t m_first = 0;
};

// Maps icon-local coordinates (0..1 in a square) into the icon's box.
struct IconFrame {
    Rect box;
    Vec2 at(double u, double v) const { return {box.x0 + u * box.width(), box.y0 + v * box.height()}; }
    double len(double u) const { return u * box.width(); }
};

// ---------------------------------------------------------------------------
// Icons: one small drawing per ML block, in its family's stroke colour
// ---------------------------------------------------------------------------

void iconUser(Builder& b, const IconFrame& f, Colour ink) {
    b.ellipse(f.at(0.5, 0.3), f.len(0.18), f.len(0.18), 16).fillStroke(ink, ink, 1);
    b.begin().arc(f.at(0.5, 0.95), f.len(0.34), f.len(0.36), kPi, 2 * kPi, 10).fillStroke(ink, ink, 1);
}

void iconRows(Builder& b, const IconFrame& f, Colour ink) {  // data source: a page of records
    b.rect({f.at(0.15, 0.08).x, f.at(0.15, 0.08).y, f.at(0.85, 0.92).x, f.at(0.85, 0.92).y})
        .strokeClosed(ink, 1.5);
    for (double v : {0.3, 0.5, 0.7}) b.line(f.at(0.3, v), f.at(0.7, v), ink, 1.5);
}

void iconStream(Builder& b, const IconFrame& f, Colour ink) {  // event stream: chevrons
    for (double u : {0.1, 0.4, 0.7})
        b.begin().to(f.at(u, 0.2)).to(f.at(u + 0.22, 0.5)).to(f.at(u, 0.8)).strokeOpen(ink, 2);
}

void iconGear(Builder& b, const IconFrame& f, Colour ink) {  // batch job
    const Vec2 c = f.at(0.5, 0.5);
    for (int i = 0; i < 8; ++i) {
        const double a = 2 * kPi * i / 8;
        const Vec2 d{std::cos(a), std::sin(a)};
        b.line(c + d * f.len(0.28), c + d * f.len(0.46), ink, 3);
    }
    b.ellipse(c, f.len(0.3), f.len(0.3), 16).fillStroke(ink, ink, 1);
    b.ellipse(c, f.len(0.12), f.len(0.12), 12).fillStroke(rgb(0xFFFFFF), ink, 1);
}

void iconTable(Builder& b, const IconFrame& f, Colour ink) {  // feature store
    const Rect r{f.at(0.1, 0.15).x, f.at(0.1, 0.15).y, f.at(0.9, 0.85).x, f.at(0.9, 0.85).y};
    b.rect({r.x0, r.y0, r.x1, r.y0 + r.height() / 3}).fillStroke(ink, ink, 1);
    b.rect(r).strokeClosed(ink, 1.5);
    for (double u : {1.0 / 3, 2.0 / 3}) b.line({r.x0 + r.width() * u, r.y0}, {r.x0 + r.width() * u, r.y1}, ink, 1);
    b.line({r.x0, r.y0 + r.height() * 2 / 3}, {r.x1, r.y0 + r.height() * 2 / 3}, ink, 1);
}

void iconLossCurve(Builder& b, const IconFrame& f, Colour ink) {  // training job
    b.begin().to(f.at(0.1, 0.1)).to(f.at(0.1, 0.9)).to(f.at(0.95, 0.9)).strokeOpen(ink, 1.5);
    b.begin();
    for (int i = 0; i <= 8; ++i) {
        const double u = i / 8.0;
        b.to(f.at(0.18 + 0.75 * u, 0.2 + 0.6 * (1 - std::exp(-3.5 * u))));
    }
    b.strokeOpen(ink, 2);
}

void iconLayers(Builder& b, const IconFrame& f, Colour ink) {  // model registry: versions
    for (int i = 2; i >= 0; --i) {
        const double o = 0.18 * i;
        b.rect({f.at(0.1 + o, 0.5 - o).x, f.at(0.1 + o, 0.5 - o).y, f.at(0.55 + o, 0.9 - o).x,
                f.at(0.55 + o, 0.9 - o).y})
            .fillStroke(rgb(0xFFFFFF), ink, 1.5);
    }
}

void iconNetwork(Builder& b, const IconFrame& f, Colour ink) {  // model
    const Vec2 in[] = {f.at(0.12, 0.2), f.at(0.12, 0.5), f.at(0.12, 0.8)};
    const Vec2 hidden[] = {f.at(0.5, 0.32), f.at(0.5, 0.68)};
    const Vec2 out = f.at(0.88, 0.5);
    for (Vec2 a : in)
        for (Vec2 h : hidden) b.line(a, h, ink, 1);
    for (Vec2 h : hidden) b.line(h, out, ink, 1);
    for (Vec2 p : in) b.ellipse(p, f.len(0.09), f.len(0.09), 10).fillStroke(ink, ink, 1);
    for (Vec2 p : hidden) b.ellipse(p, f.len(0.09), f.len(0.09), 10).fillStroke(ink, ink, 1);
    b.ellipse(out, f.len(0.1), f.len(0.1), 10).fillStroke(ink, ink, 1);
}

void iconServer(Builder& b, const IconFrame& f, Colour ink) {  // online service
    for (double v : {0.12, 0.55}) {
        b.roundedRect({f.at(0.08, v).x, f.at(0.08, v).y, f.at(0.92, v + 0.33).x, f.at(0.92, v + 0.33).y},
                      f.len(0.06))
            .strokeClosed(ink, 1.5);
        b.ellipse(f.at(0.25, v + 0.165), f.len(0.06), f.len(0.06), 8).fillStroke(ink, ink, 1);
        b.line(f.at(0.45, v + 0.165), f.at(0.8, v + 0.165), ink, 1.5);
    }
}

void iconBolt(Builder& b, const IconFrame& f, Colour ink) {  // cache
    // Two convex halves, so it fills correctly with convex-only fills.
    b.begin().to(f.at(0.6, 0.02)).to(f.at(0.62, 0.45)).to(f.at(0.2, 0.55)).fillStroke(ink, ink, 1);
    b.begin().to(f.at(0.38, 0.98)).to(f.at(0.36, 0.5)).to(f.at(0.8, 0.45)).fillStroke(ink, ink, 1);
}

void iconAb(Builder& b, const IconFrame& f, Colour ink, double fontSize) {  // A/B test
    const Rect left{f.at(0.0, 0.15).x, f.at(0.0, 0.15).y, f.at(0.48, 0.85).x, f.at(0.48, 0.85).y};
    const Rect right{f.at(0.52, 0.15).x, f.at(0.52, 0.15).y, f.at(1.0, 0.85).x, f.at(1.0, 0.85).y};
    b.rect(left).fillStroke(ink, ink, 1);
    b.rect(right).strokeClosed(ink, 1.5);
    b.text(left, "A", fontSize, rgb(0xFFFFFF), TextAlign::Centre);
    b.text(right, "B", fontSize, ink, TextAlign::Centre);
}

void iconPulse(Builder& b, const IconFrame& f, Colour ink) {  // monitoring
    b.roundedRect({f.at(0.05, 0.12).x, f.at(0.05, 0.12).y, f.at(0.95, 0.88).x, f.at(0.95, 0.88).y},
                  f.len(0.08))
        .strokeClosed(ink, 1.5);
    b.begin()
        .to(f.at(0.12, 0.55)).to(f.at(0.35, 0.55)).to(f.at(0.45, 0.25)).to(f.at(0.58, 0.78))
        .to(f.at(0.66, 0.5)).to(f.at(0.88, 0.5))
        .strokeOpen(ink, 1.8);
}

void iconCylinder(Builder& b, const IconFrame& f, Colour ink) {  // database (palette only)
    const Vec2 top = f.at(0.5, 0.22), bottom = f.at(0.5, 0.78);
    const double rx = f.len(0.38), ry = f.len(0.12);
    b.begin().arc(top, rx, ry, kPi, 2 * kPi, 8).arc(bottom, rx, ry, 0, kPi, 8).strokeClosed(ink, 1.5);
    b.begin().arc(top, rx, ry, 0, kPi, 8).strokeOpen(ink, 1.5);
}

void iconBox(Builder& b, const IconFrame& f, Colour ink) {
    b.roundedRect({f.at(0.1, 0.22).x, f.at(0.1, 0.22).y, f.at(0.9, 0.78).x, f.at(0.9, 0.78).y}, f.len(0.08))
        .strokeClosed(ink, 1.8);
}

void drawIcon(Builder& b, ItemKind kind, const Rect& box, Colour ink) {
    const IconFrame f{box};
    switch (kind) {
    case ItemKind::User: iconUser(b, f, ink); break;
    case ItemKind::DataSource: iconRows(b, f, ink); break;
    case ItemKind::EventStream: iconStream(b, f, ink); break;
    case ItemKind::BatchJob: iconGear(b, f, ink); break;
    case ItemKind::FeatureStore: iconTable(b, f, ink); break;
    case ItemKind::TrainingJob: iconLossCurve(b, f, ink); break;
    case ItemKind::ModelRegistry: iconLayers(b, f, ink); break;
    case ItemKind::Model: iconNetwork(b, f, ink); break;
    case ItemKind::OnlineService: iconServer(b, f, ink); break;
    case ItemKind::Cache: iconBolt(b, f, ink); break;
    case ItemKind::Database: iconCylinder(b, f, ink); break;
    case ItemKind::AbTest: iconAb(b, f, ink, box.height() * 0.5); break;
    case ItemKind::Monitoring: iconPulse(b, f, ink); break;
    case ItemKind::Box: iconBox(b, f, ink); break;
    default: break;
    }
}

// ---------------------------------------------------------------------------
// Bodies: each block's outline is recognisable even without its icon
// ---------------------------------------------------------------------------

void drawBody(Builder& b, const CanvasItem& item, const ItemStyle& s) {
    const Rect r = item.bounds();
    const double w = r.width(), h = r.height();
    switch (item.kind) {
    case ItemKind::User:  // a pill
        b.roundedRect(r, h / 2).fillStroke(s.fill, s.stroke);
        break;
    case ItemKind::DataSource: {  // the flowchart "data" parallelogram
        const double k = std::min(16.0, w * 0.12);
        b.begin().to(r.x0 + k, r.y0).to(r.x1, r.y0).to(r.x1 - k, r.y1).to(r.x0, r.y1).fillStroke(s.fill, s.stroke);
        break;
    }
    case ItemKind::EventStream: {  // a log: segments stacked towards the head
        b.roundedRect(r, 4).fillStroke(s.fill, s.stroke);
        for (int i = 1; i <= 3; ++i) {
            const double x = r.x1 - std::min(8.0, w * 0.05) * i;
            b.line({x, r.y0 + h * 0.2}, {x, r.y1 - h * 0.2}, s.stroke, 1);
        }
        break;
    }
    case ItemKind::BatchJob: {  // a stack of cards: many runs
        const double k = std::min(6.0, std::min(w, h) * 0.1);
        b.roundedRect({r.x0 + k, r.y0, r.x1, r.y1 - k}, 4).fillStroke(darker(s.fill, 0.94), s.stroke);
        b.roundedRect({r.x0, r.y0 + k, r.x1 - k, r.y1}, 4).fillStroke(s.fill, s.stroke);
        break;
    }
    case ItemKind::TrainingJob: {  // chamfered corners
        const double k = std::min({12.0, w * 0.2, h * 0.2});
        b.begin()
            .to(r.x0 + k, r.y0).to(r.x1 - k, r.y0).to(r.x1, r.y0 + k).to(r.x1, r.y1 - k)
            .to(r.x1 - k, r.y1).to(r.x0 + k, r.y1).to(r.x0, r.y1 - k).to(r.x0, r.y0 + k)
            .fillStroke(s.fill, s.stroke);
        break;
    }
    case ItemKind::ModelRegistry: {  // a folder with a tab
        const double tab = std::min(8.0, h * 0.15);
        b.roundedRect({r.x0, r.y0, r.x0 + w * 0.4, r.y0 + tab * 2}, 3).fillStroke(s.fill, s.stroke);
        b.roundedRect({r.x0, r.y0 + tab, r.x1, r.y1}, 4).fillStroke(s.fill, s.stroke);
        break;
    }
    case ItemKind::Model:  // heavier outline, rounder
        b.roundedRect(r, 14).fillStroke(s.fill, s.stroke, 2.5);
        break;
    case ItemKind::Database: {  // a cylinder
        const double ry = std::min(12.0, h * 0.15);
        const Vec2 top{r.centre().x, r.y0 + ry}, bottom{r.centre().x, r.y1 - ry};
        b.begin().arc(top, w / 2, ry, kPi, 2 * kPi, 12).arc(bottom, w / 2, ry, 0, kPi, 12)
            .fillStroke(s.fill, s.stroke);
        b.begin().arc(top, w / 2, ry, 0, kPi, 12).strokeOpen(s.stroke, 1.5);
        break;
    }
    case ItemKind::AbTest: {  // split down the middle: two arms
        b.roundedRect(r, 6).fillStroke(s.fill, s.stroke);
        break;
    }
    case ItemKind::Monitoring:
        b.roundedRect(r, 6).fillStroke(s.fill, s.stroke, 2);
        break;
    default: b.roundedRect(r, 6).fillStroke(s.fill, s.stroke); break;
    }
}

void drawBlock(Builder& b, const CanvasItem& item, ShapeDetail detail) {
    const ItemStyle s = itemStyle(item.kind);
    if (detail == ShapeDetail::Outline) {
        b.rect(item.bounds()).fillStroke(s.fill, s.stroke, 1);
        return;
    }
    drawBody(b, item, s);
    const Rect r = item.bounds();
    const std::optional<Rect> icon = blockIconBox(item);
    if (icon) drawIcon(b, item.kind, *icon, s.stroke);
    // The database's top ellipse and the event stream's log segments at its
    // right end: keep text clear of them too.
    const double topInset = item.kind == ItemKind::Database ? 10 : 0;
    const double rightInset = item.kind == ItemKind::EventStream ? 8 + 3 * std::min(8.0, r.width() * 0.05) : 8;
    b.text({r.x0 + 8, r.y0 + topInset, r.x1 - rightInset, r.y1}, item.label, kLabelFontSize, kLabelColour,
           TextAlign::Centre, {}, icon);
}

void drawNote(Builder& b, const CanvasItem& item, ShapeDetail detail) {
    const Rect r = item.bounds();
    const int c = static_cast<int>(item.colour);
    if (detail == ShapeDetail::Outline) {
        b.rect(r).fillStroke(kNoteFills[c], kNoteStrokes[c], 1);
        return;
    }
    // A sticky note with its bottom-right corner folded up.
    const double fold = std::min({18.0, r.width() * 0.2, r.height() * 0.2});
    b.begin().to(r.x0, r.y0).to(r.x1, r.y0).to(r.x1, r.y1 - fold).to(r.x1 - fold, r.y1).to(r.x0, r.y1)
        .fillStroke(kNoteFills[c], kNoteStrokes[c], 1);
    b.begin().to(r.x1, r.y1 - fold).to(r.x1 - fold, r.y1).to(r.x1 - fold, r.y1 - fold)
        .fillStroke(darker(kNoteFills[c], 0.85), kNoteStrokes[c], 1);
    b.text({r.x0 + 10, r.y0 + 10, r.x1 - 10, r.y1 - 10}, item.label, kLabelFontSize, kLabelColour,
           TextAlign::TopLeft);
}

void drawArrow(Builder& b, const CanvasDocument& doc, const CanvasItem& item, ShapeDetail detail,
               const BoardColours& board) {
    const auto [start, end] = doc.arrowEnds(item);
    const Vec2 d = end - start;
    const double len = length(d);
    const double head = std::min(14.0, len * 0.5);
    const Vec2 u = len > 0 ? d * (1 / len) : Vec2{1, 0};
    const Vec2 n{-u.y, u.x};
    const Vec2 base = end - u * head;
    b.line(start, len > head ? base : end, board.ink, 2);
    if (len > 0) b.begin().to(end).to(base + n * (head * 0.45)).to(base - n * (head * 0.45)).fillStroke(board.ink, board.ink, 1);
    if (detail == ShapeDetail::Full && !item.label.empty()) {
        const Vec2 mid = (start + end) * 0.5;
        b.text({mid.x - 80, mid.y - 12, mid.x + 80, mid.y + 12}, item.label, kLabelFontSize * 0.875,
               board.arrowLabel, TextAlign::Centre, board.background);
    }
}

void drawPen(Builder& b, const CanvasItem& item, const BoardColours& board) {
    b.begin();
    for (const Vec2& u : item.points) b.to(item.x + u.x * item.w, item.y + u.y * item.h);
    if (item.points.size() == 1) b.to(item.x + item.points[0].x * item.w + 0.5, item.y + item.points[0].y * item.h);
    b.strokeOpen(board.ink, 2.5);
}

}  // namespace

ItemStyle itemStyle(ItemKind kind, NoteColour colour) {
    switch (kind) {
    case ItemKind::User: return kPerson;
    case ItemKind::DataSource:
    case ItemKind::EventStream:
    case ItemKind::FeatureStore:
    case ItemKind::Database: return kData;
    case ItemKind::BatchJob:
    case ItemKind::TrainingJob: return kCompute;
    case ItemKind::ModelRegistry:
    case ItemKind::Model: return kModel;
    case ItemKind::OnlineService:
    case ItemKind::Cache:
    case ItemKind::AbTest: return kServing;
    case ItemKind::Monitoring: return kOps;
    case ItemKind::Note: return {kNoteFills[int(colour)], kNoteStrokes[int(colour)]};
    case ItemKind::Text:
    case ItemKind::Arrow:
    case ItemKind::Pen: return {{}, kInkColour};
    case ItemKind::Box: return kNeutral;
    }
    return kNeutral;
}

void appendItemShape(const CanvasDocument& doc, const CanvasItem& item, ShapeDetail detail, ShapeList& out) {
    appendItemShape(doc, item, detail, kLightBoard, out);
}

void appendItemShape(const CanvasDocument& doc, const CanvasItem& item, ShapeDetail detail,
                     const BoardColours& board, ShapeList& out) {
    Builder b(out);
    switch (item.kind) {
    case ItemKind::Arrow: drawArrow(b, doc, item, detail, board); break;
    case ItemKind::Pen: drawPen(b, item, board); break;
    case ItemKind::Note: drawNote(b, item, detail); break;
    case ItemKind::Text:
        if (detail == ShapeDetail::Full)
            b.text(item.bounds(), item.label, kTextFontSize, board.ink, TextAlign::TopLeft);
        break;
    default: drawBlock(b, item, detail); break;
    }
}

std::optional<Rect> blockIconBox(const CanvasItem& item) {
    switch (item.kind) {
    case ItemKind::Box:
    case ItemKind::Note:
    case ItemKind::Text:
    case ItemKind::Arrow:
    case ItemKind::Pen: return std::nullopt;
    default: break;
    }
    // In the top-left corner, inside the body's shape (past the slant of the
    // data parallelogram, below the registry's tab and the database's lid).
    const Rect r = item.bounds();
    const double size = std::min({22.0, r.height() * 0.32, r.width() * 0.25});
    if (!(size >= 6)) return std::nullopt;
    const double inset = item.kind == ItemKind::DataSource || item.kind == ItemKind::Database ? 14 : 7;
    const double top = item.kind == ItemKind::ModelRegistry || item.kind == ItemKind::Database ? 12 : 6;
    return Rect::fromXywh(r.x0 + inset, r.y0 + top, size, size);
}

void appendKindIcon(ItemKind kind, const Rect& box, ShapeList& out) {
    Builder b(out);
    drawIcon(b, kind, box, itemStyle(kind).stroke);
}

TextBlockLayout layoutTextBlock(const ShapeText& text, const TextMeasure& measure) {
    return layoutText(text.text, text.fontSize, text.box, text.align, text.keepClear, measure);
}

}  // namespace rehearse
