// All the scenarios a user can pick from: the shipped folder plus any other
// folders or files named. One broken file costs only itself: its diagnostics
// are kept and every other file still loads.
//
// Files change under a running app (an author saves in their own editor):
// reloadIfChanged() notices by modification time and size and loads again.
// A file that loaded before and is broken now keeps its last good version
// in the library (beside its diagnostics), so a half-finished save never
// takes a scenario away; a rehearsal holds its own copy and is never
// touched.
#pragma once

#include "core/scenario/diagnostic.hpp"
#include "core/scenario/file_stamp.hpp"
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
    // Loads again when a scenario file was added, removed or changed since
    // the last load; true when it did.
    bool reloadIfChanged();
    const std::vector<std::string>& paths() const { return m_paths; }
    // Changes with every load: positions into scenarios() taken before are stale.
    std::size_t generation() const { return m_generation; }
    // Which of paths() a scenario was found through (the folder or file
    // named), or "" when it is none of them.
    std::string rootOf(const Scenario& scenario) const;
    // Scenarios kept at their last good version because their file is broken now.
    std::size_t keptCount() const { return m_kept; }

    const std::vector<Scenario>& scenarios() const { return m_scenarios; }
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    const Scenario* find(const std::string& id) const;
    std::size_t fileCount() const { return m_fileCount; }

private:
    void loadFile(const std::string& path, const Scenario* lastGood);

    std::vector<std::string> m_paths;
    FileStamps m_stamps;
    std::size_t m_generation = 0;
    std::size_t m_kept = 0;
    std::vector<Scenario> m_scenarios;
    Diagnostics m_diagnostics;
    std::size_t m_fileCount = 0;
};

// Scenario files found in `paths` (folders are scanned for *.json, sorted).
std::vector<std::string> scenarioFilesIn(const std::vector<std::string>& paths);

}  // namespace rehearse
