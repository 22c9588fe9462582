// All the scenarios a user can pick from: the shipped folder plus any other
// folders or files named. One broken file costs only itself: its diagnostics
// are kept and every other file still loads.
#pragma once

#include "core/scenario/diagnostic.hpp"
#include "core/scenario/scenario.hpp"

#include <string>
#include <vector>

namespace rehearse {

class ScenarioLibrary {
public:
    // Loads every *.json file in the folders (not recursing into schema/) and
    // the files named; replaces what was loaded before. Scenarios are sorted
    // by title; a second file with an id already taken is an error.
    void load(const std::vector<std::string>& paths);
    void reload() { load(m_paths); }
    const std::vector<std::string>& paths() const { return m_paths; }

    const std::vector<Scenario>& scenarios() const { return m_scenarios; }
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    const Scenario* find(const std::string& id) const;
    std::size_t fileCount() const { return m_fileCount; }

private:
    void loadFile(const std::string& path);

    std::vector<std::string> m_paths;
    std::vector<Scenario> m_scenarios;
    Diagnostics m_diagnostics;
    std::size_t m_fileCount = 0;
};

// Scenario files found in `paths` (folders are scanned for *.json, sorted).
std::vector<std::string> scenarioFilesIn(const std::vector<std::string>& paths);

}  // namespace rehearse
