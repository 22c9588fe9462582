#include "cli/export_command.hpp"

#include "core/canvas/diagram_import.hpp"
#include "core/export/excalidraw_export.hpp"
#include "core/export/png_export.hpp"
#include "core/export/svg_export.hpp"

#include <CLI/CLI.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
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

std::string formatFromPath(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".svg") return "svg";
    if (ext == ".png") return "png";
    if (ext == ".excalidraw") return "excalidraw";
    return {};
}

bool writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    return bool(out);
}

}  // namespace

int runExportReference(const std::string& scenarioPathOrId, const std::string& format,
                       const std::string& outFile, const std::vector<std::string>& scenarioPaths) {
    const std::string fmt = format.empty() ? formatFromPath(outFile) : format;
    if (fmt != "svg" && fmt != "png" && fmt != "excalidraw") {
        std::cerr << "rehearse export: say --format svg, png or excalidraw (or use one of those extensions)\n";
        return 2;
    }
    CommonOptions common;
    common.scenarioPaths = scenarioPaths;
    const std::optional<Scenario> scenario = loadScenarioArgument(scenarioPathOrId, common);
    if (!scenario) return 1;
    const CanvasDocument doc = canvasFromDiagram(scenario->referenceDiagram);

    bool ok = false;
    std::string error = "cannot write " + outFile;
    if (fmt == "svg") {
        SvgExportOptions options;
        options.title = scenario->title + " - reference design";
        ok = writeText(outFile, exportSvg(doc, options));
    } else if (fmt == "excalidraw") {
        ok = writeText(outFile, exportExcalidrawText(doc));
    } else {
        PngExportOptions options;
        options.scale = 2;  // crisp on HiDPI screens and in documents
        ok = writePng(doc, outFile, options, &error);
    }
    if (!ok) {
        std::cerr << "rehearse export: " << error << "\n";
        return 3;
    }
    std::cout << "wrote " << outFile << " (" << doc.size() << " items, " << fmt << ")\n";
    return 0;
}

void addExportCommand(CLI::App& app, const CommonOptions& common, CommandResult& result) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* cmd = app.add_subcommand(
        "export", "Export a stored session, or with --reference a scenario's reference diagram (svg, png, excalidraw)");
    cmd->add_option("what", options->scenario, "Session id or uid; with --reference: scenario id or file")
        ->required();
    cmd->add_flag("--reference", options->reference, "Export the scenario's reference diagram");
    cmd->add_option("-f,--format", options->format,
                    "svg, png or excalidraw (sessions also json, md); default: from the file name");
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
