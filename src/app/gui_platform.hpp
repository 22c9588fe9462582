// The window and what draws into it: GLFW, the OpenGL 3.3 context (glad),
// Dear ImGui with its GLFW and OpenGL backends, the fonts at the window's
// scale, the key pacer and the retained frame. Opened in steps because
// start-up overlaps them with loading the scenarios, the store and the
// fonts (run_gui.cpp); closed in reverse.
#pragma once

#include "app/key_event_pacer.hpp"
#include "app/retained_frame.hpp"

struct GLFWwindow;
struct ImFontAtlas;

namespace rehearse {

class SessionPersistence;
struct Settings;

class GuiPlatform {
public:
    GuiPlatform() = default;
    GuiPlatform(const GuiPlatform&) = delete;  // the key pacer and GLFW's callbacks point here
    GuiPlatform& operator=(const GuiPlatform&) = delete;
    ~GuiPlatform() { close(); }

    // GLFW itself; false (said on stderr) when there is no display.
    bool start();
    // The content scale a window gets on the primary monitor: the fonts are
    // rasterised for it before the window exists.
    float primaryMonitorScale() const;
    // The window and its GL 3.3 context; false when either cannot be had.
    // vsync false: frames as fast as they go (a measured bench run).
    bool openWindow(int width, int height, bool vsync);
    // Dear ImGui on the window with the fonts in atlas (owned from here),
    // rasterised at atlasScale: rasterised again if the window's own scale
    // differs (it landed on another monitor).
    void startImGui(ImFontAtlas* atlas, float atlasScale, SessionPersistence& persistence);
    // A new text size or theme: fonts are rebuilt between frames, never inside one.
    void applyStyle(const Settings& settings);
    // Everything started, in reverse. The screens' offscreen pictures go
    // after this: without a context they only forget their GL objects.
    void close();

    GLFWwindow* window() const { return m_window; }
    KeyEventPacer& keyPacer() { return m_keyPacer; }
    RetainedFrame& retainedFrame() { return m_retainedFrame; }
    // The window system lost the window's pixels (uncovered, restored) since
    // the last call: the kept picture must go on screen again.
    bool takeExposed();

private:
    bool m_started = false;
    GLFWwindow* m_window = nullptr;
    ImFontAtlas* m_atlas = nullptr;  // shared with the ImGui context
    bool m_imgui = false;
    float m_scale = 1.0f;  // the window's content scale
    KeyEventPacer m_keyPacer;  // no keystroke lost between frames (key_event_pacer.hpp)
    RetainedFrame m_retainedFrame;  // the window's picture, redrawn only where it changed
};

}  // namespace rehearse
