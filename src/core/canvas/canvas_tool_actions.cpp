// CanvasTool, continued: what can be done to the selection (delete,
// duplicate, z order, nudge, recolour), the clipboard, and committing
// in-place label edits. The state machine itself is in canvas_tool.cpp.
#include "core/canvas/canvas_tool.hpp"

#include "core/canvas/canvas_clipboard.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <cmath>

namespace rehearse {

namespace {

// Smallest size a new text item may have, in world units.
constexpr double kMinTextSize = 10;

// A rough size for text we cannot measure (pasted plain text); the view
// re-fits text items when their label is next edited.
Vec2 estimateTextSize(const std::string& text) {
    size_t lines = 1, longest = 0, current = 0;
    for (size_t pos = 0; pos < text.size();) {
        if (readUtf8(text, pos) == '\n') {
            ++lines;
            longest = std::max(longest, current);
            current = 0;
        } else {
            ++current;
        }
    }
    longest = std::max(longest, current);
    const size_t columns = std::min<size_t>(longest, 60);
    lines += longest > 60 ? longest / 60 : 0;
    // Counts of characters and lines are small (columns <= 60), so exact as doubles.
    return {std::max(40.0, static_cast<double>(columns) * kTextFontSize * 0.55 + 8),
            static_cast<double>(lines) * kTextFontSize * 1.3 + 8};
}

std::string trimmed(const std::string& s) {
    const auto a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return {};
    const auto b = s.find_last_not_of(" \t\r\n");
    return s.substr(a, b - a + 1);
}

// At most `bytes` of `s`, cut before a character rather than inside one: half
// a UTF-8 sequence in a label makes every JSON writer downstream throw.
std::string prefixOfUtf8(const std::string& s, size_t bytes) {
    if (s.size() <= bytes) return s;
    return s.substr(0, utf8CharacterStart(s, bytes));
}

}  // namespace

// ---------------------------------------------------------------------------
// Selection and actions on it
// ---------------------------------------------------------------------------

bool CanvasTool::isSelected(ItemId id) const {
    return std::find(m_selection.begin(), m_selection.end(), id) != m_selection.end();
}

void CanvasTool::syncSelection(const CanvasDocument& doc) {
    const uint64_t next = doc.nextId().value;
    m_selection.erase(std::remove_if(m_selection.begin(), m_selection.end(),
                                     [&](ItemId id) { return id.value < next && !doc.find(id); }),
                      m_selection.end());
    if (m_hovered && !doc.find(m_hovered)) m_hovered = {};
    if (m_labelEdit && m_labelEdit->id && m_labelEdit->id.value < next && !doc.find(m_labelEdit->id))
        m_labelEdit.reset();
}

void CanvasTool::selectAll(const CanvasDocument& doc) {
    m_selection.clear();
    for (const CanvasItem& item : doc.items()) m_selection.push_back(item.id);
}

void CanvasTool::deleteSelection(ToolContext& ctx) {
    if (m_selection.empty()) return;
    ctx.out.push_back(RemoveItems{m_selection});
    m_selection.clear();
}

void CanvasTool::duplicateSelection(ToolContext& ctx) {
    std::vector<CanvasItem> items = copyItems(ctx.doc, m_selection);
    if (items.empty()) return;
    offsetItems(items, {kGridSize, kGridSize});
    for (CanvasItem& item : items) item.stage = ctx.stage;
    const ItemId first = reserveId(ctx, items.size());
    const size_t count = items.size();
    ctx.out.push_back(PasteItems{std::move(items)});
    m_selection.clear();
    for (size_t i = 0; i < count; ++i) m_selection.push_back(ItemId{first.value + i});
}

void CanvasTool::reorderSelection(ToolContext& ctx, ZOrderChange z) {
    if (!m_selection.empty()) ctx.out.push_back(ReorderItems{m_selection, z});
}

void CanvasTool::nudgeSelection(ToolContext& ctx, Vec2 delta) {
    if (!m_selection.empty()) ctx.out.push_back(MoveItems{m_selection, delta.x, delta.y});
}

void CanvasTool::setSelectionColour(ToolContext& ctx, NoteColour colour) {
    m_noteColour = colour;
    std::vector<ItemId> notes;
    for (ItemId id : m_selection)
        if (const CanvasItem* item = ctx.doc.find(id); item && item->kind == ItemKind::Note)
            notes.push_back(id);
    if (!notes.empty()) ctx.out.push_back(SetNoteColour{std::move(notes), colour});
}

// ---------------------------------------------------------------------------
// Clipboard
// ---------------------------------------------------------------------------

std::string CanvasTool::copySelection(const CanvasDocument& doc) const {
    return encodeClipboard(doc, m_selection);
}

std::string CanvasTool::cutSelection(ToolContext& ctx) {
    std::string payload = copySelection(ctx.doc);
    deleteSelection(ctx);
    return payload;
}

bool CanvasTool::paste(ToolContext& ctx, const std::string& text, std::optional<Vec2> at) {
    std::optional<std::vector<CanvasItem>> items = decodeClipboard(text);
    if (!items) {
        // Plain text from elsewhere becomes a text item.
        const std::string content = prefixOfUtf8(trimmed(text), 4000);
        if (content.empty()) return false;
        const Vec2 size = estimateTextSize(content);
        const Vec2 corner = at ? *at - size * 0.5 : Vec2{0, 0};
        CanvasItem item;
        item.kind = ItemKind::Text;
        item.x = corner.x;
        item.y = corner.y;
        item.w = size.x;
        item.h = size.y;
        item.label = content;
        item.stage = ctx.stage;
        const ItemId id = reserveId(ctx);
        ctx.out.push_back(AddItems{{std::move(item)}});
        m_selection = {id};
        return true;
    }
    if (items->empty()) return false;
    const Rect bounds = *itemsBounds(*items);
    Vec2 delta;
    if (at) {
        // Centred on the pointer, with the top-left corner on the grid.
        const Vec2 corner = *at - Vec2{bounds.width() / 2, bounds.height() / 2};
        delta = Vec2{snap(corner.x, {}), snap(corner.y, {})} - Vec2{bounds.x0, bounds.y0};
        m_pasteCascade = 0;
    } else {
        m_pasteCascade = text == m_lastPasted ? m_pasteCascade + 1 : 1;
        delta = Vec2{kGridSize, kGridSize} * double(m_pasteCascade);
    }
    m_lastPasted = text;
    offsetItems(*items, delta);
    for (CanvasItem& item : *items) item.stage = ctx.stage;
    const size_t count = items->size();
    const ItemId first = reserveId(ctx, count);
    ctx.out.push_back(PasteItems{std::move(*items)});
    m_selection.clear();
    for (size_t i = 0; i < count; ++i) m_selection.push_back(ItemId{first.value + i});
    return true;
}

// ---------------------------------------------------------------------------
// In-place label editing
// ---------------------------------------------------------------------------

void CanvasTool::beginLabelEdit(const CanvasDocument& doc, ItemId id) {
    const CanvasItem* item = doc.find(id);
    if (!item || item->kind == ItemKind::Pen) return;
    m_labelEdit = LabelEdit{id, doc.itemBounds(*item), item->label};
}

void CanvasTool::commitLabelEdit(ToolContext& ctx, const std::string& text, std::optional<Vec2> fittedSize) {
    if (!m_labelEdit) return;
    const LabelEdit edit = *m_labelEdit;
    m_labelEdit.reset();
    if (!edit.id) {
        if (trimmed(text).empty()) return;
        const Vec2 size = fittedSize ? *fittedSize : estimateTextSize(text);
        CanvasItem item;
        item.kind = ItemKind::Text;
        item.x = edit.rect.x0;
        item.y = edit.rect.y0;
        item.w = std::max(size.x, kMinTextSize);
        item.h = std::max(size.y, kMinTextSize);
        item.label = text;
        item.stage = ctx.stage;
        const ItemId id = reserveId(ctx);
        ctx.out.push_back(AddItems{{std::move(item)}});
        m_selection = {id};
        return;
    }
    const CanvasItem* item = ctx.doc.find(edit.id);
    if (!item) return;
    if (item->kind == ItemKind::Text && trimmed(text).empty()) {
        ctx.out.push_back(RemoveItems{{item->id}});  // emptied text goes away
        m_selection.clear();
        return;
    }
    const bool relabel = text != item->label;
    const bool refit = item->kind == ItemKind::Text && fittedSize &&
                       (std::abs(fittedSize->x - item->w) > 0.5 || std::abs(fittedSize->y - item->h) > 0.5);
    if (relabel && refit) ctx.out.push_back(BeginCanvasGroup{});
    if (relabel) ctx.out.push_back(SetItemLabel{item->id, text});
    if (refit) ctx.out.push_back(ResizeItem{item->id, item->x, item->y, fittedSize->x, fittedSize->y});
    if (relabel && refit) ctx.out.push_back(EndCanvasGroup{});
}

}  // namespace rehearse
