// rehearse export SCENARIO --reference --format svg|png|excalidraw -o FILE
// Writes a scenario's reference diagram in one of the canvas export formats.
// SCENARIO is a scenario id (looked up in --scenarios) or a scenario file.
// Without --reference the argument is a stored session, handed to
// runExportSession (export_session_command.cpp).
#pragma once

#include "cli/commands.hpp"

#include <string>
#include <vector>

namespace rehearse {

void addExportCommand(CLI::App& app, const CommonOptions& common, CommandResult& result);

// The command without CLI11: 0 on success, 1 when the scenario cannot be
// found or loaded (or anything else fails), 2 on a usage error, 3 when the
// file cannot be written. An empty `format` is taken from the output file's
// extension (core/export/export_format.hpp); the file is written by
// writeOutputFile's rule (core/store/safe_file.hpp).
int runExportReference(const std::string& scenarioPathOrId, const std::string& format,
                       const std::string& outFile, const std::vector<std::string>& scenarioPaths);

}  // namespace rehearse
