#include "core/canvas/canvas_document.hpp"

#include "core/canvas/canvas_format_error.hpp"
#include "core/canvas/canvas_limits.hpp"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cmath>
#include <unordered_set>

namespace rehearse {

namespace {

// Gap between an attached arrow end and its item's border, in world units.
constexpr double kArrowGap = 4;

// Where the ray from the rectangle's centre towards `target` leaves it.
Vec2 borderPointTowards(const Rect& r, Vec2 target) {
    const Vec2 c = r.centre();
    const Vec2 d = target - c;
    const double hw = r.width() / 2, hh = r.height() / 2;
    if (std::abs(d.x) < 1e-12 && std::abs(d.y) < 1e-12) return c;
    double t = 1e300;
    if (std::abs(d.x) > 1e-12) t = std::min(t, hw / std::abs(d.x));
    if (std::abs(d.y) > 1e-12) t = std::min(t, hh / std::abs(d.y));
    if (t >= 1) return c;  // target inside the item: nothing sensible to clip to
    const double len = length(d);
    return c + d * (t + kArrowGap / len);
}

}  // namespace

const CanvasItem* CanvasDocument::find(ItemId id) const {
    const auto index = indexOf(id);
    return index ? &m_items[*index] : nullptr;
}

std::optional<size_t> CanvasDocument::indexOf(ItemId id) const {
    if (m_indexDirty) {
        m_indexById.clear();
        m_indexById.reserve(m_items.size());
        for (size_t i = 0; i < m_items.size(); ++i) m_indexById[m_items[i].id] = i;
        m_indexDirty = false;
    }
    const auto it = m_indexById.find(id);
    if (it == m_indexById.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> CanvasDocument::texts() const {
    std::vector<std::string> out;
    for (const CanvasItem& item : m_items)
        if (!item.label.empty()) out.push_back(item.label);
    return out;
}

std::pair<Vec2, Vec2> CanvasDocument::arrowEnds(const CanvasItem& arrow) const {
    Vec2 start = arrow.points.size() > 0 ? arrow.points.front() : Vec2{arrow.x, arrow.y};
    Vec2 end = arrow.points.size() > 1 ? arrow.points.back() : start;
    const CanvasItem* from = arrow.from ? find(arrow.from) : nullptr;
    const CanvasItem* to = arrow.to ? find(arrow.to) : nullptr;
    // Each attached end aims at the other end's centre (or free point).
    const Vec2 startAim = from ? from->bounds().centre() : start;
    const Vec2 endAim = to ? to->bounds().centre() : end;
    if (from) start = borderPointTowards(from->bounds(), endAim);
    if (to) end = borderPointTowards(to->bounds(), startAim);
    return {start, end};
}

Rect CanvasDocument::itemBounds(const CanvasItem& item) const {
    if (item.kind == ItemKind::Arrow) {
        const auto [a, b] = arrowEnds(item);
        return Rect::fromCorners(a, b);
    }
    return item.bounds();
}

std::optional<Rect> CanvasDocument::contentBounds() const {
    std::optional<Rect> bounds;
    for (const CanvasItem& item : m_items) {
        const Rect r = itemBounds(item);
        bounds = bounds ? bounds->united(r) : r;
    }
    return bounds;
}

ItemId CanvasDocument::append(CanvasItem item) {
    if (!item.id || find(item.id)) item.id = allocateId();
    m_nextId = std::max(m_nextId, item.id.value + 1);
    insertAt(m_items.size(), std::move(item));
    return m_items.back().id;
}

void CanvasDocument::insertAt(size_t index, CanvasItem item) {
    const bool atEnd = index >= m_items.size();
    m_items.insert(m_items.begin() + static_cast<std::ptrdiff_t>(std::min(index, m_items.size())),
                   std::move(item));
    if (atEnd && !m_indexDirty)
        m_indexById[m_items.back().id] = m_items.size() - 1;  // appending keeps the map valid
    else
        m_indexDirty = true;
    touch();
}

CanvasItem CanvasDocument::eraseAt(size_t index) {
    CanvasItem item = std::move(m_items[index]);
    m_items.erase(m_items.begin() + static_cast<std::ptrdiff_t>(index));
    m_indexDirty = true;
    touch();
    return item;
}

void CanvasDocument::replaceAt(size_t index, CanvasItem item) {
    if (m_items[index].id != item.id) m_indexDirty = true;
    m_items[index] = std::move(item);
    touch();
}

void CanvasDocument::moveIndex(size_t from, size_t to) {
    if (from == to) return;
    CanvasItem item = std::move(m_items[from]);
    m_items.erase(m_items.begin() + static_cast<std::ptrdiff_t>(from));
    m_items.insert(m_items.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
    m_indexDirty = true;
    touch();
}

void CanvasDocument::touch() { m_revision = freshRevision(); }

uint64_t CanvasDocument::freshRevision() {
    static std::atomic<uint64_t> counter{1};
    return counter.fetch_add(1, std::memory_order_relaxed);
}

nlohmann::json CanvasDocument::toJson() const {
    nlohmann::json items = nlohmann::json::array();
    for (const CanvasItem& item : m_items) items.push_back(itemToJson(item));
    return {{"format", 1}, {"nextId", m_nextId}, {"items", std::move(items)}};
}

CanvasDocument CanvasDocument::fromJson(const nlohmann::json& json) {
    if (!json.is_object()) throw CanvasFormatError("canvas: expected an object");
    if (auto it = json.find("format"); it != json.end() && (!it->is_number_integer() || *it != 1))
        throw CanvasFormatError("format: unsupported canvas format");
    const auto itemsIt = json.find("items");
    if (itemsIt == json.end() || !itemsIt->is_array())
        throw CanvasFormatError("items: expected an array");

    CanvasDocument doc;
    std::unordered_set<uint64_t> seen;
    uint64_t maxId = 0;
    for (size_t i = 0; i < itemsIt->size(); ++i) {
        CanvasItem item;
        try {
            item = itemFromJson((*itemsIt)[i]);
        } catch (const CanvasFormatError& e) {
            throw CanvasFormatError("items[" + std::to_string(i) + "]." + e.what());
        }
        if (auto problem = canvasLimitProblem(item))
            throw CanvasFormatError("items[" + std::to_string(i) + "]." + *problem);
        if (!seen.insert(item.id.value).second)
            throw CanvasFormatError("items[" + std::to_string(i) + "].id: duplicate id " +
                                    std::to_string(item.id.value));
        maxId = std::max(maxId, item.id.value);
        doc.m_items.push_back(std::move(item));
    }
    for (size_t i = 0; i < doc.m_items.size(); ++i) {
        const CanvasItem& item = doc.m_items[i];
        for (ItemId end : {item.from, item.to}) {
            if (!end) continue;
            if (!seen.count(end.value) || end == item.id)
                throw CanvasFormatError("items[" + std::to_string(i) +
                                        "]: arrow attached to missing item " +
                                        std::to_string(end.value));
        }
    }
    uint64_t nextId = maxId + 1;
    if (auto it = json.find("nextId"); it != json.end()) {
        if (!it->is_number_integer() || (!it->is_number_unsigned() && it->get<int64_t>() < 0))
            throw CanvasFormatError("nextId: expected a positive integer");
        // A counter behind the ids would hand out a used id: move it forward.
        nextId = std::max(nextId, it->get<uint64_t>());
    }
    doc.m_nextId = nextId;
    doc.m_indexDirty = true;
    doc.touch();
    return doc;
}

std::optional<CanvasDocument> CanvasDocument::tryFromJson(const nlohmann::json& json,
                                                          std::string* error) {
    try {
        return fromJson(json);
    } catch (const std::exception& e) {  // CanvasFormatError, or json type errors
        if (error) *error = e.what();
        return std::nullopt;
    }
}

bool operator==(const CanvasDocument& a, const CanvasDocument& b) {
    return a.m_nextId == b.m_nextId && a.m_items == b.m_items;
}

}  // namespace rehearse
