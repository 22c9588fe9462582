#include "app/gui_frame.hpp"

#include "app/app_state.hpp"
#include "app/gui_options.hpp"
#include "app/gui_platform.hpp"
#include "app/panel_list.hpp"
#include "app/screenshot.hpp"
#include "app/session_persistence.hpp"
#include "app/startup_bench.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/window_bench.hpp"

#include <glad/gl.h>
// glad first: GLFW must not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <string>

namespace rehearse {
namespace {

// SIGUSR1 ends --screenshot-delay early: a scripted test that has finished
// its input asks for the screenshot instead of sleeping out the delay.
volatile std::sig_atomic_t g_screenshotRequested = 0;
void onScreenshotSignal(int) { g_screenshotRequested = 1; }

// Frames to render after input before sleeping again. ImGui needs a few:
// a click that creates a canvas item opens its label editor a frame
// later, and keyboard focus lands one frame after that; sleeping sooner
// would swallow the first keystroke typed into it.
constexpr int kFramesAfterInput = 4;
// A frame put on screen without a swap (retained_frame.hpp) does not wait
// for the display's refresh: busy frames then come at most this often.
constexpr double kFrameInterval = 1.0 / 60;

}  // namespace

GuiFrame::GuiFrame(const GuiOptions& options, GuiPlatform& platform, AppState& app, SessionPersistence& persistence,
                   PanelList& panels, WindowBenchRun* bench)
    : m_options(options),
      m_platform(platform),
      m_app(app),
      m_persistence(persistence),
      m_panels(panels),
      m_bench(bench),
      m_screenshotMode(!options.screenshotPath.empty()),
      m_busyFrames(kFramesAfterInput),
      m_scenariosPolledAt(glfwGetTime()),
      m_lastScreen(app.screen()) {
    if (m_screenshotMode) std::signal(SIGUSR1, onScreenshotSignal);
}

bool GuiFrame::pollScenarioFiles() {
    if (glfwGetTime() - m_scenariosPolledAt < kScenarioPollSeconds) return false;
    m_scenariosPolledAt = glfwGetTime();
    return m_app.library().reloadIfChanged();
}

bool GuiFrame::waitForWork() {
    GLFWwindow* window = m_platform.window();
    if (m_bench && m_bench->drivesFrames()) {
        glfwPollEvents();  // frames back to back, as while the user drags
    } else if (m_screenshotMode) {
        // Render steadily but do not spin while a scripted test types.
        glfwWaitEventsTimeout(m_options.screenshotDelay > 0 ? 0.03 : 0.0);
    } else if (m_busyFrames > 0) {
        const double untilNextFrame = m_frameStartedAt + kFrameInterval - glfwGetTime();
        if (!m_swapped && untilNextFrame > 0) glfwWaitEventsTimeout(untilNextFrame);
        else glfwPollEvents();
    } else if (m_app.screen() == Screen::Session) {
        // Wake on the next whole second so the clock ticks on time (and,
        // paused or not, so notes typed in the last second get saved). A
        // wake for the tick alone needs one frame; input needs a few.
        const double timeout = m_app.session().isPaused() ? 1.0 : 1.0 - std::fmod(m_app.now(), 1.0) + 0.01;
        const double before = glfwGetTime();
        glfwWaitEventsTimeout(timeout);
        m_busyFrames = glfwGetTime() - before >= timeout - 0.002 ? 0 : kFramesAfterInput;
    } else if (m_app.screen() == Screen::Editor && m_panels.editor.checkPending()) {
        glfwWaitEventsTimeout(0.05);  // the editor's diagnostics are due: draw them without input
    } else if (m_options.quitAfter > 0) {
        glfwWaitEventsTimeout(std::max(0.01, m_options.quitAfter - glfwGetTime()));
        m_busyFrames = kFramesAfterInput;
    } else if (m_app.screen() == Screen::Library || m_app.screen() == Screen::Editor) {
        // Scenario files saved in another program show within about a
        // second: wake to look (a stat per file), draw only for a change.
        const double before = glfwGetTime();
        glfwWaitEventsTimeout(kScenarioPollSeconds);
        const bool input = glfwGetTime() - before < kScenarioPollSeconds - 0.002;
        if (!input && !pollScenarioFiles() &&
            !(m_app.screen() == Screen::Editor && m_panels.editor.fileChangedOnDisk()))
            return false;
        m_busyFrames = kFramesAfterInput;
    } else {
        glfwWaitEvents();
        m_busyFrames = kFramesAfterInput;
    }
    pollScenarioFiles();
    // --quit-after: the ordinary idle loop, closed as if by the user.
    if (m_options.quitAfter > 0 && glfwGetTime() >= m_options.quitAfter) glfwSetWindowShouldClose(window, GLFW_TRUE);
    if (m_busyFrames > 0) --m_busyFrames;
    if (m_platform.keyPacer().pending()) m_busyFrames = std::max(m_busyFrames, 1);  // keys still queued: next frame soon
    return true;
}

void GuiFrame::draw() {
    GLFWwindow* window = m_platform.window();
    if (m_persistence.takeStyleChange()) m_platform.applyStyle(m_persistence.settings());
    m_persistence.tick();  // retries a write that failed (disk full, ...)

    m_frameStartedAt = glfwGetTime();
    m_frameTimes.frameStarted(m_frameStartedAt);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    m_platform.keyPacer().releaseSlice();
    // A bench run with --screenshot stops its scripted input after
    // --frames and holds still until the shot (what a pan or zoom left).
    const bool benchScripted = m_bench && !(m_screenshotMode && m_frame >= m_options.frames);
    if (benchScripted) m_bench->beforeFrame();
    ImGui::NewFrame();
    widget_handles::beginFrame();
    // Ctrl+Q: the screens save what they hold this frame, then the window closes.
    if (ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q, false)) m_app.requestQuit();

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("Rehearse", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    m_panels.draw(m_app, m_persistence);
    ImGui::End();
    if (m_persistence.settings().frameTimeOverlay) m_frameTimes.draw();
    if (m_app.quitRequested()) glfwSetWindowShouldClose(window, GLFW_TRUE);
    if (m_app.screen() != m_lastScreen) {
        m_panels.screenChanged(m_lastScreen, m_app.screen());
        m_lastScreen = m_app.screen();
        m_busyFrames = kFramesAfterInput;
    }

    ImGui::Render();
    if (std::string error; !widget_handles::endFrame(error)) std::fprintf(stderr, "rehearse: %s\n", error.c_str());
    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    // Only what changed is drawn and put on screen (retained_frame.hpp).
    const bool exposed = m_platform.takeExposed();
    const bool swap = m_platform.retainedFrame().render(ImGui::GetDrawData(), width, height, palette::background,
                                                        m_screenshotMode || exposed);
    m_swapped = swap;

    if (m_screenshotMode && ++m_frame >= m_options.frames &&
        (glfwGetTime() >= m_options.screenshotDelay || g_screenshotRequested)) {
        std::string error;
        if (writeFramebufferPng(m_options.screenshotPath, width, height, error)) {
            std::printf("wrote %s (%dx%d)\n", m_options.screenshotPath.c_str(), width, height);
        } else {
            std::fprintf(stderr, "rehearse: %s\n", error.c_str());
            m_screenshotFailed = true;
        }
        glfwSetWindowShouldClose(window, GLFW_TRUE);
    }
    if (swap) glfwSwapBuffers(window);
    m_frameTimes.frameShown(glfwGetTime());
    if (m_bench) {
        glFinish();  // the frame is drawn, not just queued
        if (benchScripted && m_bench->afterFrame(glfwGetTime()) && !m_screenshotMode)
            glfwSetWindowShouldClose(window, GLFW_TRUE);
    }
    if (m_options.firstFrameReport && ImGui::GetDrawData()->TotalVtxCount > 0) {
        // `rehearse bench startup`: the first frame that shows something
        // is on screen once GL has drawn it.
        glFinish();
        std::printf("first-frame %lld %lld\n", monotonicNanoseconds(), processCpuNanoseconds());
        std::fflush(stdout);
        glfwSetWindowShouldClose(window, GLFW_TRUE);
    }
}

}  // namespace rehearse
