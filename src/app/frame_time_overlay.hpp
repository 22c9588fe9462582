// The frame-time overlay (Settings: "Show frame times"): the figures
// `rehearse bench` prints, live, in one small line in the top-right corner: the time each
// of the last 120 frames took to build and draw (p50, p95), frames drawn a
// second, the process's CPU share of one core and its resident memory.
#pragma once

#include <imgui.h>

#include <vector>

namespace rehearse {

class FrameTimeOverlay {
public:
    // Around each frame, from the start of its building to its swap (seconds
    // of one monotonic clock); called whether or not the overlay is shown,
    // so it has figures the moment it is turned on.
    void frameStarted(double now);
    void frameShown(double now);
    // Inside an ImGui frame.
    void draw();

private:
    static constexpr std::size_t kFrames = 120;
    std::vector<double> m_frameMs;  // a ring of the last kFrames
    std::size_t m_next = 0;
    double m_startedAt = 0;
    // CPU and frames per second, over windows of at least a second.
    double m_windowStart = -1;
    long long m_windowCpuStart = 0;
    int m_windowFrames = 0;
    double m_cpuShare = 0, m_framesPerSecond = 0, m_residentMb = 0;
    ImVec2 m_shownMin, m_shownMax;  // where it was drawn last frame
};

}  // namespace rehearse
