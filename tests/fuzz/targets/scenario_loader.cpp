// A scenario file's bytes, loaded as the library loads a folder: through the
// file (type and size checks), the limits, the JSON parser and the field
// reader; a scenario that loads is then linted, as `rehearse validate
// --strict` does, which asks the locator for positions in the same file.
#include "fuzz_targets.hpp"

#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_lint.hpp"

#include <algorithm>
#include <fstream>

namespace rehearse::fuzz {

int scenarioLoader(const std::uint8_t* data, std::size_t size) {
    const std::string text = asText(data, size);
    const std::string path = scratchDirectory() + "/scenario.json";
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;

    ScenarioLibrary library;
    library.load({path});
    check(library.fileCount() == 1, "the library did not see the one file");
    checkDiagnostics(library.diagnostics(), path, text);
    check(library.scenarios().size() == (hasErrors(library.diagnostics()) ? 0u : 1u),
          "a scenario loaded despite errors, or none loaded without one");
    if (!library.scenarios().empty()) {
        const Scenario& scenario = library.scenarios().front();
        check(scenario.sourcePath == path, "the scenario does not know its file");
        check(!scenario.stages.empty(), "a scenario without stages loaded");
        checkDiagnostics(lintScenarios(library.scenarios()), path, text);
    }
    return 0;
}

}  // namespace rehearse::fuzz
