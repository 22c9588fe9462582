#include "app/window_bench.hpp"

#include "app/app_state.hpp"
#include "app/canvas_bench.hpp"
#include "app/process_memory.hpp"
#include "app/startup_bench.hpp"
#include "core/canvas/canvas_command.hpp"
#include "core/numeric/percentile.hpp"

#include <imgui.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace fs = std::filesystem;

namespace rehearse {

namespace {

constexpr int kWarmUpFrames = 20;
constexpr int kMeasuredFrames = 60;  // per phase and run: rounds, not long runs, even out the load
constexpr int kMemoryFrames = 30;
constexpr double kIdleSettleSeconds = 3;  // start-up and the first frames are not idle
constexpr int kWindowWidth = 1600, kWindowHeight = 1000;

// Where the pointer goes: inside the session screen's canvas at 1600x1000
// (notes on the left, the interviewer on the right).
constexpr float kCanvasX = 780, kCanvasY = 620;

std::vector<std::string> fieldsOf(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, separator);) parts.push_back(part);
    return parts;
}

// Frame-to-frame times, then the CPU time (all threads) per frame: on a
// busy machine the wall time waits for other processes, the CPU time less.
void printPhase(const char* name, const std::vector<double>& ms, long long cpuNanoseconds) {
    std::printf("bench-phase %s", name);
    for (double v : ms) std::printf(" %.3f", v);
    std::printf("\nbench-phase %s-cpu %.3f\n", name, ms.empty() ? 0.0 : double(cpuNanoseconds) / 1e6 / double(ms.size()));
}

}  // namespace

std::optional<WindowBenchPlan> parseWindowBenchPlan(const std::string& text, std::string& error) {
    const std::vector<std::string> parts = fieldsOf(text, ':');
    WindowBenchPlan plan;
    const auto number = [&](const std::string& s, double& out) {
        char* end = nullptr;
        out = std::strtod(s.c_str(), &end);
        return !s.empty() && end && *end == '\0' && out >= 0;
    };
    double value = 0;
    if (parts.size() == 2 && parts[0] == "frames" &&
        (parts[1] == "library" || parts[1] == "session" || parts[1] == "debrief")) {
        plan.kind = WindowBenchPlan::Kind::Frames;
        plan.screen = parts[1];
        return plan;
    }
    if (parts.size() == 3 && parts[0] == "canvas" && number(parts[1], value) && (parts[2] == "fit" || parts[2] == "100")) {
        plan.kind = WindowBenchPlan::Kind::Canvas;
        plan.items = int(value);
        plan.fitToContent = parts[2] == "fit";
        return plan;
    }
    if (parts.size() == 2 && parts[0] == "idle" && number(parts[1], value) && value > 0) {
        plan.kind = WindowBenchPlan::Kind::Idle;
        plan.seconds = value;
        return plan;
    }
    if (parts.size() == 2 && parts[0] == "memory" && number(parts[1], value)) {
        plan.kind = WindowBenchPlan::Kind::Memory;
        plan.items = int(value);
        return plan;
    }
    error = "--bench-run: expected frames:library|session|debrief, canvas:ITEMS:fit|100, idle:SECONDS or "
            "memory:ITEMS, not '" + text + "'";
    return std::nullopt;
}

// ---------------------------------------------------------------------------
// The child: a scripted run of the ordinary GUI loop
// ---------------------------------------------------------------------------

bool WindowBenchRun::setUp(AppState& app) {
    if (m_plan.kind == WindowBenchPlan::Kind::Frames && m_plan.screen == "library") return true;
    if (app.library().scenarios().empty()) {
        std::fprintf(stderr, "rehearse: --bench-run needs a scenario to open\n");
        return false;
    }
    app.startSession(app.library().scenarios().front());
    if (m_plan.items > 0) {
        app.rehearsal().dispatch(CanvasApply{AddItems{benchCanvasItems(m_plan.items)}});
        // At 100%: the top-left of the diagram, as while working on it. Fit
        // to content is what the first draw of a filled canvas does anyway.
        if (!m_plan.fitToContent) app.rehearsal().dispatch(SetCanvasView{500, 400, 1.0});
    }
    if (m_plan.kind == WindowBenchPlan::Kind::Frames && m_plan.screen == "debrief") app.finishSession();
    return true;
}

void WindowBenchRun::beforeFrame() {
    ImGuiIO& io = ImGui::GetIO();
    const int f = m_frame - kWarmUpFrames;  // negative while warming up
    io.MouseDown[0] = io.MouseDown[1] = io.MouseDown[2] = false;
    io.MouseWheel = 0;
    if (m_plan.kind == WindowBenchPlan::Kind::Frames) {
        // Wanders over the whole window, so hovering changes what is drawn.
        io.MousePos = ImVec2(float(40 + (m_frame * 37) % (kWindowWidth - 80)), float(40 + (m_frame * 53) % (kWindowHeight - 80)));
        return;
    }
    if (m_plan.kind != WindowBenchPlan::Kind::Canvas) {
        io.MousePos = ImVec2(kCanvasX, kCanvasY);
        return;
    }
    if (f >= kMeasuredFrames && f < 2 * kMeasuredFrames) {
        // A long pan: the middle button held, 24 px a frame the same way,
        // 1,440 px in all, far past the picture's margin, so each frame past
        // it reuses the old picture's pixels and draws only what came into view.
        const int step = f - kMeasuredFrames;
        io.MousePos = ImVec2(kCanvasX + 300.0f - 24.0f * float(step % 25), kCanvasY);
        io.MouseDown[2] = step % 25 != 0;  // let go and take hold again every 25 frames, as a hand does
        return;
    }
    if (f < kMeasuredFrames) {
        // Panning: the middle button held, 6 px a frame, turning every 30 frames.
        const int leg = std::max(0, f) / 30;
        const int step = std::max(0, f) % 30;
        const float dx = (leg % 2 == 0 ? 6.0f : -6.0f) * float(step);
        io.MousePos = ImVec2(kCanvasX + (leg % 2 == 0 ? -120.0f : 120.0f) + dx, kCanvasY);
        io.MouseDown[2] = f >= 0 && step != 0;  // released and pressed again at each turn
        return;
    }
    // Zooming: ten notches out, ten back in, about the pointer.
    io.MousePos = ImVec2(kCanvasX, kCanvasY);
    io.MouseWheel = ((f - 2 * kMeasuredFrames) / 10) % 2 == 0 ? -1.0f : 1.0f;
}

bool WindowBenchRun::afterFrame(double now) {
    const int f = m_frame++ - kWarmUpFrames;
    const double sinceLast = m_lastFrameAt < 0 ? 0 : (now - m_lastFrameAt) * 1000;
    m_lastFrameAt = now;
    const auto phaseCpu = [&] {
        const long long cpu = processCpuNanoseconds(), spent = cpu - m_cpuAtPhaseStart;
        m_cpuAtPhaseStart = cpu;
        return spent;
    };
    if (f == 0) phaseCpu();
    switch (m_plan.kind) {
    case WindowBenchPlan::Kind::Frames:
        if (f > 0) m_frames.push_back(sinceLast);
        if (f < kMeasuredFrames) return false;
        printPhase("frames", m_frames, phaseCpu());
        return true;
    case WindowBenchPlan::Kind::Canvas:
        if (f > 0 && f <= kMeasuredFrames) m_pan.push_back(sinceLast);
        else if (f > kMeasuredFrames && f <= 2 * kMeasuredFrames) m_farPan.push_back(sinceLast);
        else if (f > 2 * kMeasuredFrames) m_zoom.push_back(sinceLast);
        if (f == kMeasuredFrames) printPhase("pan", m_pan, phaseCpu());
        if (f == 2 * kMeasuredFrames) printPhase("far-pan", m_farPan, phaseCpu());
        if (f < 3 * kMeasuredFrames) return false;
        printPhase("zoom", m_zoom, phaseCpu());
        return true;
    case WindowBenchPlan::Kind::Memory: {
        if (m_frame < kMemoryFrames) return false;
        const ProcessMemory memory = readProcessMemory();
        std::printf("bench-memory %ld %ld\n", memory.residentKb, memory.peakKb);
        return true;
    }
    case WindowBenchPlan::Kind::Idle:
        if (m_idleCpuStart < 0) {
            if (now < kIdleSettleSeconds) return false;
            m_idleCpuStart = processCpuNanoseconds();
            m_idleWallStart = now;
            m_idleFramesStart = m_frame;
            return false;
        }
        if (now - m_idleWallStart < m_plan.seconds) return false;
        std::printf("bench-idle %.3f %.3f %d\n", double(processCpuNanoseconds() - m_idleCpuStart) / 1e6,
                    (now - m_idleWallStart) * 1000, m_frame - m_idleFramesStart);
        return true;
    }
    return true;
}

// ---------------------------------------------------------------------------
// The parent: runs the children round after round and prints the figures
// ---------------------------------------------------------------------------

namespace {

struct Program {
    std::string label, path;
    bool reference = false;  // the bare Dear ImGui window
    std::map<std::string, std::vector<double>> samples;
};

// Runs `program args...` with a store and settings of its own; its stdout.
std::string runChild(const std::string& program, const std::vector<std::string>& args, bool& ok) {
    std::string home = (fs::temp_directory_path() / "rehearse-bench-window-XXXXXX").string();
    ok = mkdtemp(home.data()) != nullptr;
    if (!ok) return {};
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"})
        setenv(variable, (home + "/" + variable).c_str(), 1);
    int out[2];
    if (pipe(out) != 0) {
        ok = false;
        return {};
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);
    std::vector<std::string> all = {program};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    std::string output;
    if (spawned == 0) {
        char buffer[4096];
        for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) != 0;) {
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) break;
            output.append(buffer, std::size_t(n));
        }
    }
    close(out[0]);
    int status = 0;
    if (spawned == 0) waitpid(pid, &status, 0);
    ok = spawned == 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    std::error_code ec;
    fs::remove_all(home, ec);
    return output;
}

// "bench-phase NAME v v v", "bench-idle cpu wall frames", "bench-memory rss peak".
void collect(const std::string& output, const std::string& prefix, Program& program) {
    std::stringstream in(output);
    for (std::string line; std::getline(in, line);) {
        std::stringstream words(line);
        std::string tag, name;
        words >> tag;
        if (tag == "bench-phase") {
            words >> name;
            for (double v; words >> v;) program.samples[prefix + name].push_back(v);
        } else if (tag == "bench-idle") {
            double cpu = 0, wall = 0, frames = 0;
            words >> cpu >> wall >> frames;
            if (wall > 0) {
                program.samples["idle"].push_back(100 * cpu / wall);
                program.samples["idle frames/s"].push_back(1000 * frames / wall);
            }
        } else if (tag == "bench-memory") {
            double rss = 0, peak = 0;
            words >> rss >> peak;
            program.samples[prefix + "rss"].push_back(rss / 1024);
            program.samples[prefix + "peak"].push_back(peak / 1024);
        }
    }
}

bool needsDisplay(const char* command) {
    if (std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY")) return true;
    std::fprintf(stderr, "rehearse bench %s: needs a display; on a headless machine run it under xvfb-run\n", command);
    return false;
}

// This binary, the build to compare (if any), and the bare window (if wanted).
std::vector<Program> programs(const char* command, const std::string& compare, bool withReference, bool& ok) {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    std::vector<Program> list = {{"rehearse", self.string(), false, {}}};
    if (!compare.empty()) list.push_back({compare, compare, false, {}});
    const std::string bare = (self.parent_path() / "rehearse_bare_imgui").string();
    ok = !ec;
    if (withReference) {
        if (!fs::exists(bare, ec)) {
            std::fprintf(stderr, "rehearse bench %s: the reference %s is missing (build the rehearse_bare_imgui target)\n",
                         command, bare.c_str());
            ok = false;
        }
        list.push_back({"bare Dear ImGui window (reference)", bare, true, {}});
    }
    return list;
}

std::string loadNow() {
    std::ifstream in("/proc/loadavg");
    std::string one;
    in >> one;
    return one;
}

// One table: per measure, each program's p50 and p95 and the ratios to the
// reference row (the bare window, else the compared build).
void printTable(const std::vector<Program>& list, const std::vector<std::pair<std::string, std::string>>& measures,
                const char* unit, bool percentiles) {
    const Program* reference = nullptr;
    for (const Program& p : list)
        if (p.reference) reference = &p;
    if (!reference && list.size() > 1) reference = &list[1];
    // The bare window has one figure of each sort ("frames", "rss", "peak"):
    // the one every measure of that sort is compared with.
    const auto keyFor = [](const Program& p, const std::string& key) {
        if (!p.reference || p.samples.count(key)) return key;
        const std::string last = key.substr(key.find_last_of(' ') + 1);
        if (p.samples.count(last)) return last;
        return std::string(key.size() > 4 && key.compare(key.size() - 4, 4, "-cpu") == 0 ? "frames-cpu" : "frames");
    };
    for (const auto& [key, title] : measures) {
        std::printf("%s\n", title.c_str());
        for (const Program& p : list) {
            const auto it = p.samples.find(keyFor(p, key));
            if (it == p.samples.end()) continue;
            const auto ref = reference ? reference->samples.find(keyFor(*reference, key)) : p.samples.end();
            const double p50 = nearestRankPercentile(it->second, 0.5), p95 = nearestRankPercentile(it->second, 0.95);
            std::printf("  %-40s", p.label.c_str());
            if (percentiles) std::printf(" p50 %8.2f %s  p95 %8.2f %s", p50, unit, p95, unit);
            else std::printf(" median %8.2f %s", p50, unit);
            if (reference && &p != reference && ref != reference->samples.end()) {
                const double r50 = nearestRankPercentile(ref->second, 0.5), r95 = nearestRankPercentile(ref->second, 0.95);
                if (percentiles) std::printf("   x%.2f / x%.2f", r50 > 0 ? p50 / r50 : 0, r95 > 0 ? p95 / r95 : 0);
                else std::printf("   x%.2f", r50 > 0 ? p50 / r50 : 0);
            }
            std::printf("\n");
        }
    }
    if (reference) std::printf("  (x: ratio to %s)\n", reference->label.c_str());
}

std::vector<std::string> windowArgs(const std::string& plan) {
    return {"--width", std::to_string(kWindowWidth), "--height", std::to_string(kWindowHeight), "--bench-run", plan};
}

std::vector<std::string> bareArgs(const char* mode) {
    return {mode, "--size", std::to_string(kWindowWidth) + "x" + std::to_string(kWindowHeight)};
}

// Rounds of: each program once per plan, in turn.
bool runRounds(std::vector<Program>& list, const std::vector<std::pair<std::string, std::string>>& plans,
               const char* bareMode, int runs, const char* command) {
    for (int round = 0; round < runs; ++round) {
        for (Program& program : list) {
            if (program.reference) {
                bool ok = false;
                const std::string out = runChild(program.path, bareArgs(bareMode), ok);
                if (!ok) {
                    std::fprintf(stderr, "rehearse bench %s: the reference window failed\n", command);
                    return false;
                }
                collect(out, "", program);
                continue;
            }
            for (const auto& [plan, prefix] : plans) {
                bool ok = false;
                const std::string out = runChild(program.path, windowArgs(plan), ok);
                if (!ok) {
                    std::fprintf(stderr, "rehearse bench %s: %s --bench-run %s failed\n", command, program.path.c_str(),
                                 plan.c_str());
                    return false;
                }
                collect(out, prefix, program);
            }
        }
    }
    return true;
}

}  // namespace

int runFramesBench(const std::string& screen, int runs, const std::string& compare) {
    if (!needsDisplay("frames")) return 2;
    bool ok = false;
    std::vector<Program> list = programs("frames", compare, true, ok);
    if (!ok) return 2;
    const std::string load = loadNow();
    if (!runRounds(list, {{"frames:" + screen, ""}}, "--bench-frames", runs, "frames")) return 1;
    std::printf("rendered frames, %s screen, %dx%d, %d runs x %d frames each (load average %s at the start)\n",
                screen.c_str(), kWindowWidth, kWindowHeight, runs, kMeasuredFrames, load.c_str());
    printTable(list, {{"frames", "frame to frame, pointer wandering (bare window: its demo window)"}}, "ms", true);
    printTable(list, {{"frames-cpu", "CPU per frame, all threads (median of runs)"}}, "ms", false);
    return 0;
}

int runCanvasWindowBench(int items, int runs, const std::string& compare) {
    if (!needsDisplay("canvas --window")) return 2;
    bool ok = false;
    std::vector<Program> list = programs("canvas --window", compare, true, ok);
    if (!ok) return 2;
    const std::string load = loadNow();
    const std::string n = std::to_string(items);
    if (!runRounds(list, {{"canvas:" + n + ":fit", "fit "}, {"canvas:" + n + ":100", "100% "}}, "--bench-frames", runs,
                   "canvas"))
        return 1;
    std::printf("rendered canvas frames in a session, %d blocks + %d arrows, %dx%d, %d runs x %d frames a phase "
                "(load average %s at the start)\n",
                items, items, kWindowWidth, kWindowHeight, runs, kMeasuredFrames, load.c_str());
    printTable(list,
               {{"fit pan", "fit to content, panning"},
                {"fit far-pan", "fit to content, one long pan"},
                {"fit zoom", "fit to content, zooming"},
                {"100% pan", "100%, panning"},
                {"100% far-pan", "100%, one long pan"},
                {"100% zoom", "100%, zooming"}},
               "ms", true);
    printTable(list,
               {{"fit pan-cpu", "CPU per frame, all threads: fit to content, panning"},
                {"fit far-pan-cpu", "CPU per frame: fit to content, one long pan"},
                {"fit zoom-cpu", "CPU per frame: fit to content, zooming"},
                {"100% pan-cpu", "CPU per frame: 100%, panning"},
                {"100% far-pan-cpu", "CPU per frame: 100%, one long pan"},
                {"100% zoom-cpu", "CPU per frame: 100%, zooming"}},
               "ms", false);
    return 0;
}

int runIdleBench(double seconds, int runs, const std::string& compare) {
    if (!needsDisplay("idle")) return 2;
    bool ok = false;
    std::vector<Program> list = programs("idle", compare, false, ok);
    if (!ok) return 2;
    const std::string load = loadNow();
    char plan[64];
    std::snprintf(plan, sizeof plan, "idle:%g", seconds);
    if (!runRounds(list, {{plan, ""}}, "", runs, "idle")) return 1;
    std::printf("idle session, clock running, nothing touched: %g s after start-up, %d runs "
                "(load average %s at the start)\n",
                seconds, runs, load.c_str());
    printTable(list, {{"idle", "CPU, % of one core"}, {"idle frames/s", "frames drawn per second"}}, "", false);
    return 0;
}

int runMemoryBench(int items, int runs, const std::string& compare) {
    if (!needsDisplay("memory")) return 2;
    bool ok = false;
    std::vector<Program> list = programs("memory", compare, true, ok);
    if (!ok) return 2;
    const std::string load = loadNow();
    const std::string n = std::to_string(items);
    if (!runRounds(list, {{"memory:0", "empty "}, {"memory:" + n, "canvas "}}, "--bench-memory", runs, "memory"))
        return 1;
    std::printf("resident memory after %d frames, %dx%d, %d runs (load average %s at the start)\n", kMemoryFrames,
                kWindowWidth, kWindowHeight, runs, load.c_str());
    printTable(list,
               {{"empty rss", "session, empty canvas: RSS"},
                {"canvas rss", "session, " + n + " blocks + " + n + " arrows: RSS"},
                {"canvas peak", "session, " + n + " blocks + " + n + " arrows: peak RSS"}},
               "MB", false);
    return 0;
}

}  // namespace rehearse
