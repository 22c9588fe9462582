// Sections: tool choice | pointer events | finishing a gesture | keys | hover and handles
// (actions on the selection, the clipboard and label editing: canvas_tool_actions.cpp)
#include "core/canvas/canvas_tool.hpp"

#include "core/canvas/canvas_hit_test.hpp"

#include <algorithm>
#include <cmath>

namespace rehearse {

namespace {

// Smallest size a dragged-out or resized item may have, in world units.
constexpr double kMinItemSize = 10;

bool contains(const std::vector<ItemId>& ids, ItemId id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Ramer-Douglas-Peucker: drops pen points that add nothing visible.
void simplify(const std::vector<Vec2>& in, size_t first, size_t last, double tolerance,
              std::vector<char>& keep) {
    if (last <= first + 1) return;
    double worst = -1;
    size_t worstIndex = first;
    for (size_t i = first + 1; i < last; ++i) {
        const double d = distanceToSegment(in[i], in[first], in[last]);
        if (d > worst) {
            worst = d;
            worstIndex = i;
        }
    }
    if (worst <= tolerance) return;
    keep[worstIndex] = 1;
    simplify(in, first, worstIndex, tolerance, keep);
    simplify(in, worstIndex, last, tolerance, keep);
}

}  // namespace

// ---------------------------------------------------------------------------
// Tool choice
// ---------------------------------------------------------------------------

void CanvasTool::setTool(ToolKind tool, ItemKind blockKind) {
    m_tool = tool;
    if (tool == ToolKind::Block) m_blockKind = isBlockKind(blockKind) ? blockKind : ItemKind::Box;
    m_cursor = tool == ToolKind::Select ? CursorHint::Arrow
               : tool == ToolKind::Text ? CursorHint::TextInput
                                        : CursorHint::Crosshair;
}

ItemId CanvasTool::reserveId(ToolContext& ctx, size_t count) {
    const ItemId first{ctx.nextId};
    ctx.nextId += count;
    return first;
}

double CanvasTool::snap(double v, Modifiers mods) const {
    if (!m_snap || mods.alt) return v;
    return std::round(v / kGridSize) * kGridSize;
}

bool CanvasTool::overThreshold(const ToolContext& ctx, Vec2 p) const {
    return distance(p, m_pressWorld) > ctx.dragThreshold * ctx.pixel;
}

const SpatialIndex& CanvasTool::index(const CanvasDocument& doc) {
    m_index.sync(doc);
    return m_index;
}

// ---------------------------------------------------------------------------
// Pointer events
// ---------------------------------------------------------------------------

void CanvasTool::pointerDown(ToolContext& ctx, Vec2 p, Modifiers mods, int clicks) {
    m_index.sync(ctx.doc);
    syncSelection(ctx.doc);
    if (busy()) cancel(ctx);
    m_pressWorld = p;
    m_preview = {};
    m_pending.reset();
    switch (m_tool) {
    case ToolKind::Select: selectDown(ctx, p, mods, clicks); break;
    case ToolKind::Block:
    case ToolKind::Text:
    case ToolKind::Note: createDown(ctx, p); break;
    case ToolKind::Arrow:
        m_gesture = Gesture::DrawingArrow;
        m_preview.kind = ToolPreview::Kind::Arrow;
        m_preview.start = m_preview.end = p;
        m_preview.attachFrom = hitTestAttachable(ctx.doc, m_index, p, ctx.hitTolerance * ctx.pixel);
        break;
    case ToolKind::Pen:
        m_gesture = Gesture::DrawingPen;
        m_preview.kind = ToolPreview::Kind::Pen;
        m_preview.pen = {p};
        break;
    }
}

void CanvasTool::selectDown(ToolContext& ctx, Vec2 p, Modifiers mods, int clicks) {
    const double tol = ctx.hitTolerance * ctx.pixel;
    const ItemId hit = hitTest(ctx.doc, m_index, p, tol);

    if (clicks >= 2) {
        // Double click: edit the label in place, or start free text on empty canvas.
        if (hit) {
            m_selection = {hit};
            beginLabelEdit(ctx.doc, hit);
        } else {
            const Vec2 size = defaultItemSize(ItemKind::Text);
            m_labelEdit = LabelEdit{ItemId{}, Rect::fromXywh(snap(p.x, mods), snap(p.y - size.y / 2, mods), size.x, size.y), {}};
        }
        return;
    }

    // Handles of the single selected item come before the items under them.
    const double handle = ctx.handleRadius * ctx.pixel;
    const std::vector<Vec2> corners = resizeHandles(ctx.doc);
    for (size_t i = 0; i < corners.size(); ++i)
        if (distance(p, corners[i]) <= handle) {
            m_gesture = Gesture::Resizing;
            m_resizeCorner = int(i);
            m_resizeStart = ctx.doc.find(m_selection[0])->bounds();
            return;
        }
    const std::vector<Vec2> ends = arrowHandles(ctx.doc);
    for (size_t i = 0; i < ends.size(); ++i)
        if (distance(p, ends[i]) <= handle) {
            m_gesture = Gesture::ArrowEnd;
            m_arrowEnd = int(i);
            return;
        }

    if (hit) {
        if (mods.shift && isSelected(hit)) {
            m_selection.erase(std::find(m_selection.begin(), m_selection.end(), hit));
            return;  // toggled off: nothing to drag
        }
        m_pressedWasSelected = isSelected(hit);
        if (mods.shift)
            m_selection.push_back(hit);
        else if (!m_pressedWasSelected)
            m_selection = {hit};
        m_gesture = Gesture::Pressed;
        m_pressedItem = hit;
        m_anchorBounds = ctx.doc.itemBounds(*ctx.doc.find(hit));
        return;
    }

    m_bandBase = mods.shift ? m_selection : std::vector<ItemId>{};
    if (!mods.shift) m_selection.clear();
    m_gesture = Gesture::RubberBand;
    m_preview.kind = ToolPreview::Kind::RubberBand;
    m_preview.rect = Rect::fromCorners(p, p);
}

void CanvasTool::createDown(ToolContext&, Vec2 p) {
    m_gesture = Gesture::Creating;
    m_preview.kind = ToolPreview::Kind::None;  // becomes CreateRect once dragged
    m_preview.rect = Rect::fromCorners(p, p);
    m_preview.itemKind = m_tool == ToolKind::Block  ? m_blockKind
                         : m_tool == ToolKind::Note ? ItemKind::Note
                                                    : ItemKind::Text;
}

void CanvasTool::pointerMove(ToolContext& ctx, Vec2 p, Modifiers mods) {
    m_index.sync(ctx.doc);
    switch (m_gesture) {
    case Gesture::None: updateHover(ctx, p); break;

    case Gesture::Pressed:
        if (!overThreshold(ctx, p)) break;
        m_gesture = Gesture::Moving;
        [[fallthrough]];
    case Gesture::Moving: {
        // Snap the pressed item's corner, and move everything by the same offset.
        const Vec2 raw = p - m_pressWorld;
        const Vec2 corner{m_anchorBounds.x0, m_anchorBounds.y0};
        const Vec2 offset = snap(corner + raw, mods) - corner;
        m_pending.reset();
        if ((offset.x != 0 || offset.y != 0) && !m_selection.empty())
            m_pending = MoveItems{m_selection, offset.x, offset.y};
        m_cursor = CursorHint::Move;
        break;
    }

    case Gesture::RubberBand: {
        m_preview.rect = Rect::fromCorners(m_pressWorld, p);
        m_selection = m_bandBase;
        for (ItemId id : itemsInside(ctx.doc, m_index, m_preview.rect))
            if (!contains(m_selection, id)) m_selection.push_back(id);
        break;
    }

    case Gesture::Resizing: {
        if (m_selection.empty() || (!overThreshold(ctx, p) && !m_pending)) break;
        const Vec2 corners[] = {{m_resizeStart.x0, m_resizeStart.y0}, {m_resizeStart.x1, m_resizeStart.y0},
                                {m_resizeStart.x1, m_resizeStart.y1}, {m_resizeStart.x0, m_resizeStart.y1}};
        const Vec2 fixed = corners[(m_resizeCorner + 2) % 4];
        const Vec2 moving = snap(p, mods);
        const double sx = corners[m_resizeCorner].x >= fixed.x ? 1 : -1;
        const double sy = corners[m_resizeCorner].y >= fixed.y ? 1 : -1;
        double w = std::max(kMinItemSize, (moving.x - fixed.x) * sx);
        double h = std::max(kMinItemSize, (moving.y - fixed.y) * sy);
        if (mods.shift && m_resizeStart.width() > 0 && m_resizeStart.height() > 0) {
            // Shift keeps the proportions.
            const double k = std::max(w / m_resizeStart.width(), h / m_resizeStart.height());
            w = m_resizeStart.width() * k;
            h = m_resizeStart.height() * k;
        }
        const Rect r = Rect::fromCorners(fixed, fixed + Vec2{w * sx, h * sy});
        m_pending.reset();
        if (!(r == m_resizeStart)) m_pending = ResizeItem::toBounds(m_selection[0], r);
        break;
    }

    case Gesture::ArrowEnd: {
        if (m_selection.empty()) break;
        const CanvasItem* arrow = ctx.doc.find(m_selection[0]);
        if (!arrow || arrow->kind != ItemKind::Arrow) break;
        const ItemId other = m_arrowEnd == 0 ? arrow->to : arrow->from;
        m_preview.kind = ToolPreview::Kind::None;
        if (!overThreshold(ctx, p) && !m_pending) break;
        // The end attaches to the item under the pointer, or stays free there.
        const ItemId target = hitTestAttachable(ctx.doc, m_index, p, ctx.hitTolerance * ctx.pixel, other);
        m_preview.attachTo = target;
        if (m_arrowEnd == 0)
            m_pending = SetArrowEnds{arrow->id, target, arrow->to, p, arrow->points[1]};
        else
            m_pending = SetArrowEnds{arrow->id, arrow->from, target, arrow->points[0], p};
        break;
    }

    case Gesture::Creating:
        if (m_preview.kind == ToolPreview::Kind::None && !overThreshold(ctx, p)) break;
        m_preview.kind = ToolPreview::Kind::CreateRect;
        m_preview.rect = Rect::fromCorners(snap(m_pressWorld, mods), snap(p, mods));
        break;

    case Gesture::DrawingArrow:
        m_preview.end = p;
        m_preview.attachTo = hitTestAttachable(ctx.doc, m_index, p, ctx.hitTolerance * ctx.pixel,
                                               m_preview.attachFrom);
        break;

    case Gesture::DrawingPen:
        if (m_preview.pen.empty() || distance(p, m_preview.pen.back()) >= 1.5 * ctx.pixel)
            m_preview.pen.push_back(p);
        break;
    }
}

void CanvasTool::pointerUp(ToolContext& ctx, Vec2 p, Modifiers mods) {
    m_index.sync(ctx.doc);
    pointerMove(ctx, p, mods);  // the release point counts
    switch (m_gesture) {
    case Gesture::None: break;
    case Gesture::Pressed:
        // A click on one of several selected items selects just that one.
        if (!mods.shift && m_pressedWasSelected) m_selection = {m_pressedItem};
        break;
    case Gesture::Moving:
    case Gesture::Resizing:
    case Gesture::ArrowEnd:
        // The whole drag becomes one command, so one journal entry and one
        // undo step; until now the view only showed it.
        if (m_pending) ctx.out.push_back(*m_pending);
        break;
    case Gesture::RubberBand: m_bandBase.clear(); break;
    case Gesture::Creating: finishCreate(ctx, p, mods); break;
    case Gesture::DrawingArrow: finishArrow(ctx, p); break;
    case Gesture::DrawingPen: finishPen(ctx); break;
    }
    m_pending.reset();
    m_gesture = Gesture::None;
    m_preview = {};
    updateHover(ctx, p);
}

void CanvasTool::cancel(ToolContext&) {
    // Nothing of a drag reaches the document before release: dropping the
    // pending command puts everything back where it was.
    m_pending.reset();
    m_gesture = Gesture::None;
    m_preview = {};
    m_bandBase.clear();
}

// ---------------------------------------------------------------------------
// Finishing a gesture
// ---------------------------------------------------------------------------

void CanvasTool::finishCreate(ToolContext& ctx, Vec2 p, Modifiers mods) {
    const ItemKind kind = m_preview.itemKind;
    Rect r = m_preview.rect;
    const bool dragged = m_preview.kind == ToolPreview::Kind::CreateRect && r.width() >= kMinItemSize &&
                         r.height() >= kMinItemSize;
    if (!dragged) {
        // A click places the kind's default size centred on the pointer.
        const Vec2 size = defaultItemSize(kind);
        const Vec2 corner = snap(p - size * 0.5, mods);
        r = Rect::fromXywh(corner.x, corner.y, size.x, size.y);
    }
    if (kind == ItemKind::Text) {
        // Text is created when its typing is committed: no empty text items.
        m_labelEdit = LabelEdit{ItemId{}, r, {}};
        if (!m_locked) setTool(ToolKind::Select);
        return;
    }
    CanvasItem item;
    item.kind = kind;
    item.x = r.x0;
    item.y = r.y0;
    item.w = r.width();
    item.h = r.height();
    item.stage = ctx.stage;
    item.colour = m_noteColour;
    // An ML block starts with its kind's name, selected in the editor so
    // typing replaces it.
    if (isBlockKind(kind) && kind != ItemKind::Box) item.label = itemKindTitle(kind);
    const ItemId id = reserveId(ctx);
    ctx.out.push_back(AddItems{{std::move(item)}});
    afterCreate(ctx, id, true);
}

void CanvasTool::finishArrow(ToolContext& ctx, Vec2 p) {
    const ItemId from = m_preview.attachFrom;
    const ItemId to = m_preview.attachTo;
    const bool longEnough = distance(p, m_pressWorld) > 2 * ctx.dragThreshold * ctx.pixel;
    if (!longEnough && !(from && to)) return;
    if (from && from == to) return;
    CanvasItem arrow;
    arrow.kind = ItemKind::Arrow;
    arrow.from = from;
    arrow.to = to;
    arrow.points = {m_pressWorld, p};
    arrow.stage = ctx.stage;
    const ItemId id = reserveId(ctx);
    ctx.out.push_back(AddItems{{std::move(arrow)}});
    afterCreate(ctx, id, false);
}

void CanvasTool::finishPen(ToolContext& ctx) {
    const std::vector<Vec2>& raw = m_preview.pen;
    if (raw.empty()) return;
    std::vector<char> keep(raw.size(), 0);
    keep.front() = keep.back() = 1;
    simplify(raw, 0, raw.size() - 1, 0.5 * ctx.pixel, keep);
    std::vector<Vec2> pts;
    for (size_t i = 0; i < raw.size(); ++i)
        if (keep[i]) pts.push_back(raw[i]);

    Rect b = Rect::fromCorners(pts.front(), pts.front());
    for (const Vec2& q : pts) b = b.unitedWith(q);
    // A straight stroke still needs a size to normalise against.
    if (b.width() < 1) b = {b.centre().x - 0.5, b.y0, b.centre().x + 0.5, b.y1};
    if (b.height() < 1) b = {b.x0, b.centre().y - 0.5, b.x1, b.centre().y + 0.5};
    CanvasItem stroke;
    stroke.kind = ItemKind::Pen;
    stroke.x = b.x0;
    stroke.y = b.y0;
    stroke.w = b.width();
    stroke.h = b.height();
    stroke.stage = ctx.stage;
    for (const Vec2& q : pts) stroke.points.push_back({(q.x - b.x0) / b.width(), (q.y - b.y0) / b.height()});
    reserveId(ctx);
    ctx.out.push_back(AddItems{{std::move(stroke)}});
    // The pen stays the pen: strokes come in runs.
}

void CanvasTool::afterCreate(ToolContext& ctx, ItemId id, bool editLabel) {
    m_selection = {id};
    if (editLabel) {
        const CanvasItem& added = std::get<AddItems>(ctx.out.back()).items[0];
        m_labelEdit = LabelEdit{id, added.bounds(), added.label};
    }
    if (!m_locked) setTool(ToolKind::Select);
}

// ---------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------

void CanvasTool::keyDown(ToolContext& ctx, CanvasKey key, Modifiers mods) {
    if (m_labelEdit) return;  // typing belongs to the label editor
    m_index.sync(ctx.doc);
    syncSelection(ctx.doc);
    switch (key) {
    case CanvasKey::Delete: deleteSelection(ctx); break;
    case CanvasKey::Escape:
        if (busy()) cancel(ctx);
        else if (m_tool != ToolKind::Select) setTool(ToolKind::Select);
        else m_selection.clear();
        break;
    case CanvasKey::Enter:
        if (m_selection.size() == 1) beginLabelEdit(ctx.doc, m_selection[0]);
        break;
    case CanvasKey::Left: nudgeSelection(ctx, {mods.shift ? -kGridSize : -1, 0}); break;
    case CanvasKey::Right: nudgeSelection(ctx, {mods.shift ? kGridSize : 1, 0}); break;
    case CanvasKey::Up: nudgeSelection(ctx, {0, mods.shift ? -kGridSize : -1}); break;
    case CanvasKey::Down: nudgeSelection(ctx, {0, mods.shift ? kGridSize : 1}); break;
    case CanvasKey::V: if (!mods.ctrl) setTool(ToolKind::Select); break;
    case CanvasKey::B: if (!mods.ctrl) setTool(ToolKind::Block, ItemKind::Box); break;
    case CanvasKey::A:
        if (mods.ctrl) selectAll(ctx.doc);
        else setTool(ToolKind::Arrow);
        break;
    case CanvasKey::T: if (!mods.ctrl) setTool(ToolKind::Text); break;
    case CanvasKey::N: if (!mods.ctrl) setTool(ToolKind::Note); break;
    case CanvasKey::P: if (!mods.ctrl) setTool(ToolKind::Pen); break;
    case CanvasKey::D: if (mods.ctrl) duplicateSelection(ctx); break;
    case CanvasKey::G: if (!mods.ctrl) m_snap = !m_snap; break;
    case CanvasKey::Q: if (!mods.ctrl) m_locked = !m_locked; break;
    case CanvasKey::BracketRight:
        if (mods.ctrl) reorderSelection(ctx, mods.shift ? ZOrderChange::Front : ZOrderChange::Forward);
        break;
    case CanvasKey::BracketLeft:
        if (mods.ctrl) reorderSelection(ctx, mods.shift ? ZOrderChange::Back : ZOrderChange::Backward);
        break;
    }
}

// ---------------------------------------------------------------------------
// Hover and handles
// ---------------------------------------------------------------------------

void CanvasTool::updateHover(ToolContext& ctx, Vec2 p) {
    m_hovered = m_tool == ToolKind::Select || m_tool == ToolKind::Arrow
                    ? hitTest(ctx.doc, m_index, p, ctx.hitTolerance * ctx.pixel)
                    : ItemId{};
    if (m_tool != ToolKind::Select) {
        m_cursor = m_tool == ToolKind::Text ? CursorHint::TextInput : CursorHint::Crosshair;
        return;
    }
    const double handle = ctx.handleRadius * ctx.pixel;
    const std::vector<Vec2> corners = resizeHandles(ctx.doc);
    for (size_t i = 0; i < corners.size(); ++i)
        if (distance(p, corners[i]) <= handle) {
            m_cursor = i % 2 == 0 ? CursorHint::ResizeNwse : CursorHint::ResizeNesw;
            return;
        }
    for (const Vec2& end : arrowHandles(ctx.doc))
        if (distance(p, end) <= handle) {
            m_cursor = CursorHint::Crosshair;
            return;
        }
    m_cursor = m_hovered ? CursorHint::Move : CursorHint::Arrow;
}

std::vector<Vec2> CanvasTool::resizeHandles(const CanvasDocument& doc) const {
    if (m_selection.size() != 1) return {};
    const CanvasItem* item = doc.find(m_selection[0]);
    if (!item || !hasBounds(item->kind)) return {};
    const Rect r = item->bounds();
    return {{r.x0, r.y0}, {r.x1, r.y0}, {r.x1, r.y1}, {r.x0, r.y1}};
}

std::vector<Vec2> CanvasTool::arrowHandles(const CanvasDocument& doc) const {
    if (m_selection.size() != 1) return {};
    const CanvasItem* item = doc.find(m_selection[0]);
    if (!item || item->kind != ItemKind::Arrow) return {};
    const auto [a, b] = doc.arrowEnds(*item);
    return {a, b};
}

}  // namespace rehearse
