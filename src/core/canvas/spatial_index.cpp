#include "core/canvas/spatial_index.hpp"

#include "core/numeric/checked_conversion.hpp"

#include <algorithm>
#include <cmath>

namespace rehearse {

namespace {

// Items spanning more cells than this go to a list every query scans.
constexpr double kMaxCellsPerItem = 64;
// Cell coordinates stop at +-2^40 (1.4e14 world units, far beyond the canvas
// limits): spans of clamped cells are exact in doubles and in int64, and a
// loop up to the last cell never meets INT64_MAX.
constexpr double kCellLimit = 1099511627776.0;

// The cell holding `v`; NaN reads as cell 0, +-inf and beyond as the last cell.
int64_t cellOf(double v) {
    return clampToInt64(clampFinite(std::floor(v / SpatialIndex::kCellSize), -kCellLimit, kCellLimit, 0));
}

// Cells an item covers, counted in doubles: (cx1 - cx0 + 1) * (cy1 - cy0 + 1)
// in int64 overflowed for a 549755813760-unit square (2^32 x 2^32 cells
// wrapped to 0 and passed the "too many cells" check).
double cellCount(int64_t cx0, int64_t cx1, int64_t cy0, int64_t cy1) {
    return (double(cx1) - double(cx0) + 1) * (double(cy1) - double(cy0) + 1);
}

bool isFinite(const Rect& r) {
    return std::isfinite(r.x0) && std::isfinite(r.y0) && std::isfinite(r.x1) && std::isfinite(r.y1);
}

}  // namespace

uint32_t SpatialIndex::bucketOf(int64_t cx, int64_t cy) const {
    const uint64_t h = static_cast<uint64_t>(cx) * 0x9E3779B97F4A7C15ull ^
                       static_cast<uint64_t>(cy) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<uint32_t>((h ^ (h >> 29)) & m_bucketMask);
}

void SpatialIndex::sync(const CanvasDocument& doc) {
    if (doc.revision() != m_revision || doc.size() != m_bounds.size()) rebuild(doc);
}

void SpatialIndex::rebuild(const CanvasDocument& doc) {
    m_revision = doc.revision();
    const auto& items = doc.items();
    const size_t n = items.size();
    m_bounds.resize(n);
    for (size_t i = 0; i < n; ++i) m_bounds[i] = doc.itemBounds(items[i]);

    uint32_t buckets = 64;
    while (buckets < n * 2) buckets <<= 1;
    m_bucketMask = buckets - 1;
    m_start.assign(buckets + 1, 0);
    m_large.clear();

    // Two passes (count, then fill) give a compact bucket array.
    auto forEachCell = [&](size_t i, auto&& visit) {
        const Rect& r = m_bounds[i];
        // Non-finite bounds (never within the canvas limits, but an index
        // must not trust its input) count as large: listed, never looped over.
        if (!isFinite(r)) return false;
        const int64_t cx0 = cellOf(r.x0), cx1 = cellOf(r.x1), cy0 = cellOf(r.y0), cy1 = cellOf(r.y1);
        if (cx1 < cx0 || cy1 < cy0 || cellCount(cx0, cx1, cy0, cy1) > kMaxCellsPerItem) return false;
        for (int64_t cy = cy0; cy <= cy1; ++cy)
            for (int64_t cx = cx0; cx <= cx1; ++cx) visit(bucketOf(cx, cy));
        return true;
    };
    for (size_t i = 0; i < n; ++i)
        if (!forEachCell(i, [&](uint32_t b) { ++m_start[b + 1]; })) m_large.push_back(uint32_t(i));
    for (uint32_t b = 0; b < buckets; ++b) m_start[b + 1] += m_start[b];
    m_entries.resize(m_start[buckets]);
    std::vector<uint32_t> fill(m_start.begin(), m_start.end() - 1);
    size_t nextLarge = 0;
    for (size_t i = 0; i < n; ++i) {
        if (nextLarge < m_large.size() && m_large[nextLarge] == i) {
            ++nextLarge;
            continue;
        }
        forEachCell(i, [&](uint32_t b) { m_entries[fill[b]++] = uint32_t(i); });
    }
    m_seen.assign(n, 0);
    m_stamp = 0;
}

void SpatialIndex::query(const Rect& area, std::vector<uint32_t>& out) const {
    out.clear();
    const size_t n = m_bounds.size();
    if (n == 0) return;
    const int64_t cx0 = cellOf(area.x0), cx1 = cellOf(area.x1);
    const int64_t cy0 = cellOf(area.y0), cy1 = cellOf(area.y1);
    const double cells = cellCount(cx0, cx1, cy0, cy1);
    // Zoomed far out the grid costs more than looking at every item.
    // (Also for an inverted area: the plain scan finds nothing, correctly.)
    if (cx1 < cx0 || cy1 < cy0 || cells * 2 >= double(n)) {
        for (size_t i = 0; i < n; ++i)
            if (m_bounds[i].intersects(area)) out.push_back(uint32_t(i));
        return;
    }
    if (++m_stamp == 0) {  // wrapped: forget old stamps
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_stamp = 1;
    }
    auto consider = [&](uint32_t i) {
        if (m_seen[i] == m_stamp) return;
        m_seen[i] = m_stamp;
        if (m_bounds[i].intersects(area)) out.push_back(i);
    };
    for (int64_t cy = cy0; cy <= cy1; ++cy)
        for (int64_t cx = cx0; cx <= cx1; ++cx) {
            const uint32_t b = bucketOf(cx, cy);
            for (uint32_t e = m_start[b]; e < m_start[b + 1]; ++e) consider(m_entries[e]);
        }
    for (uint32_t i : m_large) consider(i);
    std::sort(out.begin(), out.end());
}

}  // namespace rehearse
