#include "core/scenario/scenario_library.hpp"

#include "core/scenario/scenario_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

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
    // The versions that loaded last time, by file, for files broken now.
    std::map<std::string, Scenario> lastGood;
    for (Scenario& scenario : m_scenarios) lastGood.emplace(scenario.sourcePath, std::move(scenario));
    m_paths = paths;
    m_scenarios.clear();
    m_diagnostics.clear();
    m_fileCount = 0;
    m_kept = 0;
    const std::vector<std::string> files = scenarioFilesIn(paths);
    m_stamps = fileStamps(files);
    for (const std::string& file : files) {
        auto old = lastGood.find(file);
        loadFile(file, old == lastGood.end() ? nullptr : &old->second);
    }
    std::stable_sort(m_scenarios.begin(), m_scenarios.end(),
                     [](const Scenario& a, const Scenario& b) { return a.title < b.title; });
    ++m_generation;
}

bool ScenarioLibrary::reloadIfChanged() {
    if (fileStamps(scenarioFilesIn(m_paths)) == m_stamps) return false;
    reload();
    return true;
}

std::string ScenarioLibrary::rootOf(const Scenario& scenario) const {
    // The path named that holds the file: itself, or the folder it is in.
    std::error_code ec;
    const fs::path file = fs::weakly_canonical(scenario.sourcePath, ec);
    for (const std::string& path : m_paths) {
        const fs::path root = fs::weakly_canonical(path, ec);
        if (root == file || root == file.parent_path()) return path;
    }
    return "";
}

void ScenarioLibrary::loadFile(const std::string& path, const Scenario* lastGood) {
    ++m_fileCount;
    ScenarioLoadResult result = loadScenarioFromFile(path);
    m_diagnostics.insert(m_diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
    if (!result.scenario && lastGood) {
        // Broken by an edit: the last good version stays usable until it is fixed.
        m_diagnostics.push_back({path, 0, 0, Diagnostic::Severity::Warning,
                                 "the last version of '" + lastGood->id +
                                     "' that loaded stays in the library until this file is fixed"});
        result.scenario = *lastGood;
        ++m_kept;
    }
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
