// rehearse: the GUI by default; subcommands (validate, list, ...) run
// without a window. A build without the GUI (REHEARSE_BUILD_GUI=OFF) has
// every subcommand but `bench canvas` and `bench startup`, which measure the
// window itself, and asks for a subcommand instead of opening a window.
#ifdef REHEARSE_WITH_GUI
#include "app/canvas_bench.hpp"
#include "app/gui_options.hpp"
#include "app/startup_bench.hpp"
#include "app/window_bench.hpp"
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
    app.add_option("--interviewer", gui.interviewerName, "With --pair: the name of who interviews first");
    app.add_option("--candidate", gui.candidateName, "With --pair: the name of who is the candidate first");
    app.add_flag("--end", gui.endAtOnce, "With --scenario: end the interview at once and show the debrief");
    app.add_option("--screenshot", gui.screenshotPath, "Render the window, write it to this PNG and exit");
    app.add_option("--frames", gui.frames, "With --screenshot: frames to render first")->check(CLI::Range(1, 1000));
    app.add_option("--screenshot-delay", gui.screenshotDelay,
                   "With --screenshot: keep running this many seconds first (for scripted input; SIGUSR1 ends the wait)")
        ->check(CLI::Range(0.0, 600.0));
    app.add_option("--quit-after", gui.quitAfter,
                   "Close the window after this many seconds, as if the user did (scripted tests)")
        ->check(CLI::Range(0.0, 3600.0));
    app.add_option("--width", gui.width, "Window width")->check(CLI::Range(320, 8192));
    app.add_option("--height", gui.height, "Window height")->check(CLI::Range(240, 8192));
    app.add_option("--screen", gui.screen, "Open on this screen: history, settings, resume (the resume prompt), or editor (a new scenario, or --scenario ID)")
        ->check(CLI::IsMember({"library", "history", "settings", "resume", "editor"}));
    app.add_flag("--no-store", gui.noStore, "Do not read or write stored sessions (demos, screenshots)");
    app.add_option("--dump-widgets", gui.widgetListPath,
                   "Write the named widgets of each frame (id, rectangle, label, clipped) to this JSON file (GUI tests)");
    app.add_flag("--first-frame", gui.firstFrameReport,
                 "Print when the first frame is on screen and exit (for `rehearse bench startup`)");
    app.add_option("--bench-run", gui.benchRun, "A scripted, measured run that prints its figures (for `rehearse bench`)")
        ->group("");
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
    int benchItems = 5000, benchRuns = 5;
    bool benchWindow = false;
    std::string benchCompare;
    CLI::App* benchCanvas = bench->add_subcommand(
        "canvas", "Canvas frames with N items and N arrows: CPU ms to build one, or with --window p50/p95 rendered");
    benchCanvas->add_option("--items", benchItems, "Items (and as many arrows)")->check(CLI::Range(0, 1000000));
    benchCanvas->add_flag("--window", benchWindow,
                          "Rendered in a session with a real window and GL, panning and zooming (needs a display)");
    benchCanvas->add_option("--runs", benchRuns, "With --window: runs of each")->check(CLI::Range(1, 100));
    benchCanvas->add_option("--compare", benchCompare, "With --window: also time this other build of rehearse")
        ->check(CLI::ExistingFile);
    benchCanvas->callback([&] {
        result.ran = true;
        result.exitCode = benchWindow ? runCanvasWindowBench(benchItems, benchRuns, benchCompare) : runCanvasBench(benchItems);
    });
    std::string benchScreen = "session";
    CLI::App* benchFrames = bench->add_subcommand(
        "frames", "Rendered frame times (p50, p95) of a screen, beside a bare Dear ImGui window (needs a display)");
    benchFrames->add_option("--screen", benchScreen, "library, session or debrief")
        ->check(CLI::IsMember({"library", "session", "debrief"}));
    benchFrames->add_option("--runs", benchRuns, "Runs of each")->check(CLI::Range(1, 100));
    benchFrames->add_option("--compare", benchCompare, "Also time this other build of rehearse")->check(CLI::ExistingFile);
    benchFrames->callback([&] {
        result.ran = true;
        result.exitCode = runFramesBench(benchScreen, benchRuns, benchCompare);
    });
    double idleSeconds = 30;
    CLI::App* benchIdle = bench->add_subcommand(
        "idle", "CPU share of a core while a session sits idle with its clock running (needs a display)");
    benchIdle->add_option("--seconds", idleSeconds, "Seconds measured in each run")->check(CLI::Range(1.0, 3600.0));
    benchIdle->add_option("--runs", benchRuns, "Runs of each")->check(CLI::Range(1, 100));
    benchIdle->add_option("--compare", benchCompare, "Also measure this other build of rehearse")->check(CLI::ExistingFile);
    benchIdle->callback([&] {
        result.ran = true;
        result.exitCode = runIdleBench(idleSeconds, benchRuns, benchCompare);
    });
    CLI::App* benchMemory = bench->add_subcommand(
        "memory", "Resident memory of a session with N items and N arrows, beside a bare Dear ImGui window");
    benchMemory->add_option("--items", benchItems, "Items (and as many arrows)")->check(CLI::Range(0, 1000000));
    benchMemory->add_option("--runs", benchRuns, "Runs of each")->check(CLI::Range(1, 100));
    benchMemory->add_option("--compare", benchCompare, "Also measure this other build of rehearse")->check(CLI::ExistingFile);
    benchMemory->callback([&] {
        result.ran = true;
        result.exitCode = runMemoryBench(benchItems, benchRuns, benchCompare);
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
#ifdef REHEARSE_WITH_GUI
    // `rehearse host` / `rehearse join CODE` without --headless: the app, hosting or joining at once.
    addPairCommands(app, common, result, [&](const PairWindowRequest& request) {
        gui.pairNetwork = request;
        gui.scenarioPaths = common.resolvedScenarioPaths();
        return runGui(gui);
    });
#else
    addPairCommands(app, common, result);
#endif

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
