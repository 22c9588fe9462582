// `rehearse new ID [--from SCENARIO]`: the first version of a scenario file,
// in the user's own scenario folder, which the library lists beside the
// shipped scenarios. From nothing it is a skeleton that loads (every stage,
// one fact, one key point each, marked TODO) so the author can open it in
// the app at once and let `validate --strict` say what is still missing;
// from a scenario it is a copy under the new id.
#pragma once

#include "core/scenario/diagnostic.hpp"

#include <optional>
#include <string>

namespace rehearse {

// $XDG_DATA_HOME/rehearse/scenarios (default ~/.local/share/rehearse/scenarios); not created.
std::string userScenarioFolder();

struct ScenarioScaffold {
    std::optional<std::string> text;  // canonical layout (scenario_format.hpp); nothing on error
    Diagnostics diagnostics;          // why not: a bad id, a source that is not a scenario
};

// A skeleton scenario with id `id`. `path` names the file in diagnostics.
ScenarioScaffold scaffoldScenario(const std::string& id, const std::string& path);

// `sourceText` (a scenario file's text) with its id changed to `id` and
// " (copy)" added to its title; everything else as it was.
ScenarioScaffold copyScenario(const std::string& sourceText, const std::string& sourcePath, const std::string& id,
                              const std::string& path);

}  // namespace rehearse
