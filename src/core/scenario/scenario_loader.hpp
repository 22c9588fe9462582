// Reads one scenario file (docs/scenario-format.md) into a Scenario, checking
// everything the format promises: syntax, types, required fields, unique ids,
// stage ids and order, and that every reference names something that exists.
// Never throws on bad input; every problem becomes a located Diagnostic.
#pragma once

#include "core/scenario/diagnostic.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>

namespace rehearse {

struct ScenarioLoadResult {
    std::optional<Scenario> scenario;  // set only when there is no error
    Diagnostics diagnostics;           // errors and warnings, in file order
};

// `path` is used for messages and stored in Scenario::sourcePath.
ScenarioLoadResult loadScenarioFromText(const std::string& text, const std::string& path);
ScenarioLoadResult loadScenarioFromFile(const std::string& path);

// Canvas item kinds a reference diagram may use (the canvas's palette).
bool isDiagramItemKind(const std::string& kind);

}  // namespace rehearse
