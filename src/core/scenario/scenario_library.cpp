#include "core/scenario/scenario_library.hpp"

#include "core/scenario/scenario_loader.hpp"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace rehearse {

std::vector<std::string> scenarioFilesIn(const std::vector<std::string>& paths) {
    std::vector<std::string> files;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            std::vector<std::string> inFolder;
            // Not only regular files: a pipe or device named *.json is
            // listed too, so that loading reports it instead of skipping it
            // without a word (loading never opens it for a blocking read).
            for (const auto& entry : fs::directory_iterator(path, ec))
                if (!entry.is_directory(ec) && entry.path().extension() == ".json")
                    inFolder.push_back(entry.path().string());
            std::sort(inFolder.begin(), inFolder.end());
            files.insert(files.end(), inFolder.begin(), inFolder.end());
        } else {
            files.push_back(path);
        }
    }
    return files;
}

void ScenarioLibrary::load(const std::vector<std::string>& paths) {
    m_paths = paths;
    m_scenarios.clear();
    m_diagnostics.clear();
    m_fileCount = 0;
    for (const std::string& file : scenarioFilesIn(paths)) loadFile(file);
    std::stable_sort(m_scenarios.begin(), m_scenarios.end(),
                     [](const Scenario& a, const Scenario& b) { return a.title < b.title; });
}

void ScenarioLibrary::loadFile(const std::string& path) {
    ++m_fileCount;
    ScenarioLoadResult result = loadScenarioFromFile(path);
    m_diagnostics.insert(m_diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
    if (!result.scenario) return;
    if (const Scenario* existing = find(result.scenario->id)) {
        m_diagnostics.push_back({path, 1, 1, Diagnostic::Severity::Error,
                                 "scenario id '" + existing->id + "' is already used by " + existing->sourcePath});
        return;
    }
    m_scenarios.push_back(std::move(*result.scenario));
}

const Scenario* ScenarioLibrary::find(const std::string& id) const {
    for (const Scenario& scenario : m_scenarios)
        if (scenario.id == id) return &scenario;
    return nullptr;
}

}  // namespace rehearse
