// A picture drawn once with ImDrawList calls into a texture of its own, then
// shown as one textured rectangle frame after frame until its owner draws it
// again (the canvas: its board, grid and items, redrawn only when the
// document, the zoom or the part of the board on screen changes). Under a
// software renderer that turns a frame of the board's every shape into a
// copy of its pixels.
//
// Two textures in turn: a redrawn picture has a new texture id, so the
// window's damage tracking (FrameDamage) sees that it changed.
//
// Works only with a GL context current and ImGui's OpenGL 3 renderer;
// available() says so, and a caller without it draws directly as before
// (headless tests, the window-less canvas benchmark).
#pragma once

#include <imgui.h>

namespace rehearse {

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

    // A list to draw the picture with, in the picture's own display
    // coordinates ((0, 0) its top-left, `size` its extent), the font atlas
    // bound and clipped to the picture.
    ImDrawList& begin(ImVec2 size);
    // Renders the list into the next texture. False (nothing shown) when
    // the GL objects cannot be had.
    bool end();
    // Adds the picture to `dl` with its top-left at `at` (display coordinates).
    void show(ImDrawList* dl, ImVec2 at) const;
    bool ready() const { return m_ready; }
    ImVec2 size() const { return m_size; }
    void release();

private:
    void swap(OffscreenLayer& other) noexcept;
    bool ensureTextures(int width, int height);

    ImDrawList* m_list = nullptr;  // owned; made on first use, with the context's shared data
    unsigned int m_framebuffers[2] = {0, 0};
    unsigned int m_textures[2] = {0, 0};
    int m_current = 0;  // the texture shown
    int m_width = 0, m_height = 0;  // the textures' pixels
    ImVec2 m_size;                   // the picture, display units
    ImVec2 m_scale = ImVec2(1, 1);   // display units to pixels
    bool m_ready = false;
};

}  // namespace rehearse
