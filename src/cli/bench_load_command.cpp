// rehearse bench load --scenarios N: how long validating N scenario files
// takes. N files are generated in a temporary folder, copies of the shipped
// scenarios under new ids, and loaded as `rehearse validate FOLDER` loads
// them; beside it, parsing the same bytes alone: with JsonDocument
// (simdjson), what the loader parses with, and with nlohmann::json's DOM,
// what it parsed with before. Medians of a few runs, printed; not a timed
// test.
#include "cli/commands.hpp"

#include "core/json/json_document.hpp"
#include "core/scenario/scenario_library.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>

namespace fs = std::filesystem;

namespace rehearse {
namespace {

constexpr int kRuns = 5;

double cpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// Median wall and CPU seconds (all threads) of a few runs: on a busy
// machine the wall time says more about the neighbours than about us.
struct Timing {
    double wall = 0, cpu = 0;
};

template <typename Work>
Timing medianTiming(Work work) {
    std::vector<double> wall, cpu;
    for (int run = 0; run < kRuns; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = cpuSeconds();
        work();
        wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        cpu.push_back(cpuSeconds() - cpuStart);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

int runLoadBench(int count, const CommonOptions& common) {
    // The shipped scenarios, as text, to copy from.
    std::vector<nlohmann::json> sources;
    for (const std::string& file : scenarioFilesIn(common.resolvedScenarioPaths())) {
        std::ifstream in(file, std::ios::binary);
        nlohmann::json scenario = nlohmann::json::parse(in, nullptr, false);
        if (!scenario.is_discarded() && scenario.is_object() && scenario.contains("id")) sources.push_back(scenario);
    }
    if (sources.empty()) {
        std::fprintf(stderr, "rehearse bench load: no scenarios to copy from\n");
        return 2;
    }
    std::string pattern = (fs::temp_directory_path() / "rehearse-bench-load-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        std::perror("rehearse bench load: mkdtemp");
        return 1;
    }
    const std::string dir = pattern;
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    for (int i = 0; i < count; ++i) {
        nlohmann::json copy = sources[static_cast<std::size_t>(i) % sources.size()];
        copy["id"] = copy["id"].get<std::string>() + "-copy-" + std::to_string(i);
        texts.push_back(copy.dump(2) + "\n");
        bytes += texts.back().size();
        std::ofstream(dir + "/scenario-" + std::to_string(i) + ".json", std::ios::binary) << texts.back();
    }

    std::size_t valid = 0, problems = 0;
    const Timing validate = medianTiming([&] {
        ScenarioLibrary library;
        library.load({dir});
        valid = library.scenarios().size();
        problems = library.diagnostics().size();
    });
    std::size_t members = 0;  // used, so the parse cannot be optimised away
    JsonDocument document;
    const Timing documentOnly = medianTiming([&] {
        for (const std::string& text : texts) members += document.parse(text).size();
    });
    const Timing parseOnly = medianTiming([&] {
        for (const std::string& text : texts) members += nlohmann::json::parse(text).size();
    });
    std::error_code ec;
    fs::remove_all(dir, ec);

    std::printf("validate %d generated scenario files (%.1f MB): medians of %d runs\n", count,
                static_cast<double>(bytes) / 1e6, kRuns);
    std::printf("  %-36s %10s %10s %12s\n", "", "wall ms", "CPU ms", "CPU ms/file");
    std::printf("  %-36s %10.1f %10.1f %12.3f   %zu valid, %zu problem(s)\n", "load + check (rehearse validate)",
                validate.wall * 1e3, validate.cpu * 1e3, validate.cpu * 1e3 / count, valid, problems);
    std::printf("  %-36s %10.1f %10.1f %12.3f\n", "JsonDocument parse alone (simdjson)", documentOnly.wall * 1e3,
                documentOnly.cpu * 1e3, documentOnly.cpu * 1e3 / count);
    std::printf("  %-36s %10.1f %10.1f %12.3f\n", "nlohmann parse alone (the DOM before)", parseOnly.wall * 1e3,
                parseOnly.cpu * 1e3, parseOnly.cpu * 1e3 / count);
    if (parseOnly.cpu > 0 && parseOnly.wall > 0)
        std::printf("  load + check against nlohmann parsing alone: %.2fx wall, %.2fx CPU\n",
                    validate.wall / parseOnly.wall, validate.cpu / parseOnly.cpu);
    return valid == static_cast<std::size_t>(count) && members > 0 ? 0 : 1;
}

}  // namespace

void addLoadBenchCommand(CLI::App& bench, const CommonOptions& common, CommandResult& result) {
    auto count = std::make_shared<int>(1000);
    CLI::App* cmd = bench.add_subcommand("load", "Median time to validate N generated scenario files");
    cmd->add_option("--scenarios", *count, "How many files to generate")->check(CLI::Range(1, 100000));
    cmd->callback([count, &common, &result] {
        result.ran = true;
        result.exitCode = runLoadBench(*count, common);
    });
}

}  // namespace rehearse
