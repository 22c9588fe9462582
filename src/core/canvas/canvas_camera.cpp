#include "core/canvas/canvas_camera.hpp"

#include <algorithm>

namespace rehearse {

void CanvasCamera::zoomAbout(Vec2 screenAnchor, double factor) {
    setZoomAbout(screenAnchor, m_zoom * factor);
}

void CanvasCamera::setZoomAbout(Vec2 screenAnchor, double zoom) {
    const Vec2 anchorWorld = screenToWorld(screenAnchor);
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_origin = anchorWorld - screenAnchor * (1.0 / m_zoom);
}

void CanvasCamera::fit(const Rect& world, Vec2 viewportSize, double marginPixels) {
    const double availW = std::max(1.0, viewportSize.x - 2 * marginPixels);
    const double availH = std::max(1.0, viewportSize.y - 2 * marginPixels);
    const double w = std::max(1.0, world.width()), h = std::max(1.0, world.height());
    m_zoom = std::clamp(std::min({availW / w, availH / h, 1.0}), kMinZoom, kMaxZoom);
    const Vec2 c = world.centre();
    m_origin = c - viewportSize * (0.5 / m_zoom);
}

void CanvasCamera::reset(double marginPixels) {
    m_zoom = 1.0;
    m_origin = {-marginPixels, -marginPixels};
}

void CanvasCamera::place(Vec2 origin, double zoom) {
    m_origin = origin;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
}

}  // namespace rehearse
