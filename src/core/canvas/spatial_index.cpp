#include "core/canvas/spatial_index.hpp"

#include <algorithm>
#include <cmath>

namespace rehearse {

namespace {

// Items spanning more cells than this go to a list every query scans.
constexpr int64_t kMaxCellsPerItem = 64;

int64_t cellOf(double v) { return static_cast<int64_t>(std::floor(v / SpatialIndex::kCellSize)); }

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
        const int64_t cx0 = cellOf(r.x0), cx1 = cellOf(r.x1), cy0 = cellOf(r.y0), cy1 = cellOf(r.y1);
        if ((cx1 - cx0 + 1) * (cy1 - cy0 + 1) > kMaxCellsPerItem) return false;
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
    const double cells = double(cx1 - cx0 + 1) * double(cy1 - cy0 + 1);
    // Zoomed far out the grid costs more than looking at every item.
    if (cells * 2 >= double(n)) {
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
