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
namespace {

void checkDiagnostics(const Diagnostics& diagnostics, const std::string& path, const std::string& text) {
    int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    for (const Diagnostic& d : diagnostics) {
        check(d.path == path, "a diagnostic names another file");
        check(!d.message.empty(), "a diagnostic without a message");
        check(d.line >= 0 && d.line <= lines, "a diagnostic's line is outside the file");
        check(d.column >= 0 && static_cast<std::size_t>(d.column) <= text.size() + 1,
              "a diagnostic's column is outside the file");
        check((d.line == 0) == (d.column == 0), "a diagnostic with a line but no column, or the reverse");
        check(d.format().rfind(path + ":", 0) == 0, "a formatted diagnostic does not start with the path");
    }
}

}  // namespace

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
