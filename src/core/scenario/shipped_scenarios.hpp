// Where the shipped scenarios are found when no --scenarios is given. An
// installed Rehearse carries no path from the machine it was built on: it
// looks beside its own executable (<prefix>/bin/rehearse reads
// <prefix>/share/rehearse/scenarios, wherever the prefix was moved to), then
// in every $XDG_DATA_DIRS entry. Only a binary still inside the build tree it
// was compiled in may fall back to the source tree's scenarios/ (and only
// when configured with REHEARSE_SOURCE_TREE_SCENARIOS), so that the build
// tree runs without installing and an installed copy never reads the sources.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace rehearse {

struct ShippedScenarioSearch {
    std::string folder;              // the first folder found (or the $REHEARSE_SCENARIOS path); empty when none
    std::vector<std::string> tried;  // every folder looked at, in order (the found one last)
};

// The search itself, with its inputs passed in so tests can drive it:
// `override` is $REHEARSE_SCENARIOS (used alone when non-empty),
// `executable` the running binary's path, `xdgDataDirs` $XDG_DATA_DIRS (empty:
// the spec's default /usr/local/share:/usr/share), `sourceFolder` and
// `buildFolder` the development fallback (both empty: none).
ShippedScenarioSearch searchShippedScenarios(const std::string& override, const std::string& executable,
                                             const std::string& xdgDataDirs, const std::string& sourceFolder,
                                             const std::string& buildFolder);

// The search for this process: $REHEARSE_SCENARIOS, /proc/self/exe, $XDG_DATA_DIRS and the build's settings.
ShippedScenarioSearch findShippedScenarios();

// Thrown by shippedScenarioFolder() when nothing is found; the message names every place tried.
class ShippedScenariosNotFound : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The folder findShippedScenarios() found, or ShippedScenariosNotFound.
std::string shippedScenarioFolder();

}  // namespace rehearse
