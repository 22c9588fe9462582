// What the command line tells the GUI.
#pragma once

#include "cli/pair_window_request.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

struct GuiOptions {
    std::vector<std::string> scenarioPaths;  // where scenarios come from
    std::string scenarioId;                  // --scenario: open this one directly
    std::string stageId;                     // --stage: and jump to this stage
    bool pair = false;                       // --pair: with --scenario, pair practice on this screen (hot seat)
    std::string interviewerName = "Interviewer";  // --interviewer: with --pair, who interviews
    std::string candidateName = "Candidate";      // --candidate: with --pair, who is the candidate
    bool endAtOnce = false;                  // --end: end the interview straight away (debrief screenshots)
    std::string screenshotPath;              // --screenshot: render, write a PNG, exit
    int frames = 6;                          // --frames: frames to render before the screenshot
    double quitAfter = 0;                    // --quit-after: close after this many seconds (scripted tests)
    double screenshotDelay = 0;              // --screenshot-delay: seconds to wait first (lets a test drive input; SIGUSR1 ends it)
    int width = 1440, height = 900;          // --size WxH
    std::string screen;                      // --screen history|settings|resume: open on this
    bool noStore = false;                    // --no-store: neither read nor write stored sessions
    bool firstFrameReport = false;           // --first-frame: print when the first frame is shown, exit
    std::string widgetListPath;              // --dump-widgets: write the named widgets of each frame here
    std::string benchRun;                    // --bench-run: a scripted, measured run (window_bench.hpp)
    std::optional<PairWindowRequest> pairNetwork;  // `rehearse host` / `rehearse join CODE` with a window
};

// Opens the window and runs until it is closed; returns the process exit code.
int runGui(const GuiOptions& options);

}  // namespace rehearse
