// rehearse: the GUI by default; subcommands (validate, list, ...) run
// without a window. A build without the GUI (REHEARSE_BUILD_GUI=OFF) has
// every subcommand but `bench canvas` and `bench startup`, which measure the
// window itself, and asks for a subcommand instead of opening a window.
#ifdef REHEARSE_WITH_GUI
#include "app/canvas_bench.hpp"
#include "app/gui_options.hpp"
#include "app/startup_bench.hpp"
#endif
#include "cli/commands.hpp"
#include "cli/export_command.hpp"

#include <CLI/CLI.hpp>

namespace {

int run(int argc, char** argv) {
    using namespace rehearse;
#ifdef REHEARSE_WITH_GUI
    CLI::App app{"Rehearse: practise applied ML system-design interviews against the clock.\n"
                 "With no subcommand, opens the app."};
#else
    CLI::App app{"Rehearse: practise applied ML system-design interviews against the clock.\n"
                 "This build has no window (REHEARSE_BUILD_GUI=OFF): name a subcommand."};
#endif
    app.set_version_flag("--version", REHEARSE_VERSION);

    CommonOptions common;
    app.add_option("--scenarios", common.scenarioPaths,
                   "Scenario folders or files to add to the library (the shipped scenarios and your own); before or after the subcommand");
    // Subcommands hand the options they do not know (--scenarios) to the app,
    // so `rehearse list --scenarios DIR` works as well as `rehearse --scenarios DIR list`.
    app.fallthrough();
#ifdef REHEARSE_WITH_GUI
    GuiOptions gui;
    app.add_option("--scenario", gui.scenarioId, "Open this scenario (by id) straight away");
    app.add_option("--stage", gui.stageId, "With --scenario: start at this stage (clarify, data, ...)");
    app.add_flag("--pair", gui.pair, "With --scenario: practise with a partner on this screen (hot seat)");
    app.add_flag("--end", gui.endAtOnce, "With --scenario: end the interview at once and show the debrief");
    app.add_option("--screenshot", gui.screenshotPath, "Render the window, write it to this PNG and exit");
    app.add_option("--frames", gui.frames, "With --screenshot: frames to render first")->check(CLI::Range(1, 1000));
    app.add_option("--screenshot-delay", gui.screenshotDelay,
                   "With --screenshot: keep running this many seconds first (for scripted input)")
        ->check(CLI::Range(0.0, 600.0));
    app.add_option("--quit-after", gui.quitAfter,
                   "Close the window after this many seconds, as if the user did (scripted tests)")
        ->check(CLI::Range(0.0, 3600.0));
    app.add_option("--width", gui.width, "Window width")->check(CLI::Range(320, 8192));
    app.add_option("--height", gui.height, "Window height")->check(CLI::Range(240, 8192));
    app.add_option("--screen", gui.screen, "Open on this screen: history, settings, resume (the resume prompt), or editor (a new scenario)")
        ->check(CLI::IsMember({"library", "history", "settings", "resume", "editor"}));
    app.add_flag("--no-store", gui.noStore, "Do not read or write stored sessions (demos, screenshots)");
    app.add_option("--dump-widgets", gui.widgetListPath,
                   "Write the named widgets of each frame (id, rectangle, label, clipped) to this JSON file (GUI tests)");
    app.add_flag("--first-frame", gui.firstFrameReport,
                 "Print when the first frame is on screen and exit (for `rehearse bench startup`)");
#else
    app.require_subcommand(1);
#endif

    CommandResult result;
    addValidateCommand(app, common, result);
    addListCommand(app, common, result);
    addAskCommand(app, common, result);
    addScoreCommand(app, common, result);
    addExportCommand(app, common, result);
    addFormatCommand(app, result);
    addTestCommand(app, common, result);
    addNewCommand(app, common, result);

    CLI::App* bench = app.add_subcommand("bench", "Measure what users wait for (prints figures)");
    addLoadBenchCommand(*bench, common, result);
    addJournalBenchCommand(*bench, common, result);
    addPairBenchCommand(*bench, result);
#ifdef REHEARSE_WITH_GUI
    // These benchmarks drive the real window and CanvasView, so they live with the app.
    int benchItems = 5000;
    CLI::App* benchCanvas = bench->add_subcommand("canvas", "Median CPU ms per canvas frame with N items and N arrows");
    benchCanvas->add_option("--items", benchItems, "Items (and as many arrows)")->check(CLI::Range(0, 1000000));
    benchCanvas->callback([&] {
        result.ran = true;
        result.exitCode = runCanvasBench(benchItems);
    });
    int startupRuns = 15;
    CLI::App* benchStartup = bench->add_subcommand(
        "startup", "Median process start to first frame on screen, beside a bare Dear ImGui window (needs a display)");
    std::string startupCompare;
    benchStartup->add_option("--runs", startupRuns, "Starts of each")->check(CLI::Range(1, 1000));
    benchStartup->add_option("--compare", startupCompare, "Also time this other build of rehearse (before/after)")
        ->check(CLI::ExistingFile);
    benchStartup->callback([&] {
        result.ran = true;
        result.exitCode = runStartupBench(startupRuns, startupCompare);
    });
#endif
    bench->require_subcommand(1);
    addSessionsCommand(app, common, result);
    addPairCommands(app, result);

    CLI11_PARSE(app, argc, argv);
    if (result.ran) return result.exitCode;
#ifdef REHEARSE_WITH_GUI
    gui.scenarioPaths = common.resolvedScenarioPaths();
    return runGui(gui);
#else
    return 0;  // not reached: a subcommand is required
#endif
}

}  // namespace

int main(int argc, char** argv) {
    // Every command catches what it expects; whatever else escapes (bad
    // input meeting a library that throws, no memory, a failing disk) ends
    // in one line on stderr and a non-zero exit, never in an abort.
    try {
        return run(argc, argv);
    } catch (...) {
        return rehearse::reportUncaughtError();
    }
}
