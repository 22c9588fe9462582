// rehearse new ID [--from SCENARIO]: a new scenario file in the user's folder.
#include "cli/commands.hpp"

#include "core/authoring/scenario_test_writer.hpp"

#include "core/authoring/scenario_scaffold.hpp"
#include "core/scenario/scenario_limits.hpp"
#include "core/store/safe_file.hpp"
#include "core/store/xdg_paths.hpp"
#include "core/text/terminal_text.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>

namespace rehearse {
namespace {

struct NewOptions {
    std::string id;
    std::string from;
};

// 0: written; 1: the id or the source is wrong, or the file exists; 3: cannot write.
int runNew(const NewOptions& options, const CommonOptions& common) {
    const std::string folder = userScenarioFolder();
    const std::string path = folder + "/" + options.id + ".json";
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        std::cerr << "rehearse new: " << terminalText(path) << " already exists; edit it, or pick another id\n";
        return 1;
    }
    ScenarioScaffold scaffold;
    std::optional<Scenario> source;
    if (options.from.empty()) {
        scaffold = scaffoldScenario(options.id, path);
    } else {
        source = loadScenarioArgument(options.from, common);
        if (!source) return 1;
        std::string error;
        std::optional<std::string> text = readScenarioFile(source->sourcePath, error);
        if (!text) {
            std::cerr << "rehearse new: " << terminalText(source->sourcePath) << ": " << terminalText(error) << "\n";
            return 1;
        }
        scaffold = copyScenario(*text, source->sourcePath, options.id, path);
    }
    if (!scaffold.text) {
        for (const Diagnostic& d : scaffold.diagnostics) std::cerr << terminalText(d.format()) << "\n";
        return 1;
    }
    std::string error;
    if (!ensureDirectory(folder, error) || !writeOutputFile(path, *scaffold.text, error)) {
        std::cerr << "rehearse new: " << terminalText(error) << "\n";
        return 3;
    }
    std::cout << terminalText(path) << "\n";
    if (source) {
        // The original's blessed questions and sentences come along, as with
        // the editor's "Edit a copy", so `rehearse test` checks the copy too.
        const TestSaveResult tests = copyScenarioTests(source->sourcePath, source->id, path, options.id);
        if (tests.saved) std::cout << terminalText(scenarioTestPathFor(path, options.id)) << "\n";
        else if (!tests.message.empty()) std::cerr << "rehearse new: " << terminalText(tests.message) << "\n";
    }
    std::cerr << "Edit it, then: rehearse validate --strict " << terminalText(path) << "\n";
    return 0;
}

}  // namespace

void addNewCommand(CLI::App& app, const CommonOptions& common, CommandResult& result) {
    auto options = std::make_shared<NewOptions>();
    CLI::App* cmd = app.add_subcommand(
        "new", "Start a scenario in your scenario folder ($XDG_DATA_HOME/rehearse/scenarios); prints its path");
    cmd->add_option("id", options->id, "The new scenario's id: lower-case words joined by '-'")->required();
    cmd->add_option("--from", options->from, "Copy this scenario (an id or a file) instead of starting from a skeleton");
    cmd->callback([options, &common, &result] {
        result.ran = true;
        result.exitCode = runNew(*options, common);
    });
}

}  // namespace rehearse
