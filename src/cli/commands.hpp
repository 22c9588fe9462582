// The `rehearse` subcommands. Each lives in its own file and registers itself
// on the CLI11 app; its callback stores the exit code in `CommandResult`.
// Subcommands link rehearse_core (and rehearse_net), no window, which keeps the core
// honest about not needing the GUI.
#pragma once

#include "cli/pair_window_request.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include "core/scenario/scenario.hpp"

#include <optional>
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
    // --scenarios: added to the library (scenario_origin.hpp)
    std::vector<std::string> scenarioPaths;
    // The library: shippedScenarioFolder(), userScenarioFolder() when it
    // exists, then --scenarios.
    std::vector<std::string> resolvedScenarioPaths() const;
    // What a command that checks files (validate, test) checks when given no
    // PATH: the --scenarios named, else the whole library.
    std::vector<std::string> checkedScenarioPaths() const {
        return scenarioPaths.empty() ? resolvedScenarioPaths() : scenarioPaths;
    }
};

// A SCENARIO argument: a scenario id from the library, or a path to a
// scenario file. Prints what went wrong to stderr and returns nothing.
std::optional<Scenario> loadScenarioArgument(const std::string& argument, const CommonOptions& common);

void addValidateCommand(CLI::App& app, const CommonOptions& common, CommandResult& result);
void addListCommand(CLI::App& app, const CommonOptions& common, CommandResult& result);
void addAskCommand(CLI::App& app, const CommonOptions& common, CommandResult& result);
void addScoreCommand(CLI::App& app, const CommonOptions& common, CommandResult& result);

// Authoring: `format`, `test` and `new` (format_command.cpp, test_command.cpp, new_command.cpp).
void addFormatCommand(CLI::App& app, CommandResult& result);
void addTestCommand(CLI::App& app, const CommonOptions& common, CommandResult& result);
void addNewCommand(CLI::App& app, const CommonOptions& common, CommandResult& result);

// Benchmarks on the `rehearse bench` subcommand (bench_load_command.cpp,
// bench_journal_command.cpp): they print figures, they are not tests.
void addLoadBenchCommand(CLI::App& bench, const CommonOptions& common, CommandResult& result);
void addJournalBenchCommand(CLI::App& bench, const CommonOptions& common, CommandResult& result);

// Pair practice transport (pair_command.cpp): `host` and `join` open a pair
// channel; headless, they run a pair session (pair_headless.hpp), or carry
// lines of text with --lines. `bench pair` measures the channel.
// `openWindow`: runs the app for `rehearse host` / `rehearse join CODE`
// without --headless (main.cpp passes it when the GUI is built); null: those
// need --headless.
void addPairCommands(CLI::App& app, const CommonOptions& common, CommandResult& result,
                     std::function<int(const PairWindowRequest&)> openWindow = nullptr);
void addPairBenchCommand(CLI::App& bench, CommandResult& result);

// Stored sessions (sessions_command.cpp): list, export, import, rename, delete, restore.
void addSessionsCommand(CLI::App& app, const CommonOptions& common, CommandResult& result);

// export_session_command.cpp: writes stored session SESSION (an id from
// `rehearse sessions list`, or a uid) as json (the session file `sessions
// import` reads), md (the debrief), svg, png or excalidraw (its canvas). An
// empty `format` comes from the file's extension. For `rehearse export
// SESSION`. 0 on success, 1 no such session, 2 bad format, 3 cannot write.
int runExportSession(const std::string& session, const std::string& format, const std::string& outFile,
                     const std::vector<std::string>& scenarioPaths);

// Called from a catch (...) block: says in one line on stderr what the
// exception in flight was (out of memory, a database or JSON failure, ...)
// and returns the exit code (1). main() uses it around every command; a
// command may name what it was doing (`context`: "cannot export 3").
int reportUncaughtError(const std::string& context = "");

class SessionStore;
// A session id from `sessions list`, or a uid; nothing when there is no such session.
std::optional<std::int64_t> resolveSessionArgument(SessionStore& store, const std::string& argument);

}  // namespace rehearse
