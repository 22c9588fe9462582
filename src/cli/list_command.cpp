// rehearse list: one scenario a line: id, title and level.
#include "cli/commands.hpp"

#include "core/scenario/scenario_library.hpp"
#include "core/text/terminal_text.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace rehearse {

void addListCommand(CLI::App& app, const CommonOptions& common, CommandResult& result) {
    auto verbose = std::make_shared<bool>(false);
    CLI::App* cmd = app.add_subcommand("list", "List the scenarios: id, title and level");
    cmd->add_flag("-l,--long", *verbose, "Also show difficulty, minutes and tags");
    cmd->callback([&common, &result, verbose] {
        result.ran = true;
        ScenarioLibrary library;
        library.load(common.resolvedScenarioPaths());
        for (const Scenario& s : library.scenarios()) {
            // Titles and tags are the scenario author's text: shown, never obeyed.
            std::cout << terminalText(s.id) << "\t" << terminalText(s.title) << "\t" << levelId(s.level);
            if (*verbose) {
                std::cout << "\t" << difficultyId(s.difficulty) << "\t" << s.minutes << " min\t";
                for (std::size_t i = 0; i < s.tags.size(); ++i) std::cout << (i ? "," : "") << terminalText(s.tags[i]);
            }
            std::cout << "\n";
        }
        // Broken files do not hide the good ones, but they are not silent either.
        for (const Diagnostic& d : library.diagnostics())
            if (d.severity == Diagnostic::Severity::Error) std::cerr << terminalText(d.format()) << "\n";
        result.exitCode = 0;
    });
}

}  // namespace rehearse
