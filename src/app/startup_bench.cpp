#include "app/startup_bench.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace fs = std::filesystem;

namespace rehearse {

namespace {

long long nanoseconds(clockid_t clock) {
    timespec now{};
    clock_gettime(clock, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

}  // namespace

long long monotonicNanoseconds() { return nanoseconds(CLOCK_MONOTONIC); }
long long processCpuNanoseconds() { return nanoseconds(CLOCK_PROCESS_CPUTIME_ID); }

namespace {

struct FirstFrame {
    double wallMs = -1;  // negative: no first frame reported
    double cpuMs = 0;
};

// Runs `program --first-frame`: from spawn to its first frame on screen.
FirstFrame timeToFirstFrame(const std::string& program) {
    int out[2];
    if (pipe(out) != 0) return {};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);
    std::string flag = "--first-frame";
    char* argv[] = {const_cast<char*>(program.c_str()), flag.data(), nullptr};
    pid_t pid = 0;
    const long long spawnedAt = monotonicNanoseconds();
    const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        return {};
    }
    std::string output;
    char buffer[256];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) != 0;) {
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) break;
        output.append(buffer, static_cast<std::size_t>(n));
    }
    close(out[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    const std::size_t at = output.find("first-frame ");
    if (at == std::string::npos) return {};
    long long shownAt = 0, cpu = 0;
    if (std::sscanf(output.c_str() + at, "first-frame %lld %lld", &shownAt, &cpu) < 1) return {};
    return {static_cast<double>(shownAt - spawnedAt) / 1e6, static_cast<double>(cpu) / 1e6};
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

}  // namespace

int runStartupBench(int runs, const std::string& compare) {
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) {
        std::fprintf(stderr, "rehearse bench startup: needs a display; on a headless machine run it under xvfb-run\n");
        return 2;
    }
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    const std::string rehearse = self.string();
    const std::string bare = (self.parent_path() / "rehearse_bare_imgui").string();
    if (ec || !fs::exists(bare, ec)) {
        std::fprintf(stderr, "rehearse bench startup: the reference %s is missing (build the rehearse_bare_imgui target)\n",
                     bare.c_str());
        return 2;
    }
    // A store and settings of its own, so the user's are never touched; the
    // first (untimed) start creates them, as on a first run.
    std::string home = (fs::temp_directory_path() / "rehearse-bench-startup-XXXXXX").string();
    if (!mkdtemp(home.data())) {
        std::perror("rehearse bench startup: mkdtemp");
        return 1;
    }
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"})
        setenv(variable, (home + "/" + variable).c_str(), 1);

    // What is timed, in the order each round starts them: alternating, so
    // that all see the same load on a busy machine.
    struct Program {
        std::string label, path;
        std::vector<double> wallMs, cpuMs;
    };
    std::vector<Program> programs = {{"rehearse", rehearse, {}, {}}};
    if (!compare.empty()) programs.push_back({compare, compare, {}, {}});
    programs.push_back({"bare Dear ImGui window (reference)", bare, {}, {}});
    bool failed = false;
    for (int round = -1; round < runs && !failed; ++round) {  // round -1 warms up, untimed
        for (Program& program : programs) {
            const FirstFrame shown = timeToFirstFrame(program.path);
            failed = failed || shown.wallMs < 0;
            if (round < 0) continue;
            program.wallMs.push_back(shown.wallMs);
            program.cpuMs.push_back(shown.cpuMs);
        }
    }
    fs::remove_all(home, ec);
    if (failed) {
        std::fprintf(stderr, "rehearse bench startup: a start did not report its first frame\n");
        return 1;
    }
    const double wallReference = median(programs.back().wallMs), cpuReference = median(programs.back().cpuMs);
    std::printf("process start to first frame on screen: medians of %d starts each\n", runs);
    std::printf("  %-40s %10s %7s %10s %7s\n", "", "wall ms", "ratio", "CPU ms", "ratio");
    for (const Program& program : programs) {
        const double wall = median(program.wallMs), cpu = median(program.cpuMs);
        std::printf("  %-40s %10.1f %6.2fx %10.1f %6.2fx\n", program.label.c_str(), wall,
                    wallReference > 0 ? wall / wallReference : 0.0, cpu, cpuReference > 0 ? cpu / cpuReference : 0.0);
    }
    std::printf("  (ratio: to the bare window; CPU: all the process's threads, up to the first frame)\n");
    return 0;
}

}  // namespace rehearse
