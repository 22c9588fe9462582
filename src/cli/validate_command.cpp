// rehearse validate [--strict] PATH...
#include "cli/commands.hpp"

#include "core/authoring/author_lint.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_lint.hpp"
#include "core/text/terminal_text.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace rehearse {
namespace {

struct ValidateOptions {
    std::vector<std::string> paths;
    bool strict = false;
    bool quiet = false;
};

int runValidate(const ValidateOptions& options) {
    ScenarioLibrary library;
    library.load(options.paths);
    Diagnostics diagnostics = library.diagnostics();
    if (options.strict) {
        makeUnknownFieldsErrors(diagnostics);
        Diagnostics lint = lintScenarios(library.scenarios());
        diagnostics.insert(diagnostics.end(), lint.begin(), lint.end());
        Diagnostics authorLint = lintForAuthors(library.scenarios());
        diagnostics.insert(diagnostics.end(), authorLint.begin(), authorLint.end());
    }
    std::size_t errors = 0, warnings = 0;
    for (const Diagnostic& d : diagnostics) {
        // A diagnostic quotes the file (and names it): shown, never obeyed.
        std::cerr << terminalText(d.format()) << "\n";
        (d.severity == Diagnostic::Severity::Error ? errors : warnings) += 1;
    }
    if (library.fileCount() == 0) {
        std::cerr << "rehearse validate: no scenario files found\n";
        return 2;
    }
    if (!options.quiet)
        std::cout << library.fileCount() << " file(s) checked: " << library.scenarios().size()
                  << " valid scenario(s), " << errors << " error(s), " << warnings << " warning(s)"
                  << (options.strict ? " (strict)" : "") << "\n";
    bool failed = errors > 0 || (options.strict && warnings > 0);
    return failed ? 1 : 0;
}

}  // namespace

void addValidateCommand(CLI::App& app, const CommonOptions& common, CommandResult& result) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* cmd = app.add_subcommand("validate", "Check scenario files; report problems as path:line:col");
    cmd->add_option("paths", options->paths, "Scenario files or folders; only these are checked (default: the --scenarios named, else the whole "
                    "library: shipped scenarios and your folder)");
    cmd->add_flag("--strict", options->strict,
                  "Also apply the quality lint for shipped scenarios; warnings then fail too");
    cmd->add_flag("-q,--quiet", options->quiet, "Print only the problems");
    cmd->callback([options, &common, &result] {
        result.ran = true;
        if (options->paths.empty()) options->paths = common.checkedScenarioPaths();
        result.exitCode = runValidate(*options);
    });
}

}  // namespace rehearse
