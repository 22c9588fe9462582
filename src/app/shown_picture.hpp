// An opaque offscreen picture (OffscreenLayer::setOpaque) as a frame's draw
// data shows it: one textured rectangle. RetainedFrame uses two facts about
// it. Where it covers whole pixels, nothing drawn before it can be seen:
// those commands and the clear are left out there. And shown pixel for
// pixel (a pan: the canvas board moved by whole pixels), it need not be
// drawn at all: its pixels are copied into the framebuffer (a blit: no
// blending, no filtering), which under Mesa's llvmpipe takes 2-3 ms of CPU
// off a pan frame of the board (README, "Panning and zooming the canvas").
#pragma once

#include "app/frame_damage.hpp"

#include <imgui.h>

#include <vector>

namespace rehearse {

struct ShownPicture {
    int list = 0, command = 0;  // where in the draw data
    // The whole pixels it paints, in display coordinates: within its
    // rectangle and its clip.
    DamageRect cover;
    // Shown pixel for pixel: copyable into the framebuffer (copyShownPicture).
    bool copyable = false;
    unsigned int framebuffer = 0;  // the picture's texture is its colour
    int pixelX = 0, pixelY = 0;    // the rectangle's top-left in framebuffer pixels, from the top
    int texelX = 0, texelTop = 0;  // the texel column shown there, the texel row edge at the top (from the bottom)
    ImVec2 displayPos, scale;      // the draw data's, for the clip's pixels
    int framebufferHeight = 0;
};

// The command as one axis-aligned, untinted textured rectangle (what
// ImDrawList::AddImage makes): its corners and their texture coordinates,
// top-left and bottom-right. False for anything else.
struct ImageRectangle {
    ImVec2 min, max, uvMin, uvMax;
};
bool imageRectangleOf(const ImDrawList& list, const ImDrawCmd& command, ImageRectangle& out);

// The opaque pictures the draw data shows, in drawing order. Only at a
// whole framebuffer scale (1x, 2x): elsewhere a display unit's edge is not
// a pixel's, and nothing is left out.
std::vector<ShownPicture> findShownPictures(const ImDrawData& data, int framebufferHeight);

// A frame's damage split where pictures cover it: each piece lies in one
// damaged rectangle and is either covered by the topmost picture over it
// (its index in `pictures`, the last in drawing order winning) or by none
// (-1). Together the pieces are the damage, and none overlap.
struct DamagePiece {
    DamageRect rect;
    int picture = -1;
};
void splitDamageByPictures(const std::vector<DamageRect>& damage, const std::vector<ShownPicture>& pictures,
                           std::vector<DamagePiece>& pieces);

// An ImGui draw callback: copies the picture (UserCallbackData: a
// ShownPicture) into the bound draw framebuffer, within the command's clip.
void copyShownPicture(const ImDrawList* list, const ImDrawCmd* command);

}  // namespace rehearse
