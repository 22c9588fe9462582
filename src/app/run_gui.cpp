// The window and the frame loop: GLFW + OpenGL 3.3 + Dear ImGui. The loop
// sleeps in glfwWaitEvents when nothing happens and wakes once a second
// while a session clock runs, so an idle Rehearse costs no CPU.
#include "app/app_state.hpp"
#include "app/debrief_view.hpp"
#include "app/editor_screen.hpp"
#include "app/fonts.hpp"
#include "app/frame_time_overlay.hpp"
#include "app/gui_options.hpp"
#include "app/history_screen.hpp"
#include "app/hot_seat.hpp"
#include "app/key_event_pacer.hpp"
#include "app/library_screen.hpp"
#include "app/pair_network.hpp"
#include "app/resume_prompt.hpp"
#include "app/retained_frame.hpp"
#include "app/screenshot.hpp"
#include "app/session_persistence.hpp"
#include "app/session_screen.hpp"
#include "app/settings_window.hpp"
#include "app/shortcut_help.hpp"
#include "app/startup_bench.hpp"
#include "app/storage_notices.hpp"
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
#include <future>
#include <memory>
#include <optional>
#include <cmath>
#include <csignal>
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

// SIGUSR1 ends --screenshot-delay early: a scripted test that has finished
// its input asks for the screenshot instead of sleeping out the delay.
volatile std::sig_atomic_t g_screenshotRequested = 0;
void onScreenshotSignal(int) { g_screenshotRequested = 1; }

// Opens what the command line asked for; reports what it could not find.
bool openRequested(AppState& app, const GuiOptions& options) {
    // The editor opens the scenario itself (below): no rehearsal of it.
    if (options.scenarioId.empty() || options.screen == "editor") return true;
    const Scenario* scenario = app.library().find(options.scenarioId);
    if (!scenario) {
        std::fprintf(stderr, "rehearse: no scenario with id '%s' (see `rehearse list`)\n", options.scenarioId.c_str());
        return false;
    }
    if (options.pair) app.startPairSession(*scenario, std::nullopt, StartPair{options.interviewerName, options.candidateName});
    else app.startSession(*scenario);
    if (!options.stageId.empty()) {
        auto kind = stageKindFromId(options.stageId);
        const auto& stages = scenario->stages;
        std::size_t index = stages.size();
        for (std::size_t i = 0; kind && i < stages.size(); ++i)
            if (stages[i].kind == *kind) index = i;
        if (index == stages.size()) {
            std::fprintf(stderr, "rehearse: scenario '%s' has no stage '%s'\n", scenario->id.c_str(),
                         options.stageId.c_str());
            return false;
        }
        app.rehearsal().dispatch(GoToStage{index});
    }
    if (options.endAtOnce) app.finishSession();
    return true;
}

}  // namespace

// Start-up runs three things at once, since none needs another's result
// until the first frame: the scenarios load (AppState), the store and
// settings open and the fonts are found and rasterised (they need the text
// size from the settings), while this thread opens the window and its GL
// context. Neither helper touches GLFW, GL or an ImGui context: the atlas is
// built detached and handed to the context once it exists.
int runGui(const GuiOptions& options) {
    std::optional<WindowBenchRun> bench;  // `rehearse bench frames|canvas|idle|memory` runs this
    if (!options.benchRun.empty()) {
        std::string error;
        const std::optional<WindowBenchPlan> plan = parseWindowBenchPlan(options.benchRun, error);
        if (!plan) {
            std::fprintf(stderr, "rehearse: %s\n", error.c_str());
            return 2;
        }
        bench.emplace(*plan);
    }
    glfwSetErrorCallback(onGlfwError);
    constexpr auto kAnotherThread = std::launch::async | std::launch::deferred;  // deferred: no thread to be had
    std::future<std::unique_ptr<AppState>> loadingApp =
        std::async(kAnotherThread, [&options] { return std::make_unique<AppState>(options.scenarioPaths); });
    if (!glfwInit()) {
        std::fprintf(stderr, "rehearse: cannot open a window (no display?). The subcommands work without one: rehearse --help\n");
        return 1;
    }
    // The scale the window will get on the primary monitor; the fonts are
    // rasterised for it before the window exists (and again below in the
    // rare case the window lands elsewhere).
    float fontScale = 1.0f, fontScaleY = 1.0f;
    if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) glfwGetMonitorContentScale(monitor, &fontScale, &fontScaleY);
    if (!(fontScale > 0.5f && fontScale < 4.0f)) fontScale = 1.0f;

    // The store and settings, then the fonts: the settings choose the text size.
    struct Opened {
        std::unique_ptr<SessionPersistence> persistence;
        ImFontAtlas* atlas = nullptr;  // owned by us, shared with the ImGui context
    };
    std::future<Opened> opening = std::async(kAnotherThread, [&options, fontScale] {
        Opened opened;
        opened.persistence = std::make_unique<SessionPersistence>(
            PersistenceOptions::forGui(!options.screenshotPath.empty(), options.noStore));
        opened.atlas = IM_NEW(ImFontAtlas)();
        buildFonts(*opened.atlas, std::round(opened.persistence->settings().fontSize * fontScale));
        return opened;
    });

    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "Rehearse", nullptr, nullptr);
    Opened opened = opening.get();
    SessionPersistence& persistence = *opened.persistence;
    if (!window) {
        IM_DELETE(opened.atlas);
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    if (!gladLoadGL(glfwGetProcAddress)) {
        std::fprintf(stderr, "rehearse: OpenGL 3.3 is not available\n");
        IM_DELETE(opened.atlas);
        glfwDestroyWindow(window);
        glfwTerminate();
        return 1;
    }
    glfwSwapInterval(bench && bench->drivesFrames() ? 0 : 1);  // measured frames: as fast as they go

    float scale = 1.0f, scaleY = 1.0f;
    glfwGetWindowContentScale(window, &scale, &scaleY);
    if (!(scale > 0.5f && scale < 4.0f)) scale = 1.0f;

    IMGUI_CHECKVERSION();
    ImGui::CreateContext(opened.atlas);
    ImGuiIO& io = ImGui::GetIO();
    // $XDG_CONFIG_HOME/rehearse/imgui.ini (table widths, popups); never the working directory.
    io.IniFilename = persistence.imguiIniPath();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    if (scale == fontScale) io.FontDefault = fonts().regular;
    else loadFonts(std::round(persistence.settings().fontSize * scale));
    applySettingsStyle(persistence.settings(), scale);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    KeyEventPacer keyPacer;  // no keystroke lost between frames (key_event_pacer.hpp)
    keyPacer.install(window);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    glfwSetWindowRefreshCallback(window, onWindowRefresh);
    RetainedFrame retainedFrame;  // the window's picture, redrawn only where it changed
    retainedFrame.setUp(window);

    std::unique_ptr<AppState> loadedApp = loadingApp.get();
    AppState& app = *loadedApp;
    app.setPersistence(&persistence);
    applySettingsToApp(persistence.settings(), app);
    HistoryScreen history;
    SettingsWindow settingsWindow;
    ResumePrompt resumePrompt;
    StorageNotices storageNotices;
    LibraryScreen library;
    SessionScreen sessionScreen;
    DebriefView debrief;
    HotSeat hotSeat;
    PairNetwork pairNetwork;  // pair practice on two machines: the channel wakes the loop
    pairNetwork.setWakeUp([] { glfwPostEmptyEvent(); });
    if (options.pairNetwork) pairNetwork.start(app, *options.pairNetwork);
    EditorScreen editor;
    ShortcutHelp shortcutHelp;
    FrameTimeOverlay frameTimes;
    int exitCode = openRequested(app, options) ? 0 : 1;
    if (bench && !bench->setUp(app)) exitCode = 1;
    if (bench && exitCode != 0) glfwSetWindowShouldClose(window, GLFW_TRUE);
    const bool screenshotMode = !options.screenshotPath.empty();
    if (screenshotMode) std::signal(SIGUSR1, onScreenshotSignal);
    if (exitCode != 0 && screenshotMode) glfwSetWindowShouldClose(window, GLFW_TRUE);
    // Offer the last unfinished session, unless the command line opened one.
    if (options.scenarioId.empty() && (!screenshotMode || options.screen == "resume")) resumePrompt.offer(persistence);
    if (options.screen == "history") app.showHistory();
    if (options.screen == "settings") settingsWindow.open();
    if (options.screen == "editor") app.openEditor(options.scenarioId);  // a new one, or this scenario

    widget_handles::startRecording(options.widgetListPath);
    int frame = 0;
    // Frames to render after input before sleeping again. ImGui needs a few:
    // a click that creates a canvas item opens its label editor a frame
    // later, and keyboard focus lands one frame after that; sleeping sooner
    // would swallow the first keystroke typed into it.
    constexpr int kFramesAfterInput = 4;
    int busyFrames = kFramesAfterInput;
    // A frame put on screen without a swap (retained_frame.hpp) does not wait
    // for the display's refresh: busy frames then come at most this often.
    constexpr double kFrameInterval = 1.0 / 60;
    bool swapped = true;
    double frameStartedAt = 0;
    Screen lastScreen = app.screen();
    // The library follows its files (core/scenario/scenario_library.hpp); a
    // rehearsal holds its own copy of its scenario.
    double scenariosPolledAt = glfwGetTime();
    auto pollScenarioFiles = [&] {
        if (glfwGetTime() - scenariosPolledAt < kScenarioPollSeconds) return false;
        scenariosPolledAt = glfwGetTime();
        return app.library().reloadIfChanged();
    };
    while (!glfwWindowShouldClose(window)) {
        if (bench && bench->drivesFrames()) {
            glfwPollEvents();  // frames back to back, as while the user drags
        } else if (screenshotMode) {
            // Render steadily but do not spin while a scripted test types.
            glfwWaitEventsTimeout(options.screenshotDelay > 0 ? 0.03 : 0.0);
        } else if (busyFrames > 0) {
            const double untilNextFrame = frameStartedAt + kFrameInterval - glfwGetTime();
            if (!swapped && untilNextFrame > 0) glfwWaitEventsTimeout(untilNextFrame);
            else glfwPollEvents();
        } else if (app.screen() == Screen::Session) {
            // Wake on the next whole second so the clock ticks on time (and,
            // paused or not, so notes typed in the last second get saved). A
            // wake for the tick alone needs one frame; input needs a few.
            const double timeout = app.session().isPaused() ? 1.0 : 1.0 - std::fmod(app.now(), 1.0) + 0.01;
            const double before = glfwGetTime();
            glfwWaitEventsTimeout(timeout);
            busyFrames = glfwGetTime() - before >= timeout - 0.002 ? 0 : kFramesAfterInput;
        } else if (app.screen() == Screen::Editor && editor.checkPending()) {
            glfwWaitEventsTimeout(0.05);  // the editor's diagnostics are due: draw them without input
        } else if (options.quitAfter > 0) {
            glfwWaitEventsTimeout(std::max(0.01, options.quitAfter - glfwGetTime()));
            busyFrames = kFramesAfterInput;
        } else if (app.screen() == Screen::Library || app.screen() == Screen::Editor) {
            // Scenario files saved in another program show within about a
            // second: wake to look (a stat per file), draw only for a change.
            const double before = glfwGetTime();
            glfwWaitEventsTimeout(kScenarioPollSeconds);
            const bool input = glfwGetTime() - before < kScenarioPollSeconds - 0.002;
            if (!input && !pollScenarioFiles() && !(app.screen() == Screen::Editor && editor.fileChangedOnDisk()))
                continue;
            busyFrames = kFramesAfterInput;
        } else {
            glfwWaitEvents();
            busyFrames = kFramesAfterInput;
        }
        pollScenarioFiles();
        // --quit-after: the ordinary idle loop, closed as if by the user.
        if (options.quitAfter > 0 && glfwGetTime() >= options.quitAfter) glfwSetWindowShouldClose(window, GLFW_TRUE);
        if (busyFrames > 0) --busyFrames;
        if (keyPacer.pending()) busyFrames = std::max(busyFrames, 1);  // keys still queued: next frame soon

        if (persistence.takeStyleChange()) {
            // A new text size or theme: fonts are rebuilt between frames, never inside one.
            loadFonts(std::round(persistence.settings().fontSize * scale));
            applySettingsStyle(persistence.settings(), scale);
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
            retainedFrame.invalidate();
        }
        persistence.tick();  // retries a write that failed (disk full, ...)

        frameStartedAt = glfwGetTime();
        frameTimes.frameStarted(frameStartedAt);
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        keyPacer.releaseSlice();
        // A bench run with --screenshot stops its scripted input after
        // --frames and holds still until the shot (what a pan or zoom left).
        const bool benchScripted = bench && !(screenshotMode && frame >= options.frames);
        if (benchScripted) bench->beforeFrame();
        ImGui::NewFrame();
        widget_handles::beginFrame();
        // Ctrl+Q: the screens save what they hold this frame, then the window closes.
        if (ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q, false)) app.requestQuit();

        const ImGuiViewport* viewport = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(viewport->WorkPos);
        ImGui::SetNextWindowSize(viewport->WorkSize);
        ImGui::Begin("Rehearse", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_NoBringToFrontOnFocus);
        pairNetwork.poll(app);
        switch (app.screen()) {
            case Screen::Library: library.draw(app); break;
            case Screen::Session:
                if (pairNetwork.ownsRehearsal(app)) pairNetwork.drawSession(app, sessionScreen);
                else if (app.session().isPair()) hotSeat.drawSession(app, sessionScreen);
                else sessionScreen.draw(app);
                break;
            case Screen::Debrief:
                if (pairNetwork.ownsRehearsal(app)) pairNetwork.drawDebrief(app, debrief);
                else if (app.hasSession() && app.session().isPair()) hotSeat.drawDebrief(app, debrief);
                else debrief.draw(app);
                break;
            case Screen::History: history.draw(app, settingsWindow); break;
            case Screen::Editor: editor.draw(app); break;
        }
        if (app.screen() == Screen::Library) storageNotices.drawLibraryButtons(app, settingsWindow);
        if (auto choice = library.takeNetworkPairChoice())
            *choice == LibraryScreen::NetworkPair::Host ? pairNetwork.openHostDialog() : pairNetwork.openJoinDialog();
        pairNetwork.drawDialogs(app);
        settingsWindow.draw(app, persistence);
        resumePrompt.draw(app);
        storageNotices.draw(app);
        shortcutHelp.draw();
        ImGui::End();
        if (persistence.settings().frameTimeOverlay) frameTimes.draw();
        if (app.quitRequested()) glfwSetWindowShouldClose(window, GLFW_TRUE);
        if (app.screen() != lastScreen) {
            // (AppState checkpointed the rehearsal if the session screen was left.)
            if (app.screen() == Screen::Session && lastScreen != Screen::Session) sessionScreen.reset();
            if (app.screen() == Screen::Session && lastScreen != Screen::Session) hotSeat.reset();  // behind the cover again
            lastScreen = app.screen();
            busyFrames = kFramesAfterInput;
        }

        ImGui::Render();
        if (std::string error; !widget_handles::endFrame(error)) std::fprintf(stderr, "rehearse: %s\n", error.c_str());
        int width = 0, height = 0;
        glfwGetFramebufferSize(window, &width, &height);
        // Only what changed is drawn and put on screen (retained_frame.hpp).
        const bool swap = retainedFrame.render(ImGui::GetDrawData(), width, height, palette::background,
                                               screenshotMode || g_windowExposed);
        swapped = swap;
        g_windowExposed = false;

        if (screenshotMode && ++frame >= options.frames &&
            (glfwGetTime() >= options.screenshotDelay || g_screenshotRequested)) {
            std::string error;
            if (writeFramebufferPng(options.screenshotPath, width, height, error)) {
                std::printf("wrote %s (%dx%d)\n", options.screenshotPath.c_str(), width, height);
            } else {
                std::fprintf(stderr, "rehearse: %s\n", error.c_str());
                exitCode = 1;
            }
            glfwSetWindowShouldClose(window, GLFW_TRUE);
        }
        if (swap) glfwSwapBuffers(window);
        frameTimes.frameShown(glfwGetTime());
        if (bench) {
            glFinish();  // the frame is drawn, not just queued
            if (benchScripted && bench->afterFrame(glfwGetTime()) && !screenshotMode) glfwSetWindowShouldClose(window, GLFW_TRUE);
        }
        if (options.firstFrameReport && ImGui::GetDrawData()->TotalVtxCount > 0) {
            // `rehearse bench startup`: the first frame that shows something
            // is on screen once GL has drawn it.
            glFinish();
            std::printf("first-frame %lld %lld\n", monotonicNanoseconds(), processCpuNanoseconds());
            std::fflush(stdout);
            glfwSetWindowShouldClose(window, GLFW_TRUE);
        }
    }

    pairNetwork.keepCopy(app);  // a pair session left mid-interview is kept, not lost
    app.closeSession();  // notes typed last and the journal written, while the store is open
    pairNetwork.shutDown();  // the partner told, before GLFW goes (the channel wakes the loop through it)
    retainedFrame.release();  // while its GL context is there
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    IM_DELETE(opened.atlas);
    glfwDestroyWindow(window);
    glfwTerminate();
    // The screens' offscreen pictures go after this: without a context they
    // only forget their GL objects, and GLFW's "not initialised" is no news.
    glfwSetErrorCallback(nullptr);
    return exitCode;
}

}  // namespace rehearse
