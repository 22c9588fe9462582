// A picture drawn once with ImDrawList calls into a texture of its own, then
// shown as one textured rectangle frame after frame until its owner draws it
// again (the canvas: its board, grid and items, redrawn only when the
// document, the zoom or the part of the board on screen changes). Under a
// software renderer that turns a frame of the board's every shape into a
// copy of its pixels.
//
// Two textures in turn: a redrawn picture has a new texture id, so the
// window's damage tracking (FrameDamage) sees that it changed. A new
// picture can start from the last one's pixels, moved (a GPU copy), so
// that only what came into view is drawn: panning never draws it all.
//
// A picture shown pixel for pixel can be copied into the window instead of
// drawn, and an opaque one hides what is under it: RetainedFrame does both
// (shown_picture.hpp).
//
// Works only with a GL context current and ImGui's OpenGL 3 renderer;
// available() says so, and a caller without it draws directly as before
// (headless tests, the window-less canvas benchmark).
#pragma once

#include <imgui.h>

namespace rehearse {

// A picture's texture, as the frame's drawing finds it by its id.
struct PictureTexture {
    unsigned int framebuffer = 0;  // the texture is its colour
    int width = 0, height = 0;     // its texels
    bool opaque = false;           // every pixel of a picture shown from it is opaque
};

class OffscreenLayer {
public:
    OffscreenLayer() = default;
    OffscreenLayer(OffscreenLayer&& other) noexcept { swap(other); }
    OffscreenLayer& operator=(OffscreenLayer&& other) noexcept {
        if (this != &other) {
            release();
            swap(other);
        }
        return *this;
    }
    OffscreenLayer(const OffscreenLayer&) = delete;
    OffscreenLayer& operator=(const OffscreenLayer&) = delete;
    ~OffscreenLayer() { release(); }

    static bool available();
    // The picture texture with this id, or null (fonts, icons, ...).
    static const PictureTexture* pictureTexture(ImTextureID id);

    // The owner paints every pixel of each picture (the canvas board: its
    // background first): whatever a frame draws under it can be left out.
    void setOpaque(bool opaque);

    // A list to draw the picture with, in the picture's own display
    // coordinates ((0, 0) its top-left, `size` its extent), the font atlas
    // bound and clipped to the picture.
    ImDrawList& begin(ImVec2 size);
    // The same, over the last picture's pixels with their top-left moved to
    // `keptAt` (whole display units, in the new picture). What they do not
    // cover is the caller's to draw (core/canvas/picture_scroll.hpp says
    // where) and holds stale pixels until then.
    // Needs canKeep(size): otherwise the picture starts empty.
    ImDrawList& beginFromLast(ImVec2 size, ImVec2 keptAt);
    // Whether a picture of `size` can start from the last one's pixels
    // (there is one, at this scale, and the textures are large enough).
    bool canKeep(ImVec2 size) const;
    // Renders the list into the next texture. False (nothing shown) when
    // the GL objects cannot be had.
    bool end();
    // Adds the picture to `dl` with its top-left at `at` (display coordinates).
    void show(ImDrawList* dl, ImVec2 at) const { showScaled(dl, at, m_size); }
    // The same, stretched to `size` (a zoom in progress): filtered.
    void showScaled(ImDrawList* dl, ImVec2 at, ImVec2 size) const;
    bool ready() const { return m_ready; }
    ImVec2 size() const { return m_size; }
    void release();

private:
    void swap(OffscreenLayer& other) noexcept;
    bool ensureTextures(int width, int height);
    void copyLast(int width, int height);

    ImDrawList* m_list = nullptr;  // owned; made on first use, with the context's shared data
    unsigned int m_framebuffers[2] = {0, 0};
    unsigned int m_textures[2] = {0, 0};
    int m_current = 0;  // the texture shown
    int m_width = 0, m_height = 0;  // the textures' pixels
    ImVec2 m_size;                   // the picture, display units
    ImVec2 m_scale = ImVec2(1, 1);   // display units to pixels
    bool m_ready = false;
    bool m_opaque = false;
    // Set by beginFromLast: the last picture's pixels to keep, and where.
    bool m_keepLast = false;
    ImVec2 m_keptAt;
    int m_lastWidth = 0, m_lastHeight = 0;  // the last picture's pixels
};

}  // namespace rehearse
