// Where the library's scenarios come from, and how it says so: the shipped
// folder, the user's own folder (`rehearse new`, the editor's saves), and
// any folder or file added with `--scenarios`, which adds to the other two
// rather than replacing them.
#pragma once

#include <string>
#include <vector>

namespace rehearse {

enum class ScenarioOriginKind { Shipped, UserFolder, Added };

struct ScenarioOrigin {
    ScenarioOriginKind kind = ScenarioOriginKind::Added;
    std::string label;  // "shipped", "your folder", or the added path's own name ("my-scenarios")
};

// `root`: the path named that holds the scenario (ScenarioLibrary::rootOf).
ScenarioOrigin scenarioOrigin(const std::string& root, const std::string& shippedFolder, const std::string& userFolder);

// What the library reads: the shipped folder (none when empty), the user's
// folder when it exists, then each added path that is not one of those (the
// same folder named twice would list every scenario in it twice).
std::vector<std::string> libraryPaths(const std::string& shippedFolder, const std::string& userFolder,
                                      const std::vector<std::string>& added);

}  // namespace rehearse
