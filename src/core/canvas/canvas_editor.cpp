#include "core/canvas/canvas_editor.hpp"

#include "core/canvas/canvas_limits.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace rehearse {

namespace {

std::unordered_set<ItemId> existingIds(const CanvasDocument& doc, const std::vector<ItemId>& ids) {
    std::unordered_set<ItemId> out;
    for (ItemId id : ids)
        if (doc.find(id)) out.insert(id);
    return out;
}

// Indices of `ids` in z order, ascending.
std::vector<size_t> sortedIndices(const CanvasDocument& doc, const std::unordered_set<ItemId>& ids) {
    std::vector<size_t> out;
    for (ItemId id : ids)
        if (auto index = doc.indexOf(id)) out.push_back(*index);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

// ---------------------------------------------------------------------------
// Commands and history
// ---------------------------------------------------------------------------

// Each command as the apply function that turns it into primitive edits.
struct CanvasEditor::CommandApplier {
    CanvasEditor& editor;
    void operator()(const AddItems& c) const { editor.applyAdd(c.items, false); }
    void operator()(const PasteItems& c) const { editor.applyAdd(c.items, true); }
    void operator()(const RemoveItems& c) const { editor.applyRemove(c.ids); }
    void operator()(const MoveItems& c) const { editor.applyMove(c); }
    void operator()(const ResizeItem& c) const { editor.applyResize(c); }
    void operator()(const SetItemLabel& c) const { editor.applySetLabel(c); }
    void operator()(const SetNoteColour& c) const { editor.applySetColour(c); }
    void operator()(const SetArrowEnds& c) const { editor.applySetArrow(c); }
    void operator()(const ReorderItems& c) const { editor.applyReorder(c); }
    void operator()(const BeginCanvasGroup&) const {
        if (editor.m_groupDepth++ == 0) editor.openEntry();
    }
    void operator()(const EndCanvasGroup&) const {
        if (editor.m_groupDepth > 0 && --editor.m_groupDepth == 0) editor.closeEntry();
    }
};

void CanvasEditor::apply(const CanvasCommand& c) {
    const bool grouping = std::holds_alternative<BeginCanvasGroup>(c) || std::holds_alternative<EndCanvasGroup>(c);
    if (grouping) {
        std::visit(CommandApplier{*this}, c);
        return;
    }
    if (m_groupDepth == 0) openEntry();
    // A group is named after its first command: a label typed and the box
    // grown to fit it is "Edit label".
    if (m_current.description.empty()) m_current.description = describeCanvasCommand(c);
    std::visit(CommandApplier{*this}, c);
    if (m_groupDepth == 0) closeEntry();
}

bool CanvasEditor::canUndo() const { return !m_undo.empty() || !m_current.edits.empty(); }

void CanvasEditor::undo() {
    if (m_groupDepth > 0) {
        m_groupDepth = 0;
        closeEntry();
    }
    if (m_undo.empty()) return;
    Entry entry = std::move(m_undo.back());
    m_undo.pop_back();
    for (auto it = entry.edits.rbegin(); it != entry.edits.rend(); ++it) backward(*it);
    m_redo.push_back(std::move(entry));
}

void CanvasEditor::redo() {
    if (m_groupDepth > 0) {
        m_groupDepth = 0;
        closeEntry();
    }
    if (m_redo.empty()) return;
    Entry entry = std::move(m_redo.back());
    m_redo.pop_back();
    for (const Edit& edit : entry.edits) forward(edit);
    m_undo.push_back(std::move(entry));
}

const std::string& CanvasEditor::describeStep(size_t step) const {
    static const std::string none;
    if (step == 0 || step > historySteps()) return none;
    if (step <= m_undo.size()) return m_undo[step - 1].description;
    // m_redo.back() is the next redo, the step just above the current one.
    return m_redo[m_redo.size() - (step - m_undo.size())].description;
}

void CanvasEditor::goToStep(size_t step) {
    if (m_groupDepth > 0) {
        m_groupDepth = 0;
        closeEntry();
    }
    step = std::min(step, historySteps());
    while (m_undo.size() > step) undo();
    while (m_undo.size() < step) redo();
}

void CanvasEditor::clearHistory() {
    m_undo.clear();
    m_redo.clear();
    m_current = {};
    m_groupDepth = 0;
    m_replaceEditById.clear();
}

void CanvasEditor::openEntry() {
    m_current = {};
    m_replaceEditById.clear();
}

void CanvasEditor::closeEntry() {
    if (!m_current.edits.empty()) m_undo.push_back(std::move(m_current));
    m_current = {};
    m_replaceEditById.clear();
}

void CanvasEditor::forward(const Edit& e) {
    switch (e.type) {
    case Edit::Type::Insert: m_document.insertAt(e.index, e.after); break;
    case Edit::Type::Erase: m_document.eraseAt(e.index); break;
    case Edit::Type::Replace: m_document.replaceAt(e.index, e.after); break;
    case Edit::Type::Move: m_document.moveIndex(e.index, e.toIndex); break;
    }
}

void CanvasEditor::backward(const Edit& e) {
    switch (e.type) {
    case Edit::Type::Insert: m_document.eraseAt(e.index); break;
    case Edit::Type::Erase: m_document.insertAt(e.index, e.before); break;
    case Edit::Type::Replace: m_document.replaceAt(e.index, e.before); break;
    case Edit::Type::Move: m_document.moveIndex(e.toIndex, e.index); break;
    }
}

// ---------------------------------------------------------------------------
// Primitive edits
// ---------------------------------------------------------------------------

void CanvasEditor::record(Edit edit) {
    m_redo.clear();  // a new edit forks history
    if (edit.type != Edit::Type::Replace) m_replaceEditById.clear();
    m_current.edits.push_back(std::move(edit));
}

void CanvasEditor::insert(size_t index, CanvasItem item) {
    m_document.insertAt(index, item);
    Edit e;
    e.type = Edit::Type::Insert;
    e.index = index;
    e.after = std::move(item);
    record(std::move(e));
}

void CanvasEditor::erase(size_t index) {
    Edit e;
    e.type = Edit::Type::Erase;
    e.index = index;
    e.before = m_document.eraseAt(index);
    record(std::move(e));
}

void CanvasEditor::replace(size_t index, CanvasItem item) {
    item.version = m_document.items()[index].version + 1;
    const ItemId id = item.id;
    const auto merged = m_replaceEditById.find(id);
    if (merged != m_replaceEditById.end()) {
        // Same slot, no positions changed since: keep the first `before`.
        m_current.edits[merged->second].after = item;
        m_document.replaceAt(index, std::move(item));
        return;
    }
    Edit e;
    e.type = Edit::Type::Replace;
    e.index = index;
    e.before = m_document.items()[index];
    e.after = item;
    m_document.replaceAt(index, std::move(item));
    record(std::move(e));
    m_replaceEditById[id] = m_current.edits.size() - 1;
}

void CanvasEditor::moveIndex(size_t from, size_t to) {
    if (from == to) return;
    m_document.moveIndex(from, to);
    Edit e;
    e.type = Edit::Type::Move;
    e.index = from;
    e.toIndex = to;
    record(std::move(e));
}

// ---------------------------------------------------------------------------
// Each command as primitive edits
// ---------------------------------------------------------------------------

void CanvasEditor::applyAdd(const std::vector<CanvasItem>& items, bool paste) {
    m_lastAdded.clear();
    // Fresh ids first, so arrows can be re-linked to items later in the set.
    struct Fresh {
        ItemId id;
        ItemKind kind;
    };
    std::unordered_map<ItemId, Fresh> freshFor;
    for (const CanvasItem& item : items) {
        const ItemId fresh = m_document.allocateId();
        m_lastAdded.push_back(fresh);
        if (item.id) freshFor.emplace(item.id, Fresh{fresh, item.kind});
    }
    for (size_t i = 0; i < items.size(); ++i) {
        CanvasItem item = items[i];
        item.id = m_lastAdded[i];
        item.version = 1;
        // Commands come from the tools, pasted payloads and journals (a
        // partner's archive): whatever they say, the document keeps the limits.
        clampToCanvasLimits(item);
        if (item.kind == ItemKind::Arrow) {
            while (item.points.size() < 2) item.points.push_back({item.x, item.y});
            item.points.resize(2);
            for (ItemId* end : {&item.from, &item.to}) {
                if (!*end) continue;
                const auto inSet = freshFor.find(*end);
                const CanvasItem* existing = m_document.find(*end);
                if (inSet != freshFor.end())
                    *end = inSet->second.kind == ItemKind::Arrow ? ItemId{} : inSet->second.id;
                else if (paste || !existing || existing->kind == ItemKind::Arrow)
                    *end = ItemId{};  // a free end at its stored point
            }
            if (item.from && item.from == item.to) item.to = ItemId{};
        } else {
            item.from = item.to = ItemId{};
        }
        insert(m_document.size(), std::move(item));
    }
}

void CanvasEditor::applyRemove(const std::vector<ItemId>& ids) {
    std::unordered_set<ItemId> doomed = existingIds(m_document, ids);
    if (doomed.empty()) return;
    // Arrows attached to a removed item go with it: a dangling arrow is noise.
    for (const CanvasItem& item : m_document.items())
        if (item.kind == ItemKind::Arrow && (doomed.count(item.from) || doomed.count(item.to)))
            doomed.insert(item.id);
    const std::vector<size_t> indices = sortedIndices(m_document, doomed);
    for (auto it = indices.rbegin(); it != indices.rend(); ++it) erase(*it);
}

void CanvasEditor::applyMove(const MoveItems& c) {
    if (!std::isfinite(c.dx) || !std::isfinite(c.dy) || (c.dx == 0 && c.dy == 0)) return;
    const std::unordered_set<ItemId> ids = existingIds(m_document, c.ids);
    for (size_t index : sortedIndices(m_document, ids)) {
        CanvasItem item = m_document.items()[index];
        if (item.kind == ItemKind::Arrow) {
            // Attached ends follow their items; only free ends move.
            if (item.from && item.to) continue;
            if (!item.from) item.points[0] = item.points[0] + Vec2{c.dx, c.dy};
            if (!item.to) item.points[1] = item.points[1] + Vec2{c.dx, c.dy};
        } else {
            item.x += c.dx;
            item.y += c.dy;
        }
        clampToCanvasLimits(item);  // a drag past the edge of the canvas stops there
        if (item == m_document.items()[index]) continue;
        replace(index, std::move(item));
    }
}

void CanvasEditor::applyResize(const ResizeItem& c) {
    const auto index = m_document.indexOf(c.id);
    if (!index) return;
    CanvasItem item = m_document.items()[*index];
    if (!hasBounds(item.kind)) return;
    if (!std::isfinite(c.x) || !std::isfinite(c.y) || !std::isfinite(c.w) || !std::isfinite(c.h))
        return;
    if (item.x == c.x && item.y == c.y && item.w == c.w && item.h == c.h) return;
    item.x = c.x;
    item.y = c.y;
    item.w = std::max(0.0, c.w);
    item.h = std::max(0.0, c.h);
    clampToCanvasLimits(item);
    if (item == m_document.items()[*index]) return;
    replace(*index, std::move(item));
}

void CanvasEditor::applySetLabel(const SetItemLabel& c) {
    const auto index = m_document.indexOf(c.id);
    if (!index || m_document.items()[*index].label == c.text) return;
    CanvasItem item = m_document.items()[*index];
    item.label = c.text;
    replace(*index, std::move(item));
}

void CanvasEditor::applySetColour(const SetNoteColour& c) {
    for (size_t index : sortedIndices(m_document, existingIds(m_document, c.ids))) {
        const CanvasItem& current = m_document.items()[index];
        if (current.kind != ItemKind::Note || current.colour == c.colour) continue;
        CanvasItem item = current;
        item.colour = c.colour;
        replace(index, std::move(item));
    }
}

void CanvasEditor::applySetArrow(const SetArrowEnds& c) {
    const auto index = m_document.indexOf(c.id);
    if (!index) return;
    CanvasItem item = m_document.items()[*index];
    if (item.kind != ItemKind::Arrow) return;
    auto attachable = [&](ItemId id) {
        const CanvasItem* target = id ? m_document.find(id) : nullptr;
        return target && target->kind != ItemKind::Arrow ? id : ItemId{};
    };
    for (const Vec2& p : {c.start, c.end})
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) return;
    item.from = attachable(c.from);
    item.to = attachable(c.to);
    if (item.from && item.from == item.to) item.to = ItemId{};
    item.points = {c.start, c.end};
    clampToCanvasLimits(item);
    if (item == m_document.items()[*index]) return;
    replace(*index, std::move(item));
}

void CanvasEditor::applyReorder(const ReorderItems& c) {
    const std::unordered_set<ItemId> ids = existingIds(m_document, c.ids);
    const std::vector<size_t> indices = sortedIndices(m_document, ids);
    const size_t n = m_document.size();
    const size_t k = indices.size();
    switch (c.z) {
    case ZOrderChange::Front:
        // Ascending: each earlier move to the top shifted this one down by one.
        for (size_t j = 0; j < k; ++j) moveIndex(indices[j] - j, n - 1);
        break;
    case ZOrderChange::Back:
        // Descending: each earlier move to the bottom shifted this one up by one.
        for (size_t j = k; j-- > 0;) moveIndex(indices[j] + (k - 1 - j), 0);
        break;
    case ZOrderChange::Forward:
    case ZOrderChange::Backward: {
        // One step means past the next item it overlaps; a step past an item
        // elsewhere on the canvas would change nothing anyone can see.
        const bool up = c.z == ZOrderChange::Forward;
        std::vector<ItemId> order;
        for (size_t index : indices) order.push_back(m_document.items()[index].id);
        if (up) std::reverse(order.begin(), order.end());
        for (ItemId id : order) {
            const size_t index = *m_document.indexOf(id);
            const Rect bounds = m_document.itemBounds(m_document.items()[index]);
            std::optional<size_t> target;
            if (up) {
                for (size_t i = index + 1; i < m_document.size() && !target; ++i) {
                    const CanvasItem& other = m_document.items()[i];
                    if (!ids.count(other.id) && m_document.itemBounds(other).intersects(bounds)) target = i;
                }
            } else {
                for (size_t i = index; i-- > 0 && !target;) {
                    const CanvasItem& other = m_document.items()[i];
                    if (!ids.count(other.id) && m_document.itemBounds(other).intersects(bounds)) target = i;
                }
            }
            if (target) moveIndex(index, *target);
        }
        break;
    }
    }
}

}  // namespace rehearse
