// The frame loop's two halves: when to draw (the wait/poll policy) and one
// frame (ImGui's frame around the panels, then the retained picture, the
// screenshot and the bench). The loop sleeps in glfwWaitEvents when nothing
// happens and wakes once a second while a session clock runs, so an idle
// Rehearse costs no CPU.
#pragma once

#include "app/frame_time_overlay.hpp"

namespace rehearse {

class AppState;
class GuiPlatform;
class PanelList;
class SessionPersistence;
class WindowBenchRun;
struct GuiOptions;
enum class Screen;

class GuiFrame {
public:
    // bench: a `rehearse bench` run drives the frames, or null.
    GuiFrame(const GuiOptions& options, GuiPlatform& platform, AppState& app, SessionPersistence& persistence,
             PanelList& panels, WindowBenchRun* bench);

    // Sleeps until there is something to draw: input, the session clock's
    // next second, the editor's diagnostics, a scenario file changed on disk.
    // False when it woke for nothing that needs a frame.
    bool waitForWork();
    void draw();

    // The screenshot asked for could not be written.
    bool screenshotFailed() const { return m_screenshotFailed; }

private:
    // The library follows its files (core/scenario/scenario_library.hpp); a
    // rehearsal holds its own copy of its scenario. True when they changed.
    bool pollScenarioFiles();

    const GuiOptions& m_options;
    GuiPlatform& m_platform;
    AppState& m_app;
    SessionPersistence& m_persistence;
    PanelList& m_panels;
    WindowBenchRun* m_bench;
    const bool m_screenshotMode;
    FrameTimeOverlay m_frameTimes;
    int m_frame = 0;
    int m_busyFrames;  // frames still to render after input before sleeping again
    bool m_swapped = true;
    double m_frameStartedAt = 0;
    double m_scenariosPolledAt;
    Screen m_lastScreen;
    bool m_screenshotFailed = false;
};

}  // namespace rehearse
