#include "app/settings_window.hpp"

#include "app/app_state.hpp"
#include "app/canvas_export_menu.hpp"
#include "app/session_persistence.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/store/xdg_paths.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>

namespace rehearse {

void applySettingsStyle(const Settings& settings, float scale) {
    // From a fresh style: applyTheme scales sizes, and scaling twice would
    // compound.
    ImGui::GetStyle() = ImGuiStyle();
    applyTheme(scale, settings.theme == "dark" ? ThemeKind::Dark : ThemeKind::Light);
    palette::darkBoard = settings.darkBoard();
}

void applySettingsToApp(const Settings& settings, AppState& app) {
    FollowUpPacing pacing;
    pacing.minIntervalSeconds = settings.probePacingSeconds;
    app.setProbePacing(pacing);
    app.setLiveCoverage(settings.liveCoverage);
    setChosenExportFolder(settings.exportFolder);
}

void SettingsWindow::draw(PanelContext& ctx) {
    AppState& app = ctx.app;
    SessionPersistence& persistence = ctx.persistence;
    if (m_openRequested) {
        m_openRequested = false;
        m_editing = persistence.settings();
        ImGui::OpenPopup("Settings");
    }
    ImGui::SetNextWindowSize(ImVec2(em(30), 0));
    if (!ImGui::BeginPopupModal("Settings", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    Settings s = persistence.settings();
    bool commit = false;

    ImGui::TextDisabled("APPEARANCE");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Theme");
    ImGui::SameLine(em(10));
    if (ImGui::RadioButton("Light", s.theme == "light")) s.theme = "light", commit = true;
    widget_handles::nameField("settings.theme.light", "Light");
    ImGui::SameLine();
    if (ImGui::RadioButton("Dark", s.theme == "dark")) s.theme = "dark", commit = true;
    widget_handles::nameField("settings.theme.dark", "Dark");

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Canvas board");
    ImGui::SameLine(em(10));
    if (ImGui::RadioButton("As the theme", s.board == "theme")) s.board = "theme", commit = true;
    widget_handles::nameField("settings.board.theme", "As the theme");
    ImGui::SameLine();
    if (ImGui::RadioButton("Light##board", s.board == "light")) s.board = "light", commit = true;
    widget_handles::nameField("settings.board.light", "Light");
    ImGui::SameLine();
    if (ImGui::RadioButton("Dark##board", s.board == "dark")) s.board = "dark", commit = true;
    widget_handles::nameField("settings.board.dark", "Dark");
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Exported pictures are always on a light board.");

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Text size");
    ImGui::SameLine(em(10));
    ImGui::SetNextItemWidth(em(12));
    // Sliders edit a copy; the fonts are rebuilt once, when the slider is let go.
    ImGui::SliderFloat("##font", &m_editing.fontSize, 11, 24, "%.0f px");
    widget_handles::nameField("settings.text_size");
    if (ImGui::IsItemDeactivatedAfterEdit()) s.fontSize = std::round(m_editing.fontSize), commit = true;

    ImGui::Spacing();
    ImGui::TextDisabled("INTERVIEWER");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Probe pacing");
    ImGui::SameLine(em(10));
    ImGui::SetNextItemWidth(em(12));
    float pacing = static_cast<float>(m_editing.probePacingSeconds);
    if (ImGui::SliderFloat("##pacing", &pacing, 0, 300, pacing < 1 ? "no pause" : "%.0f s"))
        m_editing.probePacingSeconds = std::round(pacing);
    widget_handles::nameField("settings.probe_pacing");
    if (ImGui::IsItemDeactivatedAfterEdit()) s.probePacingSeconds = m_editing.probePacingSeconds, commit = true;
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The least time between two follow-up probes the interviewer raises on its own.");

    if (ImGui::Checkbox("Show coverage under the stages while rehearsing", &s.liveCoverage)) commit = true;
    widget_handles::nameField("settings.live_coverage", "Show coverage under the stages while rehearsing");
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Off by default: a real interviewer never says when a point has been scored. "
                          "The debrief always shows coverage.");

    if (ImGui::Checkbox("Show frame times, CPU and memory", &s.frameTimeOverlay)) commit = true;
    widget_handles::nameField("settings.frame_time_overlay", "Show frame times, CPU and memory");
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("A small read-out in the bottom left corner: how long frames take to draw (p50, p95 of "
                          "the last 120), frames a second, CPU and memory. For measuring; off by default.");

    ImGui::Spacing();
    ImGui::TextDisabled("SESSIONS");
    if (ImGui::Checkbox("Save every step as it happens (autosave)", &s.autosave)) commit = true;
    widget_handles::nameField("settings.autosave", "Save every step as it happens (autosave)");
    ImGui::PushTextWrapPos(em(29));
    if (s.autosave)
        ImGui::TextDisabled("If Rehearse or the computer stops, at most the last second of work is lost.");
    else
        ImGui::TextColored(palette::warning,
                           "Sessions are written only when you leave them or close Rehearse; a crash loses the "
                           "session in progress.");
    if (!persistence.canSave())
        ImGui::TextColored(palette::warning, "%s", persistence.storeProblem().empty()
                                                       ? "Sessions are not saved this run."
                                                       : persistence.storeProblem().c_str());
    ImGui::PopTextWrapPos();

    ImGui::Spacing();
    ImGui::TextDisabled("FILES");
    // Paths can be long: they wrap in the window.
    ImGui::PushTextWrapPos(0);
    const std::string sessions =
        "Sessions: " + (persistence.databasePath().empty() ? std::string("(not stored)") : persistence.databasePath());
    ImGui::TextUnformatted(sessions.c_str());
    widget_handles::nameWrapped("settings.sessions_path", sessions);
    const std::string settingsFile = "Settings: " + settingsPath();
    ImGui::TextUnformatted(settingsFile.c_str());
    widget_handles::nameWrapped("settings.settings_path", settingsFile);
    ImGui::PopTextWrapPos();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Exports");
    ImGui::SameLine(em(10));
    ImGui::SetNextItemWidth(em(14));
    // Typed into a copy; taken when the field is left. Empty: Documents.
    ImGui::InputTextWithHint("##export-folder", exportDirectory().c_str(), &m_editing.exportFolder);
    widget_handles::nameField("settings.export_folder");
    if (ImGui::IsItemDeactivatedAfterEdit()) s.exportFolder = m_editing.exportFolder, commit = true;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The folder exports go to (Markdown, SVG, PNG, Excalidraw). Empty: %s",
                          exportDirectory().c_str());
    if (!s.exportFolder.empty()) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Default")) s.exportFolder.clear(), m_editing.exportFolder.clear(), commit = true;
    }

    if (commit) {
        persistence.updateSettings(s);
        applySettingsToApp(s, app);
        m_editing = s;
    }
    ImGui::Spacing();
    const bool close = ImGui::Button("Close", ImVec2(em(7), 0));
    widget_handles::nameButton("settings.close", "Close");
    if (close || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace rehearse
