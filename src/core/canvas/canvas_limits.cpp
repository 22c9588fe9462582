#include "core/canvas/canvas_limits.hpp"

#include "core/numeric/checked_conversion.hpp"

#include <cstdio>

namespace rehearse {

namespace {

std::string beyond(const char* field, double value, const char* limit) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%s: %g is beyond the canvas limit (%s)", field, value, limit);
    return buf;
}

bool withinCoordinate(double v) { return v >= -kMaxCanvasCoordinate && v <= kMaxCanvasCoordinate; }
bool withinSize(double v) { return v >= 0 && v <= kMaxItemSize; }

double clampCoordinate(double v) { return clampFinite(v, -kMaxCanvasCoordinate, kMaxCanvasCoordinate, 0); }
double clampSize(double v) { return clampFinite(v, 0, kMaxItemSize, 0); }

}  // namespace

std::optional<std::string> canvasLimitProblem(const CanvasItem& item) {
    // Written with negated comparisons so that NaN fails them too.
    if (!withinCoordinate(item.x)) return beyond("x", item.x, "-10000000 to 10000000");
    if (!withinCoordinate(item.y)) return beyond("y", item.y, "-10000000 to 10000000");
    if (!withinSize(item.w)) return beyond("w", item.w, "0 to 1000000");
    if (!withinSize(item.h)) return beyond("h", item.h, "0 to 1000000");
    if (!withinCoordinate(item.x + item.w)) return beyond("x + w", item.x + item.w, "-10000000 to 10000000");
    if (!withinCoordinate(item.y + item.h)) return beyond("y + h", item.y + item.h, "-10000000 to 10000000");
    for (const Vec2& p : item.points) {
        if (item.kind == ItemKind::Pen) {
            // Pen points are fractions of the item's box (see CanvasItem).
            if (!(p.x >= 0 && p.x <= 1)) return beyond("points", p.x, "a pen stroke's points are 0 to 1");
            if (!(p.y >= 0 && p.y <= 1)) return beyond("points", p.y, "a pen stroke's points are 0 to 1");
        } else {
            if (!withinCoordinate(p.x)) return beyond("points", p.x, "-10000000 to 10000000");
            if (!withinCoordinate(p.y)) return beyond("points", p.y, "-10000000 to 10000000");
        }
    }
    return std::nullopt;
}

void clampToCanvasLimits(CanvasItem& item) {
    item.w = clampSize(item.w);
    item.h = clampSize(item.h);
    // The far corner must stay inside too: the box keeps its size and stops
    // at the edge, like a drag that reaches it.
    item.x = clampFinite(item.x, -kMaxCanvasCoordinate, kMaxCanvasCoordinate - item.w, 0);
    item.y = clampFinite(item.y, -kMaxCanvasCoordinate, kMaxCanvasCoordinate - item.h, 0);
    for (Vec2& p : item.points) {
        if (item.kind == ItemKind::Pen) p = {clampFinite(p.x, 0, 1, 0), clampFinite(p.y, 0, 1, 0)};
        else p = {clampCoordinate(p.x), clampCoordinate(p.y)};
    }
}

}  // namespace rehearse
