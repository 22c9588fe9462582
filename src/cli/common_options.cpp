#include "cli/commands.hpp"

#include "core/authoring/scenario_scaffold.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/scenario/scenario_origin.hpp"
#include "core/scenario/shipped_scenarios.hpp"
#include "core/text/terminal_text.hpp"

#include <filesystem>
#include <iostream>

namespace rehearse {

std::vector<std::string> CommonOptions::resolvedScenarioPaths() const {
    std::string shipped;
    try {
        shipped = shippedScenarioFolder();
    } catch (const ShippedScenariosNotFound&) {
        if (scenarioPaths.empty()) throw;  // nothing to work with: the message names every place tried
    }
    // The user's own scenarios (`rehearse new`) and --scenarios, beside the shipped ones.
    return libraryPaths(shipped, userScenarioFolder(), scenarioPaths);
}

// SCENARIO is a scenario id from the library or a path to a scenario file.
std::optional<Scenario> loadScenarioArgument(const std::string& argument, const CommonOptions& common) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(argument, ec)) {
        ScenarioLoadResult result = loadScenarioFromFile(argument);
        for (const Diagnostic& d : result.diagnostics)
            if (d.severity == Diagnostic::Severity::Error) std::cerr << terminalText(d.format()) << "\n";
        return std::move(result.scenario);
    }
    ScenarioLibrary library;
    library.load(common.resolvedScenarioPaths());
    if (const Scenario* scenario = library.find(argument)) return *scenario;
    std::cerr << "rehearse: no scenario '" << terminalText(argument) << "' (try `rehearse list`)\n";
    return std::nullopt;
}

}  // namespace rehearse
