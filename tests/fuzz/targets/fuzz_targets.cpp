#include "fuzz_targets.hpp"

#include "core/scenario/scenario_loader.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdlib.h>

namespace rehearse::fuzz {

const std::vector<Target>& targets() {
    static const std::vector<Target> all = {
        {"scenario_loader", scenarioLoader}, {"session_archive", sessionArchive},
        {"action", action},                  {"canvas", canvas},
        {"settings", settings},              {"written_answer", writtenAnswer},
        {"clarification", clarification},    {"scenario_tests", scenarioTests},
    };
    return all;
}

const Target* findTarget(const std::string& name) {
    for (const Target& target : targets())
        if (name == target.name) return &target;
    return nullptr;
}

void fail(const std::string& what) {
    std::fprintf(stderr, "fuzz target: broken promise: %s\n", what.c_str());
    std::abort();
}

const Scenario& shippedScenario() {
    static const Scenario scenario = [] {
        std::string path = std::string(REHEARSE_SCENARIO_DIR) + "/spam-email-detection.json";
        ScenarioLoadResult result = loadScenarioFromFile(path);
        if (!result.scenario) fail("the shipped scenario " + path + " does not load");
        return std::move(*result.scenario);
    }();
    return scenario;
}

const std::string& scratchDirectory() {
    static const std::string dir = [] {
        std::error_code ec;
        std::string base = std::filesystem::is_directory("/dev/shm", ec) ? "/dev/shm" : "/tmp";
        std::string pattern = base + "/rehearse-fuzz-XXXXXX";
        if (!mkdtemp(pattern.data())) fail("cannot create a scratch folder in " + base);
        return pattern;
    }();
    static const bool removedAtExit = [] {
        std::atexit([] {
            std::error_code ec;
            std::filesystem::remove_all(dir, ec);
        });
        return true;
    }();
    (void)removedAtExit;
    return dir;
}

}  // namespace rehearse::fuzz
