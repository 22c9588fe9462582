#include "core/scenario/diagram_lint.hpp"

#include "core/canvas/canvas_shapes.hpp"
#include "core/canvas/diagram_import.hpp"
#include "core/canvas/text_layout.hpp"

#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace rehearse {
namespace {

// Overlaps thinner than this (world units, 1 = one pixel at 100%) are a
// touch, not a collision: an arrow 2 units wide grazing a corner reads fine.
constexpr double kTouch = 1;

// Where glyphs reach above and below a line's baseline, as a multiple of the
// font size. The PNG export scales DejaVu Sans so that its full height (ascent
// plus descent) is the font size: capitals then reach 0.63 above the
// baseline and descenders 0.2 below, and advance widths come out within a
// few percent of text_layout's Helvetica table, which is what is measured.
constexpr double kCapHeight = 0.63;
constexpr double kDescender = 0.2;

// Letters closer than this to the icon read as touching it.
constexpr double kIconClearance = 3;

// An arrowhead still reads as one with its base a quarter hidden.
constexpr double kHiddenHeadShare = 0.25;

// The plate behind an arrow label reaches this far past the text, as a
// multiple of the font size, as the SVG and PNG exports draw it.
constexpr double kPlatePad = 0.25;

// The checks compare every pair: a diagram a person reads has a few dozen
// elements, and a file crafted with a hundred thousand must not stall
// validate for hours.
constexpr std::size_t kMaxCheckedElements = 1000;

std::string quoted(const std::string& s) { return "'" + s + "'"; }
std::string units(double v) { return std::to_string(std::lround(v)); }

double cross(Vec2 a, Vec2 b) { return a.x * b.y - a.y * b.x; }

// The stretch [enter, leave] of the line p + t*u (u of unit length, t in
// world units) that lies inside `r`, or nothing when the line misses it.
std::optional<std::pair<double, double>> lineInsideRect(Vec2 p, Vec2 u, const Rect& r) {
    double enter = -std::numeric_limits<double>::infinity();
    double leave = std::numeric_limits<double>::infinity();
    const double starts[2] = {p.x, p.y}, steps[2] = {u.x, u.y};
    const double lows[2] = {r.x0, r.y0}, highs[2] = {r.x1, r.y1};
    for (int axis = 0; axis < 2; ++axis) {
        if (std::abs(steps[axis]) < 1e-12) {
            if (starts[axis] < lows[axis] || starts[axis] > highs[axis]) return std::nullopt;
            continue;
        }
        double a = (lows[axis] - starts[axis]) / steps[axis], b = (highs[axis] - starts[axis]) / steps[axis];
        if (a > b) std::swap(a, b);
        enter = std::max(enter, a);
        leave = std::min(leave, b);
    }
    if (enter > leave) return std::nullopt;
    return std::make_pair(enter, leave);
}

// How far the segment a-b runs inside `r`.
double segmentLengthInside(Vec2 a, Vec2 b, const Rect& r) {
    const double len = distance(a, b);
    if (len <= 0) return 0;
    const auto inside = lineInsideRect(a, (b - a) * (1 / len), r);
    if (!inside) return 0;
    return std::max(0.0, std::min(inside->second, len) - std::max(inside->first, 0.0));
}

// Whether two drawn arrows cross each other, or run along the same line
// (A -> B and B -> A drawn over each other, labels on top of each other).
bool arrowsCollide(Vec2 a0, Vec2 a1, Vec2 b0, Vec2 b1) {
    const Vec2 da = a1 - a0, db = b1 - b0;
    const double la = length(da), lb = length(db);
    if (la <= 0 || lb <= 0) return false;
    const double denominator = cross(da, db);
    if (std::abs(denominator) < 1e-9 * la * lb) {
        const Vec2 u = da * (1 / la);
        if (std::abs(cross(u, b0 - a0)) > kTouch) return false;  // parallel, apart
        const double s0 = dot(b0 - a0, u), s1 = dot(b1 - a0, u);
        return std::min(la, std::max(s0, s1)) - std::max(0.0, std::min(s0, s1)) > kTouch;
    }
    const double t = cross(b0 - a0, db) / denominator;  // along a, 0..1
    const double s = cross(b0 - a0, da) / denominator;  // along b, 0..1
    // Crossing within a touch of an end is two arrows meeting at a block.
    const double ta = kTouch / la, tb = kTouch / lb;
    return t > ta && t < 1 - ta && s > tb && s < 1 - tb;
}

bool overlapBeyondTouch(const Rect& a, const Rect& b) {
    return std::min(a.x1, b.x1) - std::max(a.x0, b.x0) > kTouch &&
           std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > kTouch;
}

Rect pathBounds(const ShapeList& shapes, const ShapePath& path) {
    Rect r{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
           -std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    for (uint32_t i = path.first; i < path.first + path.count; ++i) r = r.unitedWith(shapes.points[i]);
    return r.expanded(path.strokeWidth / 2);
}

// The block's kind icon as drawn: the paths the renderer adds after the
// body. The body's own paths are counted on a copy too small for an icon.
std::optional<Rect> iconBounds(const CanvasDocument& doc, const CanvasItem& item, const ShapeList& shapes) {
    CanvasItem tiny = item;
    tiny.w = tiny.h = 1;
    ShapeList body;
    appendItemShape(doc, tiny, ShapeDetail::Full, body);
    std::optional<Rect> icon;
    for (std::size_t i = body.paths.size(); i < shapes.paths.size(); ++i) {
        const Rect r = pathBounds(shapes, shapes.paths[i]);
        icon = icon ? icon->united(r) : r;
    }
    return icon;
}

// The label's text as drawn for `item` (an icon may bring texts of its own).
const ShapeText* labelText(const CanvasItem& item, const ShapeList& shapes) {
    if (item.label.empty()) return nullptr;
    for (const ShapeText& text : shapes.texts)
        if (text.text.data() == item.label.data()) return &text;
    return nullptr;
}

// Where the glyphs of each line of a laid-out label sit.
std::vector<Rect> inkOfLines(const ShapeText& text, const TextBlockLayout& layout) {
    std::vector<Rect> ink;
    for (std::size_t i = 0; i < layout.lines.size(); ++i) {
        const double width = approximateTextWidth(layout.lines[i], text.fontSize);
        if (width <= 0) continue;
        const double left = layout.centre ? layout.anchorX - width / 2 : layout.anchorX;
        const double baseline = layout.baseline(i);
        ink.push_back({left, baseline - kCapHeight * text.fontSize, left + width, baseline + kDescender * text.fontSize});
    }
    return ink;
}

class DiagramLint {
public:
    explicit DiagramLint(const Diagram& diagram) : m_diagram(diagram), m_doc(canvasFromDiagram(diagram)) {
        // canvasFromDiagram numbers the items 1..n in diagram order, then the arrows.
        const std::size_t n = diagram.items.size();
        for (std::size_t i = 0; i < n; ++i) m_blocks.push_back(m_doc.find(ItemId{i + 1}));
        for (std::size_t i = 0; i < diagram.arrows.size(); ++i) m_arrows.push_back(m_doc.find(ItemId{n + i + 1}));
    }

    std::vector<DiagramProblem> run() {
        if (m_blocks.size() > kMaxCheckedElements || m_arrows.size() > kMaxCheckedElements) {
            m_problems.push_back({"", "has " + std::to_string(m_blocks.size()) + " items and " +
                                          std::to_string(m_arrows.size()) + " arrows; the layout is checked only up to " +
                                          std::to_string(kMaxCheckedElements) + " of each"});
            return std::move(m_problems);
        }
        for (std::size_t i = 0; i < m_blocks.size(); ++i) {
            for (std::size_t j = i + 1; j < m_blocks.size(); ++j)
                if (overlapBeyondTouch(m_blocks[i]->bounds(), m_blocks[j]->bounds()))
                    addItem(i, block(i) + " overlaps " + block(j));
            lintBlockLabel(i);
        }
        for (std::size_t a = 0; a < m_arrows.size(); ++a) {
            if (!attached(a)) continue;
            const auto [start, end] = m_doc.arrowEnds(*m_arrows[a]);
            for (std::size_t i = 0; i < m_blocks.size(); ++i) {
                if (connects(a, i)) continue;
                if (segmentLengthInside(start, end, m_blocks[i]->bounds()) > kTouch)
                    addArrow(a, arrow(a) + " passes through " + block(i) + ", which it does not connect");
            }
            for (std::size_t b = a + 1; b < m_arrows.size(); ++b) {
                if (!attached(b)) continue;
                const auto [start2, end2] = m_doc.arrowEnds(*m_arrows[b]);
                if (arrowsCollide(start, end, start2, end2)) addArrow(a, arrow(a) + " crosses " + arrow(b));
            }
            lintArrowLabel(a, start, end);
        }
        return std::move(m_problems);
    }

private:
    std::string block(std::size_t i) const { return "block " + quoted(m_diagram.items[i].id); }
    std::string arrow(std::size_t a) const {
        const DiagramArrow& d = m_diagram.arrows[a];
        return "arrow " + quoted(d.id) + " (" + d.from + " -> " + d.to + ")";
    }
    bool attached(std::size_t a) const { return m_arrows[a]->from && m_arrows[a]->to; }
    bool connects(std::size_t a, std::size_t i) const {
        return m_arrows[a]->from == m_blocks[i]->id || m_arrows[a]->to == m_blocks[i]->id;
    }
    void addItem(std::size_t i, std::string message) {
        m_problems.push_back({"/items/" + std::to_string(i), std::move(message)});
    }
    void addArrow(std::size_t a, std::string message) {
        m_problems.push_back({"/arrows/" + std::to_string(a), std::move(message)});
    }

    // The label laid out as the renderer lays it out must stay inside the
    // area it is given and clear of the icon in the top-left corner.
    void lintBlockLabel(std::size_t i) {
        const CanvasItem& item = *m_blocks[i];
        ShapeList shapes;
        appendItemShape(m_doc, item, ShapeDetail::Full, shapes);
        const ShapeText* text = labelText(item, shapes);
        if (!text) return;
        const TextBlockLayout layout = layoutTextBlock(*text);
        const std::optional<Rect> icon = iconBounds(m_doc, item, shapes);
        const std::vector<Rect> ink = inkOfLines(*text, layout);
        // Across: within the block's outline (the text box only sets where
        // lines wrap); down: within the text box.
        const Rect area{item.bounds().x0, text->box.y0 - 0.5, item.bounds().x1, text->box.y1 + 0.5};
        double widest = 0;
        bool fits = true;
        for (const Rect& line : ink) {
            widest = std::max(widest, line.width());
            fits = fits && area.contains(line);
        }
        if (!fits)
            addItem(i, block(i) + " label " + quoted(item.label) + " does not fit inside the block: " +
                           std::to_string(layout.lines.size()) + " line(s), " + units(layout.total) + " high and " +
                           units(widest) + " wide, in " + units(area.width()) + " x " +
                           units(text->box.height()));
        for (std::size_t line = 0; icon && line < ink.size(); ++line) {
            if (overlapBeyondTouch(ink[line], icon->expanded(kIconClearance))) {
                addItem(i, block(i) + " label line " + quoted(layout.lines[line]) +
                               " runs under the block's icon (top-left); shorten it or break it differently");
                break;
            }
        }
    }

    // The label sits on a plate over the middle of the arrow: the arrow must
    // show on both sides of it and its head must stay uncovered; the plate
    // must not slip under a block (arrows are drawn beneath blocks).
    void lintArrowLabel(std::size_t a, Vec2 start, Vec2 end) {
        const CanvasItem& item = *m_arrows[a];
        ShapeList shapes;
        appendItemShape(m_doc, item, ShapeDetail::Full, shapes);
        const ShapeText* text = labelText(item, shapes);
        const double len = distance(start, end);
        if (!text || shapes.paths.empty() || len <= 0) return;
        const TextBlockLayout layout = layoutTextBlock(*text);
        double widest = 0;
        for (const std::string& line : layout.lines)
            widest = std::max(widest, approximateTextWidth(line, text->fontSize));
        const double pad = kPlatePad * text->fontSize, cx = text->box.centre().x;
        const Rect plate{cx - widest / 2 - pad, layout.top - pad / 2, cx + widest / 2 + pad,
                         layout.top + layout.total + pad / 2};
        // The shaft is the first path; it stops where the arrowhead begins.
        const ShapePath& shaft = shapes.paths.front();
        const double headStart = distance(start, shapes.points[shaft.first + shaft.count - 1]);
        const double headVisibleFrom = headStart + kHiddenHeadShare * (len - headStart);
        const auto covered = lineInsideRect(start, (end - start) * (1 / len), plate);
        bool endsCovered = false;
        if (covered && covered->first <= 0 && covered->second >= len) {
            addArrow(a, arrow(a) + " label " + quoted(item.label) + " needs " +
                            units(covered->second - covered->first) + " along the arrow but the arrow shows only " +
                            units(len) + " between the blocks' edges; move the blocks apart or shorten the label");
            endsCovered = true;
        } else if (covered && covered->second > headVisibleFrom) {
            addArrow(a, arrow(a) + " label " + quoted(item.label) + " covers the arrowhead: it needs " +
                            units(covered->second - covered->first) + " along the arrow, which leaves " +
                            units(headStart) + " before the head (" + units(len - headStart) +
                            " long); move the blocks apart or shorten the label");
            endsCovered = true;
        }
        for (std::size_t i = 0; i < m_blocks.size(); ++i) {
            if (endsCovered && connects(a, i)) continue;
            if (overlapBeyondTouch(plate, m_blocks[i]->bounds()))
                addArrow(a, arrow(a) + " label " + quoted(item.label) + " is partly hidden under " + block(i));
        }
    }

    const Diagram& m_diagram;
    CanvasDocument m_doc;
    std::vector<const CanvasItem*> m_blocks;  // by diagram item index
    std::vector<const CanvasItem*> m_arrows;  // by diagram arrow index
    std::vector<DiagramProblem> m_problems;
};

}  // namespace

std::vector<DiagramProblem> diagramProblems(const Diagram& diagram) { return DiagramLint(diagram).run(); }

}  // namespace rehearse
