// Start-up, the loop and the close: the window (gui_platform.hpp), the panels
// (panel_list.hpp) and the frame (gui_frame.hpp) put together.
#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/gui_frame.hpp"
#include "app/gui_options.hpp"
#include "app/gui_platform.hpp"
#include "app/panel_list.hpp"
#include "app/session_persistence.hpp"
#include "app/settings_window.hpp"
#include "app/widget_handles.hpp"
#include "app/window_bench.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <future>
#include <memory>
#include <optional>

namespace rehearse {
namespace {

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
        const auto kind = stageKindFromId(options.stageId);
        const Stage* stage = kind ? scenario->findStage(*kind) : nullptr;
        if (!stage) {
            std::fprintf(stderr, "rehearse: scenario '%s' has no stage '%s'\n", scenario->id.c_str(),
                         options.stageId.c_str());
            return false;
        }
        app.rehearsal().dispatch(GoToStage{StageIndex(static_cast<std::size_t>(stage - scenario->stages.data()))});
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
    constexpr auto kAnotherThread = std::launch::async | std::launch::deferred;  // deferred: no thread to be had
    std::future<std::unique_ptr<AppState>> loadingApp =
        std::async(kAnotherThread, [&options] { return std::make_unique<AppState>(options.scenarioPaths); });
    GuiPlatform platform;
    if (!platform.start()) return 1;
    // The scale the window will get on the primary monitor; the fonts are
    // rasterised for it before the window exists (and again if the window
    // lands elsewhere).
    const float fontScale = platform.primaryMonitorScale();

    // The store and settings, then the fonts: the settings choose the text size.
    struct Opened {
        std::unique_ptr<SessionPersistence> persistence;
        ImFontAtlas* atlas = nullptr;  // handed to the platform's ImGui context
    };
    std::future<Opened> opening = std::async(kAnotherThread, [&options, fontScale] {
        Opened opened;
        opened.persistence = std::make_unique<SessionPersistence>(
            PersistenceOptions::forGui(!options.screenshotPath.empty(), options.noStore));
        opened.atlas = IM_NEW(ImFontAtlas)();
        buildFonts(*opened.atlas, std::round(opened.persistence->settings().fontSize * fontScale));
        return opened;
    });
    const bool windowOpen = platform.openWindow(options.width, options.height,
                                                !(bench && bench->drivesFrames()));  // measured frames: as fast as they go
    Opened opened = opening.get();
    if (!windowOpen) {
        IM_DELETE(opened.atlas);
        return 1;
    }
    SessionPersistence& persistence = *opened.persistence;
    platform.startImGui(opened.atlas, fontScale, persistence);

    std::unique_ptr<AppState> loadedApp = loadingApp.get();
    AppState& app = *loadedApp;
    app.setPersistence(&persistence);
    applySettingsToApp(persistence.settings(), app);
    PanelList panels;
    panels.pairNetwork.setWakeUp([] { glfwPostEmptyEvent(); });
    if (options.pairNetwork) panels.pairNetwork.start(app, *options.pairNetwork);
    int exitCode = openRequested(app, options) ? 0 : 1;
    if (bench && !bench->setUp(app)) exitCode = 1;
    if (bench && exitCode != 0) glfwSetWindowShouldClose(platform.window(), GLFW_TRUE);
    const bool screenshotMode = !options.screenshotPath.empty();
    if (exitCode != 0 && screenshotMode) glfwSetWindowShouldClose(platform.window(), GLFW_TRUE);
    // Offer the last unfinished session, unless the command line opened one.
    if (options.scenarioId.empty() && (!screenshotMode || options.screen == "resume"))
        panels.resumePrompt.offer(persistence);
    if (options.screen == "history") app.showHistory();
    if (options.screen == "settings") panels.settings.open();
    if (options.screen == "editor") app.openEditor(options.scenarioId);  // a new one, or this scenario

    widget_handles::startRecording(options.widgetListPath);
    GuiFrame frame(options, platform, app, persistence, panels, bench ? &*bench : nullptr);
    while (!glfwWindowShouldClose(platform.window())) {
        if (frame.waitForWork()) frame.draw();
    }
    if (frame.screenshotFailed()) exitCode = 1;

    panels.pairNetwork.keepCopy(app);  // a pair session left mid-interview is kept, not lost
    app.closeSession();  // notes typed last and the journal written, while the store is open
    panels.pairNetwork.shutDown();  // the partner told, before GLFW goes (the channel wakes the loop through it)
    platform.close();  // before the panels go: their offscreen pictures then only forget their GL objects
    return exitCode;
}

}  // namespace rehearse
