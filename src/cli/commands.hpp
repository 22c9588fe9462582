// The `rehearse` subcommands. Each lives in its own file and registers itself
// on the CLI11 app; its callback stores the exit code in `CommandResult`.
// Subcommands link rehearse_core only (no window), which keeps the core
// honest about not needing the GUI.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace rehearse {

struct CommandResult {
    bool ran = false;   // a subcommand ran (otherwise the GUI starts)
    int exitCode = 0;
};

// Options every command shares: where scenarios come from.
struct CommonOptions {
    std::vector<std::string> scenarioPaths;  // --scenarios; default: the shipped folder
    std::vector<std::string> resolvedScenarioPaths() const;
};

void addValidateCommand(CLI::App& app, CommandResult& result);
void addListCommand(CLI::App& app, const CommonOptions& common, CommandResult& result);

}  // namespace rehearse
