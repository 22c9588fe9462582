// The window's picture, kept between frames and redrawn only where the frame
// changed (FrameDamage). Under a software renderer every pixel drawn costs
// CPU: a frame where only the session clock or a hovered button changed
// costs those few pixels, and a frame where nothing changed costs nothing.
//
// Where the window system can put parts of the back buffer on screen
// (PartialPresent), the back buffer is the kept picture: never swapped,
// drawn where it changed and those parts copied to the screen. Elsewhere
// the picture is kept in an offscreen framebuffer and copied whole to the
// window, which is then swapped (what a back buffer holds after a swap is
// undefined, so that is never relied on).
//
//   once, with the context current:  retained.setUp(window);
//   each frame, after ImGui::Render():
//     if (retained.render(ImGui::GetDrawData(), width, height, clear)) glfwSwapBuffers(window);
#pragma once

#include "app/frame_damage.hpp"
#include "app/partial_present.hpp"
#include "app/shown_picture.hpp"

#include <imgui.h>

#include <vector>

struct GLFWwindow;

namespace rehearse {

class RetainedFrame {
public:
    RetainedFrame() = default;
    RetainedFrame(const RetainedFrame&) = delete;
    RetainedFrame& operator=(const RetainedFrame&) = delete;
    // Needs the GL context current: call release() before it goes.
    ~RetainedFrame() { release(); }

    void setUp(GLFWwindow* window) { m_partial.setUp(window); }
    // Draws what changed of `data` (ImGui's draw data, after Render) into
    // the kept picture, cleared with `clear`, and puts it on screen. True
    // when the caller must swap the window's buffers to show it. `show`:
    // the whole picture must be in the window's framebuffer and on screen
    // even if nothing changed (a screenshot reads the framebuffer; the
    // window was exposed).
    bool render(ImDrawData* data, int width, int height, const ImVec4& clear, bool show = false);
    // The next render draws everything (new fonts or theme).
    void invalidate() { m_damage.invalidate(); }
    // How much the last render drew, as a share of the window (0..1); for the frame-time overlay.
    float lastDrawnShare() const { return m_lastDrawnShare; }
    void release();

private:
    bool ensureTarget(int width, int height);

    bool drawDamage(ImDrawData* data, const std::vector<DamageRect>& damage, int width, int height,
                    const ImVec4& clear);

    FrameDamage m_damage;
    PartialPresent m_partial;
    unsigned int m_framebuffer = 0, m_colour = 0;
    int m_width = 0, m_height = 0;
    bool m_unavailable = false;  // no framebuffer objects: every frame is drawn whole, as before
    float m_lastDrawnShare = 1;
    std::vector<int> m_pixelRects;  // the last damage, GL pixels: x, y, width, height each
    // This frame's opaque pictures, and its damage split by them: what
    // is under the picture of a piece is not drawn.
    std::vector<ShownPicture> m_pictures;  // the copy callbacks point into it until the frame is drawn
    std::vector<DamagePiece> m_pieces;
};

}  // namespace rehearse
