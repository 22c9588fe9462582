// rehearse test [PATH...]: runs scenarios' blessed transcripts.
#include "cli/commands.hpp"

#include "core/authoring/scenario_test_file.hpp"
#include "core/authoring/scenario_test_run.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/text/did_you_mean.hpp"
#include "core/text/terminal_text.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

namespace fs = std::filesystem;

namespace rehearse {
namespace {

// Scenarios for test files: a file in DIR/tests/ tests a scenario of DIR
// first; a scenario found nowhere there comes from --scenarios (or the
// shipped ones).
class ScenarioSource {
public:
    explicit ScenarioSource(const CommonOptions& common) : m_common(common) {}

    const Scenario* find(const std::string& testFile, const std::string& id) {
        fs::path folder = fs::path(testFile).parent_path();
        if (folder.filename() == "tests") folder = folder.parent_path();
        if (const Scenario* s = library(folder.empty() ? "." : folder.string()).find(id)) return s;
        if (!m_fallback) {
            m_fallback = std::make_unique<ScenarioLibrary>();
            m_fallback->load(m_common.resolvedScenarioPaths());
        }
        return m_fallback->find(id);
    }

    std::vector<std::string> knownIds(const std::string& testFile) {
        std::vector<std::string> ids;
        fs::path folder = fs::path(testFile).parent_path();
        if (folder.filename() == "tests") folder = folder.parent_path();
        for (const Scenario& s : library(folder.empty() ? "." : folder.string()).scenarios()) ids.push_back(s.id);
        if (m_fallback)
            for (const Scenario& s : m_fallback->scenarios()) ids.push_back(s.id);
        return ids;
    }

private:
    ScenarioLibrary& library(const std::string& folder) {
        auto [it, inserted] = m_libraries.try_emplace(folder);
        if (inserted) it->second.load({folder});
        return it->second;
    }

    const CommonOptions& m_common;
    std::map<std::string, ScenarioLibrary> m_libraries;
    std::unique_ptr<ScenarioLibrary> m_fallback;
};

// 0: every entry passed; 1: a test failed or a file is broken; 2: no test files.
int runTests(const std::vector<std::string>& paths, const CommonOptions& common, bool quiet) {
    std::vector<std::string> files = scenarioTestFilesIn(paths);
    if (files.empty()) {
        std::cerr << "rehearse test: no test files (*" << kScenarioTestSuffix << ") found\n";
        return 2;
    }
    ScenarioSource scenarios(common);
    std::size_t passed = 0, failed = 0, brokenFiles = 0;
    for (const std::string& file : files) {
        ScenarioTestLoadResult loaded = loadScenarioTestsFromFile(file);
        // A test file is anyone's text: shown, never obeyed.
        for (const Diagnostic& d : loaded.diagnostics) std::cerr << terminalText(d.format()) << "\n";
        if (!loaded.tests) {
            ++brokenFiles;
            continue;
        }
        const ScenarioTestFile& tests = *loaded.tests;
        const Scenario* scenario = scenarios.find(file, tests.scenarioId);
        if (!scenario) {
            Diagnostic d{file, tests.scenarioAt.line, tests.scenarioAt.column, Diagnostic::Severity::Error,
                         "no scenario '" + tests.scenarioId + "' to test" +
                             didYouMean(tests.scenarioId, scenarios.knownIds(file))};
            std::cerr << terminalText(d.format()) << "\n";
            ++brokenFiles;
            continue;
        }
        ScenarioTestRun run = runScenarioTests(tests, *scenario);
        for (const Diagnostic& d : run.failures) std::cerr << terminalText(d.format()) << "\n";
        passed += run.passed;
        failed += run.failed;
        if (!quiet)
            std::cout << terminalText(file) << ": " << run.passed << " passed, " << run.failed << " failed\n";
    }
    std::cout << files.size() << " test file(s): " << passed << " passed, " << failed << " failed";
    if (brokenFiles) std::cout << ", " << brokenFiles << " file(s) could not run";
    std::cout << "\n";
    return failed > 0 || brokenFiles > 0 ? 1 : 0;
}

}  // namespace

void addTestCommand(CLI::App& app, const CommonOptions& common, CommandResult& result) {
    auto paths = std::make_shared<std::vector<std::string>>();
    auto quiet = std::make_shared<bool>(false);
    CLI::App* cmd = app.add_subcommand(
        "test", "Run scenarios' blessed transcripts (tests/<id>.tests.json); failures as path:line:col");
    cmd->add_option("paths", *paths,
                    "Test files, or scenario folders whose tests/ folder holds them (default: the --scenarios named, else "
                    "the library: shipped scenarios and your folder)");
    cmd->add_flag("-q,--quiet", *quiet, "Print only failures and the total");
    cmd->callback([paths, quiet, &common, &result] {
        result.ran = true;
        std::vector<std::string> where = paths->empty() ? common.checkedScenarioPaths() : *paths;
        result.exitCode = runTests(where, common, *quiet);
    });
}

}  // namespace rehearse
