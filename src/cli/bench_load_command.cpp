// rehearse bench load --scenarios N: how long validating N scenario files
// takes. N files are generated in a temporary folder, copies of the shipped
// scenarios under new ids, and loaded as `rehearse validate FOLDER` loads
// them; beside it, nlohmann parsing the same bytes alone, the floor no
// loader can go below. Medians of a few runs, printed; not a timed test.
#include "cli/commands.hpp"

#include "core/scenario/scenario_library.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

namespace fs = std::filesystem;

namespace rehearse {
namespace {

constexpr int kRuns = 5;

template <typename Work>
double medianSeconds(Work work) {
    std::vector<double> seconds;
    for (int run = 0; run < kRuns; ++run) {
        const auto start = std::chrono::steady_clock::now();
        work();
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds[seconds.size() / 2];
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
    const double validate = medianSeconds([&] {
        ScenarioLibrary library;
        library.load({dir});
        valid = library.scenarios().size();
        problems = library.diagnostics().size();
    });
    std::size_t members = 0;  // used, so the parse cannot be optimised away
    const double parseOnly = medianSeconds([&] {
        for (const std::string& text : texts) members += nlohmann::json::parse(text).size();
    });
    std::error_code ec;
    fs::remove_all(dir, ec);

    std::printf("validate %d generated scenario files (%.1f MB): median of %d runs\n", count, bytes / 1e6, kRuns);
    std::printf("  load + check (rehearse validate)   %8.1f ms   %.3f ms/file   %zu valid, %zu problem(s)\n",
                validate * 1e3, validate * 1e3 / std::max(count, 1), valid, problems);
    std::printf("  nlohmann parse alone (reference)   %8.1f ms   %.3f ms/file\n", parseOnly * 1e3,
                parseOnly * 1e3 / std::max(count, 1));
    if (parseOnly > 0) std::printf("  ratio to parsing alone: %.2fx\n", validate / parseOnly);
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
