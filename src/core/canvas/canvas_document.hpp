// The canvas's data: a flat list of items in z order (first = bottom) with
// stable ids, and the counter the next id comes from. Ids are never taken
// from clocks or randomness, so replaying the same commands always rebuilds
// the same document.
//
// Only CanvasEditor changes a document that has history (through the private
// primitive edits below); `append` exists to build documents outside one
// (scenario import, tests, benchmarks).
//
// JSON format:
//   { "format": 1, "nextId": 7,
//     "items": [ { "id": 1, "kind": "model", "x": 0, "y": 0, "w": 160, "h": 80,
//                  "label": "Ranker", "stage": "models", "version": 1 },
//                { "id": 2, "kind": "arrow", "from": 1, "to": 3,
//                  "points": [[0,0],[10,0]], "label": "", ... } ] }
#pragma once

#include "core/canvas/canvas_item.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rehearse {

class CanvasDocument {
public:
    const std::vector<CanvasItem>& items() const { return m_items; }
    bool empty() const { return m_items.empty(); }
    size_t size() const { return m_items.size(); }
    const CanvasItem* find(ItemId id) const;
    std::optional<size_t> indexOf(ItemId id) const;  // position in z order
    ItemId nextId() const { return ItemId{m_nextId}; }

    // Every piece of text on the canvas (labels, notes, free text, arrow
    // labels), non-empty ones only, in z order; the interviewer reads these.
    std::vector<std::string> texts() const;

    // Where an arrow starts and ends right now: an attached end sits on the
    // border of its item, facing the other end; a free end is its stored point.
    std::pair<Vec2, Vec2> arrowEnds(const CanvasItem& arrow) const;
    // The item's extent in world units (arrows and pen strokes included).
    Rect itemBounds(const CanvasItem& item) const;
    // Union of all item bounds; nullopt for an empty document.
    std::optional<Rect> contentBounds() const;

    // Changes with every edit; lets caches (spatial index, layout) know when
    // to rebuild. Unique across documents; not saved, not compared.
    uint64_t revision() const { return m_revision; }

    // Builds a document without history: gives the item the next id when its
    // id is 0 (or already taken) and returns the id it got.
    ItemId append(CanvasItem item);

    nlohmann::json toJson() const;
    // Throws CanvasFormatError on anything malformed (wrong types, unknown
    // kinds, duplicate ids, arrows attached to missing items, non-finite
    // numbers); never crashes.
    static CanvasDocument fromJson(const nlohmann::json& json);
    // The same, reporting the problem in `error` instead of throwing.
    static std::optional<CanvasDocument> tryFromJson(const nlohmann::json& json, std::string* error);

    // Same items in the same order, same next id.
    friend bool operator==(const CanvasDocument& a, const CanvasDocument& b);
    friend bool operator!=(const CanvasDocument& a, const CanvasDocument& b) { return !(a == b); }

private:
    friend class CanvasEditor;

    // The primitive edits history is made of; each has an exact inverse.
    void insertAt(size_t index, CanvasItem item);
    CanvasItem eraseAt(size_t index);
    void replaceAt(size_t index, CanvasItem item);
    void moveIndex(size_t from, size_t to);
    ItemId allocateId() { return ItemId{m_nextId++}; }
    void touch();
    static uint64_t freshRevision();

    std::vector<CanvasItem> m_items;
    uint64_t m_nextId = 1;
    uint64_t m_revision = freshRevision();
    // id -> index, rebuilt lazily after insertions, removals and reorders.
    mutable std::unordered_map<ItemId, size_t> m_indexById;
    mutable bool m_indexDirty = true;
};

}  // namespace rehearse
