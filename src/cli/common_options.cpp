#include "cli/commands.hpp"

#include "core/scenario/scenario_library.hpp"

namespace rehearse {

std::vector<std::string> CommonOptions::resolvedScenarioPaths() const {
    if (!scenarioPaths.empty()) return scenarioPaths;
    return {defaultScenarioDirectory()};
}

}  // namespace rehearse
