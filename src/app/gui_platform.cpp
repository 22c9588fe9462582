#include "app/gui_platform.hpp"

#include "app/fonts.hpp"
#include "app/session_persistence.hpp"
#include "app/settings_window.hpp"

#include <glad/gl.h>
// glad first: GLFW must not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cmath>
#include <cstdio>

namespace rehearse {
namespace {

void onGlfwError(int code, const char* description) {
    std::fprintf(stderr, "rehearse: GLFW error %d: %s\n", code, description);
}

// The window system lost the window's pixels (uncovered, restored): the
// next frame puts the kept picture on screen again even if nothing changed.
bool g_windowExposed = false;
void onWindowRefresh(GLFWwindow*) { g_windowExposed = true; }

// A content scale a person could mean; anything else is read as 1.
float plausibleScale(float scale) { return scale > 0.5f && scale < 4.0f ? scale : 1.0f; }

}  // namespace

bool GuiPlatform::start() {
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit()) {
        std::fprintf(stderr, "rehearse: cannot open a window (no display?). The subcommands work without one: rehearse --help\n");
        return false;
    }
    m_started = true;
    return true;
}

float GuiPlatform::primaryMonitorScale() const {
    float scale = 1.0f, scaleY = 1.0f;
    if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) glfwGetMonitorContentScale(monitor, &scale, &scaleY);
    return plausibleScale(scale);
}

bool GuiPlatform::openWindow(int width, int height, bool vsync) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    m_window = glfwCreateWindow(width, height, "Rehearse", nullptr, nullptr);
    if (!m_window) return false;
    glfwMakeContextCurrent(m_window);
    if (!gladLoadGL(glfwGetProcAddress)) {
        std::fprintf(stderr, "rehearse: OpenGL 3.3 is not available\n");
        return false;
    }
    glfwSwapInterval(vsync ? 1 : 0);
    float scaleY = 1.0f;
    glfwGetWindowContentScale(m_window, &m_scale, &scaleY);
    m_scale = plausibleScale(m_scale);
    return true;
}

void GuiPlatform::startImGui(ImFontAtlas* atlas, float atlasScale, SessionPersistence& persistence) {
    m_atlas = atlas;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext(atlas);
    m_imgui = true;
    ImGuiIO& io = ImGui::GetIO();
    // $XDG_CONFIG_HOME/rehearse/imgui.ini (table widths, popups); never the working directory.
    io.IniFilename = persistence.imguiIniPath();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    if (m_scale == atlasScale) io.FontDefault = fonts().regular;
    else loadFonts(std::round(persistence.settings().fontSize * m_scale));
    applySettingsStyle(persistence.settings(), m_scale);
    ImGui_ImplGlfw_InitForOpenGL(m_window, true);
    m_keyPacer.install(m_window);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    glfwSetWindowRefreshCallback(m_window, onWindowRefresh);
    m_retainedFrame.setUp(m_window);
}

void GuiPlatform::applyStyle(const Settings& settings) {
    loadFonts(std::round(settings.fontSize * m_scale));
    applySettingsStyle(settings, m_scale);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    m_retainedFrame.invalidate();
}

bool GuiPlatform::takeExposed() {
    const bool exposed = g_windowExposed;
    g_windowExposed = false;
    return exposed;
}

void GuiPlatform::close() {
    if (m_imgui) {
        m_retainedFrame.release();  // while its GL context is there
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
        m_imgui = false;
    }
    IM_DELETE(m_atlas);
    m_atlas = nullptr;
    if (m_window) glfwDestroyWindow(m_window);
    m_window = nullptr;
    if (m_started) {
        glfwTerminate();
        // GLFW's "not initialised" from what is destroyed after this is no news.
        glfwSetErrorCallback(nullptr);
    }
    m_started = false;
}

}  // namespace rehearse
