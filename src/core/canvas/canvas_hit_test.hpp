// Which item is under a point, and which items a rubber band encloses.
// A cheap bounding-box prefilter (the spatial index), then the exact test for
// the item's kind (filled rectangle, distance to an arrow or pen stroke);
// among several hits the topmost wins, as on screen.
#pragma once

#include "core/canvas/canvas_document.hpp"
#include "core/canvas/spatial_index.hpp"

#include <vector>

namespace rehearse {

// `tolerance` in world units: how far from a line still counts as on it.
bool itemContainsPoint(const CanvasDocument& doc, const CanvasItem& item, Vec2 p, double tolerance);

// The topmost item at `p`, or ItemId{} (none). `index` must be synced to `doc`.
ItemId hitTest(const CanvasDocument& doc, const SpatialIndex& index, Vec2 p, double tolerance);

// The topmost item at `p` an arrow end can attach to (not an arrow or pen).
ItemId hitTestAttachable(const CanvasDocument& doc, const SpatialIndex& index, Vec2 p,
                         double tolerance, ItemId ignore = {});

// Items whose whole extent lies inside `area`, in z order.
std::vector<ItemId> itemsInside(const CanvasDocument& doc, const SpatialIndex& index, const Rect& area);

}  // namespace rehearse
