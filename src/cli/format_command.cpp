// rehearse format [--check] PATH...
#include "cli/commands.hpp"

#include "core/authoring/scenario_test_writer.hpp"
#include "core/scenario/scenario_format.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_limits.hpp"
#include "core/store/safe_file.hpp"
#include "core/text/terminal_text.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace rehearse {
namespace {

struct FormatOptions {
    std::vector<std::string> paths;
    bool check = false;
};

// 0: every file already canonical (or rewritten); 1: --check found files to
// reformat; 2: a file could not be read, parsed or written.
int runFormat(const FormatOptions& options) {
    std::vector<std::string> files = scenarioFilesIn(options.paths);
    if (files.empty()) {
        std::cerr << "rehearse format: no scenario files found\n";
        return 2;
    }
    std::size_t changed = 0, failed = 0;
    for (const std::string& file : files) {
        std::string error;
        std::optional<std::string> text = readScenarioFile(file, error);
        if (!text) {
            std::cerr << terminalText(Diagnostic{file, 0, 0, Diagnostic::Severity::Error, error}.format()) << "\n";
            ++failed;
            continue;
        }
        // A scenario's blessed tests keep the layout "Save as test" writes.
        ScenarioFormatResult formatted;
        if (isScenarioTestFile(file))
            formatted.text = formatScenarioTestText(*text, file, formatted.diagnostics);
        else
            formatted = formatScenarioText(*text, file);
        if (!formatted.text) {
            for (const Diagnostic& d : formatted.diagnostics) std::cerr << terminalText(d.format()) << "\n";
            ++failed;
            continue;
        }
        if (*formatted.text == *text) continue;
        ++changed;
        if (options.check) {
            std::cout << terminalText(file) << "\n";
        } else if (!writeOutputFile(file, *formatted.text, error)) {
            std::cerr << "rehearse format: " << terminalText(error) << "\n";
            ++failed;
        }
    }
    if (options.check && changed > 0)
        std::cerr << changed << " of " << files.size() << " file(s) would be reformatted (run `rehearse format` on them)\n";
    else if (!options.check)
        std::cerr << files.size() << " file(s) checked, " << changed << " reformatted\n";
    if (failed > 0) return 2;
    return options.check && changed > 0 ? 1 : 0;
}

}  // namespace

void addFormatCommand(CLI::App& app, CommandResult& result) {
    auto options = std::make_shared<FormatOptions>();
    CLI::App* cmd = app.add_subcommand(
        "format", "Rewrite scenario files in the canonical layout (key order, indentation), so diffs stay small");
    cmd->add_option("paths", options->paths, "Scenario files or folders (*.json in them)")->required();
    cmd->add_flag("--check", options->check,
                  "Change nothing: list the files that would change and exit 1 if there are any");
    cmd->callback([options, &result] {
        result.ran = true;
        result.exitCode = runFormat(*options);
    });
}

}  // namespace rehearse
