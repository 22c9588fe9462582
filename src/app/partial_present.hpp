// Puts parts of the window's back buffer on screen without a swap, where the
// window system can (X11 with GLX_MESA_copy_sub_buffer, which Mesa offers
// with every driver, llvmpipe included). The back buffer is then never
// swapped away: it keeps the last frame, and a frame that changed a clock's
// digits draws and copies those digits only.
#pragma once

struct GLFWwindow;

namespace rehearse {

class PartialPresent {
public:
    // With `window`'s context current. False when the window system has no
    // way to do it (then present frames by swapping, as usual).
    bool setUp(GLFWwindow* window);
    bool available() const { return m_copy != nullptr; }
    // Copies the rectangle (GL window coordinates: from the bottom-left) of
    // the back buffer to the screen.
    void copy(int x, int y, int width, int height) const;

private:
    using CopySubBuffer = void (*)(void* display, unsigned long drawable, int x, int y, int width, int height);
    CopySubBuffer m_copy = nullptr;
    void* m_display = nullptr;
    unsigned long m_drawable = 0;
};

}  // namespace rehearse
