#include "core/canvas/canvas_hit_test.hpp"

namespace rehearse {

namespace {

// Half the drawn stroke width, so a hit lands anywhere on the visible line.
constexpr double kStrokeSlack = 2;

template <typename Accept>
ItemId topmost(const CanvasDocument& doc, const SpatialIndex& index, Vec2 p, double tolerance,
               Accept accept) {
    thread_local std::vector<uint32_t> candidates;
    index.query(Rect{p.x, p.y, p.x, p.y}.expanded(tolerance + kStrokeSlack), candidates);
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
        const CanvasItem& item = doc.items()[*it];
        if (accept(item) && itemContainsPoint(doc, item, p, tolerance)) return item.id;
    }
    return {};
}

}  // namespace

bool itemContainsPoint(const CanvasDocument& doc, const CanvasItem& item, Vec2 p, double tolerance) {
    switch (item.kind) {
    case ItemKind::Arrow: {
        const auto [a, b] = doc.arrowEnds(item);
        return distanceToSegment(p, a, b) <= tolerance + kStrokeSlack;
    }
    case ItemKind::Pen: {
        const double slack = tolerance + kStrokeSlack;
        if (!item.bounds().expanded(slack).contains(p)) return false;
        auto at = [&](const Vec2& u) { return Vec2{item.x + u.x * item.w, item.y + u.y * item.h}; };
        if (item.points.size() == 1) return distance(p, at(item.points[0])) <= slack;
        for (size_t i = 1; i < item.points.size(); ++i)
            if (distanceToSegment(p, at(item.points[i - 1]), at(item.points[i])) <= slack) return true;
        return false;
    }
    default: return item.bounds().expanded(tolerance).contains(p);
    }
}

ItemId hitTest(const CanvasDocument& doc, const SpatialIndex& index, Vec2 p, double tolerance) {
    return topmost(doc, index, p, tolerance, [](const CanvasItem&) { return true; });
}

ItemId hitTestAttachable(const CanvasDocument& doc, const SpatialIndex& index, Vec2 p,
                         double tolerance, ItemId ignore) {
    return topmost(doc, index, p, tolerance, [&](const CanvasItem& item) {
        return item.id != ignore && item.kind != ItemKind::Arrow && item.kind != ItemKind::Pen;
    });
}

std::vector<ItemId> itemsInside(const CanvasDocument& doc, const SpatialIndex& index, const Rect& area) {
    std::vector<uint32_t> candidates;
    index.query(area, candidates);
    std::vector<ItemId> out;
    for (uint32_t i : candidates)
        if (area.contains(index.bounds(i))) out.push_back(doc.items()[i].id);
    return out;
}

}  // namespace rehearse
