// Plain 2D geometry in world units (the canvas's own coordinate space: x grows
// to the right, y grows downwards, 1 unit = 1 pixel at 100% zoom). Shared by
// the document, hit-testing, the tools, the camera and the exports.
#pragma once

#include <algorithm>
#include <cmath>

namespace rehearse {

struct Vec2 {
    double x = 0;
    double y = 0;

    friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
    friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
    friend Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
    friend bool operator==(Vec2 a, Vec2 b) { return a.x == b.x && a.y == b.y; }
    friend bool operator!=(Vec2 a, Vec2 b) { return !(a == b); }
};

inline double dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
inline double length(Vec2 v) { return std::sqrt(dot(v, v)); }
inline double distance(Vec2 a, Vec2 b) { return length(a - b); }

// Distance from `p` to the segment a-b (a point when a == b).
inline double distanceToSegment(Vec2 p, Vec2 a, Vec2 b) {
    const Vec2 ab = b - a;
    const double len2 = dot(ab, ab);
    if (len2 <= 0) return distance(p, a);
    const double t = std::clamp(dot(p - a, ab) / len2, 0.0, 1.0);
    return distance(p, a + ab * t);
}

// An axis-aligned rectangle; min <= max once normalised.
struct Rect {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    static Rect fromXywh(double x, double y, double w, double h) { return {x, y, x + w, y + h}; }
    static Rect fromCorners(Vec2 a, Vec2 b) {
        return {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
    }
    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    Vec2 centre() const { return {(x0 + x1) / 2, (y0 + y1) / 2}; }
    bool contains(Vec2 p) const { return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1; }
    bool contains(const Rect& r) const { return r.x0 >= x0 && r.x1 <= x1 && r.y0 >= y0 && r.y1 <= y1; }
    bool intersects(const Rect& r) const { return r.x0 <= x1 && r.x1 >= x0 && r.y0 <= y1 && r.y1 >= y0; }
    Rect expanded(double by) const { return {x0 - by, y0 - by, x1 + by, y1 + by}; }
    Rect united(const Rect& r) const {
        return {std::min(x0, r.x0), std::min(y0, r.y0), std::max(x1, r.x1), std::max(y1, r.y1)};
    }
    Rect unitedWith(Vec2 p) const {
        return {std::min(x0, p.x), std::min(y0, p.y), std::max(x1, p.x), std::max(y1, p.y)};
    }
    friend bool operator==(const Rect& a, const Rect& b) {
        return a.x0 == b.x0 && a.y0 == b.y0 && a.x1 == b.x1 && a.y1 == b.y1;
    }
};

}  // namespace rehearse
