// rehearse new ID [--from SCENARIO]: a new scenario file in the user's folder.
#include "cli/commands.hpp"

#include "core/authoring/scenario_test_writer.hpp"

#include "core/authoring/scenario_scaffold.hpp"
#include "core/scenario/scenario_library.hpp"
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

// 0: written; 1: the id or the source is wrong, the file exists, or another
// scenario has the id; 3: cannot write.
int runNew(const NewOptions& options, const CommonOptions& common) {
    const std::string folder = userScenarioFolder();
    const std::string path = folder + "/" + options.id + ".json";
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        std::cerr << "rehearse new: " << terminalText(path) << " already exists; edit it, or pick another id\n";
        return 1;
    }
    {
        // A second file with an id the library has would not load beside it
        // ("scenario id ... is already used"): the new scenario would never show.
        ScenarioLibrary library;
        library.load(common.resolvedScenarioPaths());
        if (const Scenario* taken = library.find(options.id)) {
            std::cerr << "rehearse new: '" << terminalText(options.id) << "' is already the id of "
                      << terminalText(taken->sourcePath) << "; pick another id (to change that scenario in your own "
                      << "folder: rehearse new " << terminalText(options.id) << "-mine --from "
                      << terminalText(options.id) << ")\n";
            return 1;
        }
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
        const std::string testPath = scenarioTestPathFor(path, options.id);
        if (tests.saved) {
            std::cout << terminalText(testPath) << "\n";
            std::cerr << "rehearse new: copied " << terminalText(source->id) << "'s blessed tests ("
                      << tests.questions << " question(s), " << tests.sentences << " sentence(s)) to "
                      << terminalText(testPath) << "; they expect the original's facts and key points, so after "
                      << "changing those run `rehearse test " << terminalText(testPath)
                      << "` and fix or remove the entries that fail\n";
        } else if (fileExists(testPath)) {
            std::cerr << "rehearse new: warning: " << terminalText(testPath) << " was already there (left by an "
                      << "earlier scenario with this id?); kept it, and did not copy " << terminalText(source->id)
                      << "'s tests over it\n";
        } else if (!tests.message.empty()) {
            std::cerr << "rehearse new: " << terminalText(tests.message) << "\n";
        }
        std::cerr << "rehearse new: the copy repeats " << terminalText(source->id) << "'s text word for word; "
                  << "`rehearse validate --strict` over the library reports each repeated text as 'same text as' "
                  << "until you rewrite it\n";
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
