#include "app/canvas_export_menu.hpp"

#include "core/export/canvas_file.hpp"
#include "core/store/settings.hpp"
#include "core/store/xdg_paths.hpp"

#include <imgui.h>

#include <ctime>

namespace rehearse {

namespace {

std::string& chosenFolder() {
    static std::string folder;
    return folder;
}

// Local date and time in the name, so a second export never replaces the first.
std::string stamp() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d-%H%M%S", &local);
    return text;
}

void exportAs(const CanvasDocument& doc, ExportFormat format, const std::string& stem, const std::string& title,
              CanvasExportMessage& message) {
    const std::string folder = currentExportFolder();
    const std::string path = folder + "/" + canvasFileName(stem + "-" + stamp(), format);
    std::string error;
    message.failed = !ensureDirectory(folder, error) || !writeCanvasFile(doc, format, path, title, error);
    message.text = message.failed ? error : "Saved " + path;
}

}  // namespace

void setChosenExportFolder(const std::string& folder) { chosenFolder() = folder; }

std::string currentExportFolder() {
    Settings settings;
    settings.exportFolder = chosenFolder();
    return exportFolder(settings);
}

void canvasExportButton(const char* label, const CanvasDocument& doc, const std::string& stem,
                        const std::string& title, CanvasExportMessage& message) {
    ImGui::PushID(label);
    const bool empty = doc.empty();
    if (empty) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha * 0.45f);
    if (ImGui::Button(label) && !empty) ImGui::OpenPopup("export-canvas");
    if (empty) ImGui::PopStyleVar();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", empty ? "Nothing drawn yet" : ("Save the canvas into " + currentExportFolder()).c_str());
    if (ImGui::BeginPopup("export-canvas")) {
        ImGui::TextDisabled("Into %s", currentExportFolder().c_str());
        if (ImGui::MenuItem("SVG picture (.svg)")) exportAs(doc, ExportFormat::Svg, stem, title, message);
        if (ImGui::MenuItem("PNG image (.png)")) exportAs(doc, ExportFormat::Png, stem, title, message);
        if (ImGui::MenuItem("Excalidraw drawing (.excalidraw)"))
            exportAs(doc, ExportFormat::Excalidraw, stem, title, message);
        ImGui::EndPopup();
    }
    ImGui::PopID();
}

}  // namespace rehearse
