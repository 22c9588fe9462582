// rehearse bench startup: process start to first frame on screen, Rehearse
// beside a bare Dear ImGui window built in the same tree.
#pragma once

#include <string>

namespace rehearse {

// Starts `rehearse --first-frame` and `rehearse_bare_imgui --first-frame`
// (and `compare --first-frame`, another build of rehearse, when not empty)
// in turn, `runs` times each, and prints the medians and their ratios to
// the bare window. Needs a display (xvfb-run on a headless machine).
int runStartupBench(int runs, const std::string& compare);

// What --first-frame prints: CLOCK_MONOTONIC in nanoseconds, the same clock
// in every process, so the bench subtracts its own spawn time; and the CPU
// time of the process's threads so far, which a busy machine inflates less.
long long monotonicNanoseconds();
long long processCpuNanoseconds();

}  // namespace rehearse
