// Rendered benchmarks: what a user feels, with a real window and GL.
//
//   rehearse bench frames --screen library|session|debrief
//   rehearse bench canvas --items N --window
//   rehearse bench idle --seconds S
//   rehearse bench memory --items N
//
// Each starts `rehearse --bench-run PLAN` (this same binary, a fresh store
// of its own) and the bare Dear ImGui window built in the same tree, in
// turn, round after round, so that both see the same load on a busy
// machine; it prints medians, p95s and their ratios. The child runs the
// ordinary GUI loop with a scripted pointer (WindowBenchRun) and prints its
// figures as "bench-..." lines on stdout.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

class AppState;

// What one child run measures; parsed from --bench-run.
//   frames:library|session|debrief   frames while the pointer wanders
//   canvas:ITEMS:fit|100             frames while panning, then zooming
//   idle:SECONDS                     CPU share of an idle session, clock running
//   memory:ITEMS                     resident memory of a session with that canvas
struct WindowBenchPlan {
    enum class Kind { Frames, Canvas, Idle, Memory };
    Kind kind = Kind::Frames;
    std::string screen = "library";
    int items = 0;
    bool fitToContent = true;
    double seconds = 30;
};
std::optional<WindowBenchPlan> parseWindowBenchPlan(const std::string& text, std::string& error);

// The child's side: opens what the plan measures, moves the pointer, times
// frames and prints the figures when done.
class WindowBenchRun {
public:
    explicit WindowBenchRun(WindowBenchPlan plan) : m_plan(std::move(plan)) {}
    // Opens the screen the plan measures; false (with a message) if it cannot.
    bool setUp(AppState& app);
    // Frames are rendered back to back, without waiting for input (all but idle).
    bool drivesFrames() const { return m_plan.kind != WindowBenchPlan::Kind::Idle; }
    // Between the backends' NewFrame and ImGui::NewFrame: the scripted pointer.
    void beforeFrame();
    // Once the frame is on screen (after glFinish); true when the run is over
    // and its figures are printed.
    bool afterFrame(double nowSeconds);

private:
    WindowBenchPlan m_plan;
    int m_frame = 0;
    double m_lastFrameAt = -1;
    std::vector<double> m_pan, m_farPan, m_zoom, m_frames;
    long long m_cpuAtPhaseStart = 0;  // CPU of all the process's threads, llvmpipe's too
    long long m_idleCpuStart = -1;
    double m_idleWallStart = 0;
    int m_idleFramesStart = 0;
};

// The parent's side, one per subcommand; each returns the process exit code.
// `compare`: another build of rehearse to time in the same rounds (before/after).
int runFramesBench(const std::string& screen, int runs, const std::string& compare);
int runCanvasWindowBench(int items, int runs, const std::string& compare);
int runIdleBench(double seconds, int runs, const std::string& compare);
int runMemoryBench(int items, int runs, const std::string& compare);

}  // namespace rehearse
