// EditorScreen, continued: the bar above the form. Back to the library,
// the scenario's title and file, undo and redo, Save, "Rehearse this draft",
// the counts of errors and warnings (a click opens the problems), the last
// status and the question about the file on disk.
#include "app/editor_screen.hpp"

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"

#include <imgui.h>

namespace rehearse {
namespace {

void primaryButtonColours() {
    ImGui::PushStyleColor(ImGuiCol_Button, palette::primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette::primaryHover);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
}

}  // namespace

void EditorScreen::drawBar(AppState& app) {
    if (ImGui::SmallButton("< Library")) {
        app.showLibrary();
    }
    widget_handles::nameButton("editor.library", "< Library");
    ImGui::SameLine();
    ImGui::PushFont(fonts().heading);
    const std::string title = m_draft->text("/title");
    ImGui::TextUnformatted(title.empty() ? "Untitled scenario" : title.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s%s", m_draft->modified() ? "(not saved) " : "", m_draft->path().c_str());

    ImGui::BeginDisabled(!m_draft->canUndo());
    if (ImGui::Button("Undo")) undo(false);
    ImGui::EndDisabled();
    widget_handles::nameButton("editor.undo", "Undo");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Z");
    ImGui::SameLine();
    ImGui::BeginDisabled(!m_draft->canRedo());
    if (ImGui::Button("Redo")) undo(true);
    ImGui::EndDisabled();
    widget_handles::nameButton("editor.redo", "Redo");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Shift+Z");
    ImGui::SameLine();
    primaryButtonColours();
    if (ImGui::Button("Save")) save(app);
    ImGui::PopStyleColor(3);
    widget_handles::nameButton("editor.save", "Save");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+S: writes %s", m_draft->path().c_str());
    ImGui::SameLine();
    const bool canRehearse = m_check.scenario.has_value();
    ImGui::BeginDisabled(!canRehearse);
    if (ImGui::Button("Rehearse this draft")) app.startDraftRehearsal(*m_check.scenario);
    ImGui::EndDisabled();
    widget_handles::nameButton("editor.rehearse", "Rehearse this draft");
    if (!canRehearse && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Fix the errors first: a draft with errors cannot be rehearsed.");
    if (app.rehearsingDraft() && !app.session().isFinished()) {
        ImGui::SameLine();
        if (ImGui::Button("Back to the rehearsal")) app.returnToSession();
    }
    std::size_t errors = 0, warnings = 0;
    for (const FieldDiagnostic& d : m_shown.diagnostics)
        (d.diagnostic.severity == Diagnostic::Severity::Error ? errors : warnings) += 1;
    ImGui::SameLine();
    if (errors > 0) ImGui::TextColored(ImVec4(0.82f, 0.18f, 0.16f, 1), "%zu error(s)", errors);
    // Only the new entries' errors, not shown yet (FreshEntries): it does not load, but nothing is wrong.
    else if (m_check.hasErrors()) ImGui::TextColored(palette::muted, "new entry to fill in");
    else ImGui::TextColored(palette::done, "loads");
    // The counts say how many, not where: a click opens the list of problems at the top of the form.
    const bool countClicked = errors > 0 && ImGui::IsItemClicked();
    if (errors > 0 && ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SameLine();
    ImGui::TextColored(warnings ? palette::warning : palette::muted, "%zu warning(s) under --strict", warnings);
    if ((warnings > 0 && ImGui::IsItemClicked()) || countClicked) m_showProblems = true;
    if (warnings > 0 && ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    widget_handles::nameText("editor.problem_counts", "warning(s) under --strict");
    if (!m_status.empty()) wrappedColoredText(palette::muted, m_status);
    drawDiskQuestion(app);
}

}  // namespace rehearse
