// The canvas camera: which part of the world the view shows and how large.
// Screen coordinates here are pixels relative to the canvas region's top-left
// corner; the view adds the region's position on screen.
#pragma once

#include "core/canvas/canvas_geometry.hpp"

namespace rehearse {

class CanvasCamera {
public:
    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 8.0;

    double zoom() const { return m_zoom; }
    Vec2 origin() const { return m_origin; }  // the world point at screen (0, 0)

    Vec2 worldToScreen(Vec2 world) const { return (world - m_origin) * m_zoom; }
    Vec2 screenToWorld(Vec2 screen) const { return m_origin + screen * (1.0 / m_zoom); }
    double pixelsToWorld(double pixels) const { return pixels / m_zoom; }
    Rect visibleWorld(Vec2 viewportSize) const {
        return Rect::fromCorners(screenToWorld({0, 0}), screenToWorld(viewportSize));
    }

    void panByPixels(Vec2 delta) { m_origin = m_origin - delta * (1.0 / m_zoom); }
    // Zooms by `factor` keeping the world point under `screenAnchor` fixed,
    // so the wheel zooms towards the cursor.
    void zoomAbout(Vec2 screenAnchor, double factor);
    void setZoomAbout(Vec2 screenAnchor, double zoom);
    // Shows all of `world` centred, with `marginPixels` around it; never
    // zooms in past 100% (a single small item should not fill the screen).
    void fit(const Rect& world, Vec2 viewportSize, double marginPixels);
    // Exactly this view (a camera stored with a session); zoom clamped.
    void place(Vec2 origin, double zoom);
    // 100%, with the world origin a little inside the top-left corner.
    void reset(double marginPixels = 0);

private:
    Vec2 m_origin{0, 0};
    double m_zoom = 1.0;
};

}  // namespace rehearse
