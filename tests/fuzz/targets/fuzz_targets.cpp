#include "fuzz_targets.hpp"

#include "core/scenario/scenario_loader.hpp"

#include <algorithm>
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
        {"pair_frames", pairFrames},         {"pair_handshake", pairHandshake},
        {"pair_message", pairMessage},       {"draft_diagram", draftDiagram},
        {"json_document", jsonDocument},
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

void checkDiagnostics(const Diagnostics& diagnostics, const std::string& path, const std::string& text) {
    int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    for (const Diagnostic& d : diagnostics) {
        check(d.path == path, "a diagnostic names another file");
        check(!d.message.empty(), "a diagnostic without a message");
        check(d.line >= 0 && d.line <= lines, "a diagnostic's line is outside the file");
        check(d.column >= 0 && static_cast<std::size_t>(d.column) <= text.size() + 1,
              "a diagnostic's column is outside the file");
        check((d.line == 0) == (d.column == 0), "a diagnostic with a line but no column, or the reverse");
        check(d.format().rfind(path + ":", 0) == 0, "a formatted diagnostic does not start with the path");
    }
}

}  // namespace rehearse::fuzz
