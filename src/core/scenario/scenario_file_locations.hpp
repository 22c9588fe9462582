// Positions in a scenario's own file, for findings about a scenario that
// loaded (lint): the file is read again once, lazily located by JSON pointer.
#pragma once

#include "core/scenario/diagnostic.hpp"
#include "core/scenario/json_locator.hpp"

#include <map>
#include <memory>
#include <string>

namespace rehearse {

// Texts of scenario files held in memory, by path: an editor's draft has no
// file yet (or a different one on disk), and its findings belong in its text.
using ScenarioSourceTexts = std::map<std::string, std::string>;

class ScenarioFileLocations {
public:
    // Read with the loader's checks: the file loaded, but it may have been
    // replaced since (a failed read only costs the positions). A path found
    // in `inMemory` is located in that text instead.
    explicit ScenarioFileLocations(const std::string& path, const ScenarioSourceTexts* inMemory = nullptr);

    // A finding at the value `pointer` names (its member name with `atKey`).
    Diagnostic at(const std::string& pointer, const std::string& message,
                  Diagnostic::Severity severity = Diagnostic::Severity::Warning, bool atKey = false) const;

private:
    std::string m_path;
    std::string m_text;
    std::unique_ptr<JsonLocator> m_locator;
};

}  // namespace rehearse
