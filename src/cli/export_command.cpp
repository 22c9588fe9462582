#include "cli/export_command.hpp"

#include "core/canvas/diagram_import.hpp"
#include "core/export/canvas_file.hpp"
#include "core/export/export_format.hpp"
#include "core/store/safe_file.hpp"

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <memory>
#include <optional>

namespace rehearse {

namespace {

struct ExportOptions {
    std::string scenario;
    bool reference = false;
    std::string format;
    std::string output;
};

int exportReference(const std::string& scenarioPathOrId, const std::string& format, const std::string& outFile,
                    const std::vector<std::string>& scenarioPaths) {
    const ExportFormatChoice choice =
        chooseExportFormat(format, outFile, {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Excalidraw});
    if (!choice.format) {
        std::cerr << "rehearse export: " << choice.error << "\n";
        return 2;
    }
    const ExportFormat fmt = *choice.format;
    if (auto problem = outputFileProblem(outFile)) {  // before any work
        std::cerr << "rehearse export: " << *problem << "\n";
        return 3;
    }
    CommonOptions common;
    common.scenarioPaths = scenarioPaths;
    const std::optional<Scenario> scenario = loadScenarioArgument(scenarioPathOrId, common);
    if (!scenario) return 1;
    const CanvasDocument doc = canvasFromDiagram(scenario->referenceDiagram);

    std::string error;
    const bool ok = writeCanvasFile(doc, fmt, outFile, scenario->title + " - reference design", error);
    if (!ok) {
        std::cerr << "rehearse export: " << error << "\n";
        return 3;
    }
    std::cout << "wrote " << outFile << " (" << doc.size() << " items, " << exportFormatId(fmt) << ")\n";
    return 0;
}

}  // namespace

int runExportReference(const std::string& scenarioPathOrId, const std::string& format,
                       const std::string& outFile, const std::vector<std::string>& scenarioPaths) {
    // Whatever the scenario holds, the answer is one line and an exit code.
    try {
        return exportReference(scenarioPathOrId, format, outFile, scenarioPaths);
    } catch (...) {
        return reportUncaughtError("cannot export " + scenarioPathOrId);
    }
}

void addExportCommand(CLI::App& app, const CommonOptions& common, CommandResult& result) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* cmd = app.add_subcommand(
        "export", "Export a stored session, or with --reference a scenario's reference diagram (svg, png, excalidraw)");
    cmd->add_option("what", options->scenario, "Session id or uid; with --reference: scenario id or file")
        ->required();
    cmd->add_flag("--reference", options->reference, "Export the scenario's reference diagram");
    cmd->add_option("-f,--format", options->format,
                    "svg, png or excalidraw (sessions also json, md); default: from the file name "
                    "(.svg, .png, .excalidraw, .json, .md/.markdown, any case; sessions: json without one)");
    cmd->add_option("-o,--output", options->output, "File to write")->required();
    cmd->callback([&common, &result, options] {
        result.ran = true;
        // Without --reference the argument is a stored session (its canvas,
        // debrief or session file, see export_session_command.cpp).
        result.exitCode = options->reference
                              ? runExportReference(options->scenario, options->format, options->output,
                                                   common.resolvedScenarioPaths())
                              : runExportSession(options->scenario, options->format, options->output,
                                                 common.resolvedScenarioPaths());
    });
}

}  // namespace rehearse
