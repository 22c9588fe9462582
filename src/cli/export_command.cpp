#include "cli/export_command.hpp"

#include "core/canvas/diagram_import.hpp"
#include "core/export/excalidraw_export.hpp"
#include "core/export/png_export.hpp"
#include "core/export/svg_export.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_loader.hpp"

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

std::optional<Scenario> findScenario(const std::string& pathOrId, const std::vector<std::string>& scenarioPaths) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(pathOrId, ec)) {
        ScenarioLoadResult loaded = loadScenarioFromFile(pathOrId);
        for (const Diagnostic& d : loaded.diagnostics)
            if (d.severity == Diagnostic::Severity::Error) std::cerr << d.format() << "\n";
        return loaded.scenario;
    }
    ScenarioLibrary library;
    library.load(scenarioPaths);
    if (const Scenario* s = library.find(pathOrId)) return *s;
    std::cerr << "rehearse export: no scenario \"" << pathOrId << "\" (try `rehearse list`)\n";
    return std::nullopt;
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
    const std::optional<Scenario> scenario = findScenario(scenarioPathOrId, scenarioPaths);
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
    CLI::App* cmd = app.add_subcommand("export", "Export a scenario's reference diagram as SVG, PNG or Excalidraw");
    cmd->add_option("scenario", options->scenario, "Scenario id or scenario file")->required();
    cmd->add_flag("--reference", options->reference, "Export the scenario's reference diagram");
    cmd->add_option("-f,--format", options->format, "svg, png or excalidraw (default: from the file name)")
        ->check(CLI::IsMember({"svg", "png", "excalidraw"}));
    cmd->add_option("-o,--output", options->output, "File to write")->required();
    cmd->callback([&common, &result, options] {
        result.ran = true;
        if (!options->reference) {
            // Sessions get the same export once they are stored; until then
            // the reference diagram is what there is to export.
            std::cerr << "rehearse export: only --reference is supported so far\n";
            result.exitCode = 2;
            return;
        }
        result.exitCode = runExportReference(options->scenario, options->format, options->output,
                                             common.resolvedScenarioPaths());
    });
}

}  // namespace rehearse
