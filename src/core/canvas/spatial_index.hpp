// A uniform grid over item bounds, for hit-testing and culling: "which items
// may touch this rectangle" in time proportional to the answer, not to the
// document. Rebuilt in O(n) whenever the document's revision changes (a
// drag rebuilds it every frame; at 20k items that is well under a
// millisecond), stored as flat arrays so a rebuild allocates nothing once warm.
#pragma once

#include "core/canvas/canvas_document.hpp"

#include <cstdint>
#include <vector>

namespace rehearse {

class SpatialIndex {
public:
    static constexpr double kCellSize = 128;  // world units; a block covers ~2x1 cells

    // Rebuilds if `doc` changed since the last call.
    void sync(const CanvasDocument& doc);
    void rebuild(const CanvasDocument& doc);

    // Indices into doc.items() of items whose bounds intersect `area`,
    // ascending (bottom to top), each once. Reuses `out`'s storage.
    void query(const Rect& area, std::vector<uint32_t>& out) const;
    // Bounds of the item at `index` (arrows resolved), as indexed.
    const Rect& bounds(size_t index) const { return m_bounds[index]; }
    size_t size() const { return m_bounds.size(); }

private:
    uint32_t bucketOf(int64_t cx, int64_t cy) const;

    uint64_t m_revision = 0;
    std::vector<Rect> m_bounds;
    // Buckets in CSR form: items of bucket b are m_entries[m_start[b] .. m_start[b+1]).
    // Several cells may share a bucket; query() checks bounds anyway.
    std::vector<uint32_t> m_start;
    std::vector<uint32_t> m_entries;
    std::vector<uint32_t> m_large;      // items spanning too many cells to list
    uint32_t m_bucketMask = 0;
    mutable std::vector<uint32_t> m_seen;   // per item: last query stamp (dedupe)
    mutable uint32_t m_stamp = 0;
};

}  // namespace rehearse
