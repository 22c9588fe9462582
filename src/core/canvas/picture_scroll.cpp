#include "core/canvas/picture_scroll.hpp"

#include <algorithm>
#include <cmath>

namespace rehearse {

std::vector<PixelRect> uncovered(const PixelRect& area, const PixelRect& kept) {
    if (area.empty()) return {};
    const PixelRect k{std::max(area.x0, kept.x0), std::max(area.y0, kept.y0), std::min(area.x1, kept.x1),
                      std::min(area.y1, kept.y1)};
    if (k.empty()) return {area};
    std::vector<PixelRect> out;
    if (k.y0 > area.y0) out.push_back({area.x0, area.y0, area.x1, k.y0});
    if (k.y1 < area.y1) out.push_back({area.x0, k.y1, area.x1, area.y1});
    if (k.x0 > area.x0) out.push_back({area.x0, k.y0, k.x0, k.y1});
    if (k.x1 < area.x1) out.push_back({k.x1, k.y0, area.x1, k.y1});
    return out;
}

PictureScroll scrollPicture(Vec2 lastOrigin, int lastWidth, int lastHeight, Vec2 wantedOrigin, int width, int height,
                            double zoom) {
    PictureScroll scroll;
    // Where the last picture's top-left is, in pixels from the wanted one's;
    // rounded to the nearest whole pixel.
    const Vec2 offset = (lastOrigin - wantedOrigin) * zoom;
    const double limit = 1e9;  // far beyond any picture: keeps the int conversion defined
    const double kx = std::round(std::fmax(-limit, std::fmin(limit, offset.x)));
    const double ky = std::round(std::fmax(-limit, std::fmin(limit, offset.y)));
    scroll.keptX = int(kx);
    scroll.keptY = int(ky);
    scroll.origin = lastOrigin - Vec2{kx, ky} * (1.0 / zoom);
    const PixelRect area{0, 0, width, height};
    const PixelRect kept{scroll.keptX, scroll.keptY, int(std::fmin(limit, kx + lastWidth)),
                         int(std::fmin(limit, ky + lastHeight))};
    scroll.exposed = uncovered(area, kept);
    scroll.keepsNothing = scroll.exposed.size() == 1 && scroll.exposed.front() == area;
    return scroll;
}

}  // namespace rehearse
