// Sections: 1. loading and actions  2. header  3. progress  4. popups
// (the table of sessions: history_table.cpp)
#include "app/history_screen.hpp"

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/panel_list.hpp"
#include "app/session_persistence.hpp"
#include "app/settings_window.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/numeric/percent.hpp"
#include "core/store/timestamps.hpp"
#include "core/store/xdg_paths.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace rehearse {

// --- 1. loading and actions ---------------------------------------------------

void HistoryScreen::reload(SessionPersistence& persistence) {
    m_loadedRevision = persistence.revision();
    m_history.reload(persistence.store());
    m_progress = progressByScenario(m_history.sessions(), m_includeUnfinished);
    bool known = std::any_of(m_progress.begin(), m_progress.end(),
                             [&](const ScenarioProgress& p) { return p.scenarioId == m_chartScenario; });
    if (!known) m_chartScenario = m_progress.empty() ? std::string() : m_progress.front().scenarioId;
}

void HistoryScreen::open(AppState& app, SessionPersistence& persistence, SessionRecordId id) {
    std::string message;
    if (!app.reopenStored(id, message)) {
        m_history.say(message, true);
        return;
    }
    if (!message.empty()) persistence.notices.push_back(message);
}

// Rename, delete with undo, export and import go through m_history
// (core/store/history_controller.hpp): their rules and messages are there.

void HistoryScreen::draw(PanelContext& ctx) {
    AppState& app = ctx.app;
    SettingsWindow& settings = ctx.panels.settings;
    SessionPersistence* persistence = app.persistence();
    if (!persistence) {
        if (ImGui::SmallButton("< Library")) app.showLibrary();
        ImGui::TextDisabled("Sessions are not stored in this run.");
        return;
    }
    if (persistence->revision() != m_loadedRevision) reload(*persistence);
    m_history.update(persistence->canSave(), persistence->currentRecordId());
    drawHeader(app, *persistence, settings);

    // Side by side when the list keeps room for a rehearsal's title and the
    // chart for its per-stage table; else the list, taller, above the chart.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float listWidth = std::max(tableMinWidth(), avail.x * 0.55f);
    const bool sideBySide = avail.x - listWidth >= em(26);
    ImVec2 tableSize = sideBySide ? ImVec2(listWidth, 0) : ImVec2(0, avail.y * 0.55f);
    // Flattened: arrow keys reach the rows' buttons straight from the
    // header, not after a Space to enter each framed panel.
    ImGui::BeginChild("history-sessions", tableSize, true, ImGuiWindowFlags_NavFlattened);
    drawTable(app, *persistence);
    ImGui::EndChild();
    if (sideBySide) ImGui::SameLine();
    ImGui::BeginChild("history-progress", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    drawProgress(app, *persistence);
    ImGui::EndChild();

    // Opened here, at the screen's level where they are drawn: popup ids
    // depend on the window, and the table lives in a child window.
    if (m_history.renaming() && !ImGui::IsPopupOpen("Rename session")) ImGui::OpenPopup("Rename session");
    if (m_history.exporting() && !ImGui::IsPopupOpen("Export session")) ImGui::OpenPopup("Export session");
    if (m_history.importing() && !ImGui::IsPopupOpen("Import a session")) ImGui::OpenPopup("Import a session");
    drawRenamePopup(*persistence);
    drawExportPopup(*persistence);
    drawImportPopup(*persistence);
}

// --- 2. header ----------------------------------------------------------------

void HistoryScreen::drawHeader(AppState& app, SessionPersistence& persistence, SettingsWindow& settings) {
    if (ImGui::SmallButton("< Library")) app.showLibrary();
    widget_handles::nameButton("history.library", "< Library");
    if (app.hasSession() && !app.session().isFinished()) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Back to the current session")) app.returnToSession();
        widget_handles::nameButton("history.back_to_session", "Back to the current session");
    }
    // Flush with the panels' right edge, at any text size.
    const float rightButtons =
        buttonWidthFor("Import...") + ImGui::GetStyle().ItemSpacing.x + buttonWidthFor("Settings...");
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - rightButtons));
    if (ImGui::SmallButton("Import...")) m_history.beginImport(homeDirectory());
    widget_handles::nameButton("history.import", "Import...");
    ImGui::SameLine();
    if (ImGui::SmallButton("Settings...")) settings.open();
    widget_handles::nameButton("history.settings", "Settings...");

    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("History");
    widget_handles::nameText("history.title", "History");
    ImGui::PopFont();
    ImGui::SameLine();
    // The counts beside the heading; the database's path wraps under them.
    char counts[96];
    std::snprintf(counts, sizeof counts, "%zu rehearsal(s), %zu finished", m_history.sessions().size(),
                  m_history.finishedCount());
    if (!sameLineIfFits(ImGui::CalcTextSize(counts).x + em(1))) ImGui::Spacing();
    else ImGui::SetCursorPosX(ImGui::GetCursorPosX() + em(1));
    ImGui::TextDisabled("%s", counts);
    widget_handles::nameText("history.summary", counts);
    if (!persistence.databasePath().empty()) {  // none when sessions are not stored (--no-store)
        const std::string where = "· " + persistence.databasePath();
        sameLineIfFits(ImGui::CalcTextSize(where.c_str()).x);
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", where.c_str());
        ImGui::PopTextWrapPos();
        widget_handles::nameWrapped("history.database", where);
    }

    if (!persistence.storeProblem().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(persistence.storeProblem().c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    if (const auto& removed = m_history.lastRemoved()) {
        ImGui::AlignTextToFramePadding();
        ImGui::Text("Deleted \"%s\" (%s).", removed->displayName().c_str(),
                    formatLocalDateTime(removed->createdMs).c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Undo") && persistence.store()) {
            m_history.undoRemove(*persistence.store());
            persistence.touch();
        }
        ImGui::SameLine();
        ImGui::TextDisabled("It goes for good when Rehearse next starts.");
    }
    if (!m_history.message().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, m_history.messageIsError() ? palette::warning : palette::done);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(m_history.message().c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::SmallButton("OK##message")) m_history.dismissMessage();
    }
    ImGui::Spacing();
}

// --- 3. progress ----------------------------------------------------------------

void HistoryScreen::drawProgress(AppState& app, SessionPersistence& persistence) {
    heading("Progress");
    if (m_progress.empty()) {
        // Wrapped: a narrow window or a large text size would clip it.
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("Finish a rehearsal (3 minutes or more) to see your coverage here, attempt after attempt.");
        ImGui::PopStyleColor();
        return;
    }
    const ScenarioProgress* shown = nullptr;
    for (const ScenarioProgress& p : m_progress)
        if (p.scenarioId == m_chartScenario) shown = &p;
    if (!shown) shown = &m_progress.front();

    ImGui::SetNextItemWidth(std::min(em(22), ImGui::GetContentRegionAvail().x * 0.6f));
    if (ImGui::BeginCombo("##scenario", shown->title.c_str())) {
        for (const ScenarioProgress& p : m_progress) {
            std::string label = p.title + "  (" + std::to_string(p.attempts.size()) + ")";
            if (ImGui::Selectable(label.c_str(), &p == shown)) m_chartScenario = p.scenarioId;
        }
        ImGui::EndCombo();
    }
    widget_handles::nameField("history.progress.scenario");
    ImGui::SameLine();
    const bool unfinishedToggled = ImGui::Checkbox("Unfinished too", &m_includeUnfinished);
    widget_handles::nameField("history.progress.unfinished", "Unfinished too");
    if (unfinishedToggled) {
        reload(persistence);
        return;  // m_progress changed under `shown`
    }

    const std::size_t n = shown->attempts.size();
    ImGui::TextDisabled("%zu attempt(s) · best %s", n, percentText(shown->best()).c_str());
    if (shown->tooShort > 0) {
        // Say what counts, so a missing attempt is not a mystery.
        ImGui::SameLine();
        ImGui::TextDisabled("· %zu under %d min left out", shown->tooShort, int(kMinimumAttemptSeconds / 60));
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("An attempt counts once it has %d minutes on the session clock: opening a scenario, "
                              "ending at once or a false start says nothing about progress.",
                              int(kMinimumAttemptSeconds / 60));
    }
    if (n >= 2) {
        const int change = shown->changeInPoints();
        ImGui::SameLine();
        ImGui::TextColored(change >= 0 ? palette::done : palette::warning, " %+d points since the first", change);
    }
    // The chart takes what the per-stage table below leaves.
    float tableHeight = static_cast<float>(shown->stageIds.size() + 2) *
                        (ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y);
    float chartHeight = std::max(em(12), ImGui::GetContentRegionAvail().y - tableHeight - em(3));
    SessionRecordId clicked = m_chart.draw(*shown, chartHeight);
    if (clicked) {
        m_history.select(clicked);
        open(app, persistence, clicked);
        return;
    }

    // Per stage: first, last and best attempt, and time spent on average.
    ImGui::Spacing();
    if (ImGui::BeginTable("per-stage", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Stage", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("First", ImGuiTableColumnFlags_WidthFixed, em(3.5f));
        ImGui::TableSetupColumn("Last", ImGuiTableColumnFlags_WidthFixed, em(3.5f));
        ImGui::TableSetupColumn("Best", ImGuiTableColumnFlags_WidthFixed, em(3.5f));
        ImGui::TableSetupColumn("Trend", ImGuiTableColumnFlags_WidthFixed, em(6));
        ImGui::TableHeadersRow();
        for (std::size_t s = 0; s < shown->stageIds.size(); ++s) {
            std::vector<float> values;
            for (const ProgressAttempt& a : shown->attempts)
                if (a.stages[s]) values.push_back(static_cast<float>(*a.stages[s] * 100));
            if (values.empty()) continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ProgressChart::stageColour(shown->stageIds[s])));
            ImGui::Bullet();
            ImGui::PopStyleColor();
            auto kind = stageKindFromId(shown->stageIds[s]);
            ImGui::TextUnformatted(kind ? stageKindTitle(*kind) : shown->stageIds[s].c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%.0f%%", values.front());
            ImGui::TableNextColumn();
            ImGui::Text("%.0f%%", values.back());
            ImGui::TableNextColumn();
            ImGui::Text("%.0f%%", *std::max_element(values.begin(), values.end()));
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(s));
            ImGui::PushStyleColor(ImGuiCol_PlotLines,
                                  ImGui::ColorConvertU32ToFloat4(ProgressChart::stageColour(shown->stageIds[s])));
            ImGui::PlotLines("##trend", values.data(), static_cast<int>(values.size()), 0, nullptr, 0, 100,
                             ImVec2(em(5.5f), em(1.2f)));
            ImGui::PopStyleColor();
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
}

// --- 4. popups ------------------------------------------------------------------

namespace {

// Why the dialog's last attempt failed, under its field; the dialog stays
// open so the name or path can be corrected (HistoryController's rule).
void drawDialogError(const HistoryController& history) {
    if (history.dialogError().empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + em(32));
    ImGui::TextUnformatted(history.dialogError().c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

bool escapePressed() { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)); }

}  // namespace

void HistoryScreen::drawRenamePopup(SessionPersistence& persistence) {
    if (!ImGui::BeginPopupModal("Rename session", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const SessionRecord* r = m_history.find(m_history.renaming());
    if (r) ImGui::TextDisabled("%s, %s", r->scenarioTitle.c_str(), formatLocalDateTime(r->createdMs).c_str());
    if (ImGui::IsWindowAppearing() || std::exchange(m_refocusDialogField, false)) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(em(24));
    bool enter = ImGui::InputText("##name", &m_history.renameText(), ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::TextDisabled("Leave it empty to show the scenario's title.");
    drawDialogError(m_history);
    if (ImGui::Button("Rename", ImVec2(em(7), 0)) || enter) {
        SessionStore* store = persistence.store();
        if (!store || m_history.confirmRename(*store)) {
            persistence.touch();
            m_history.cancelRename();
            ImGui::CloseCurrentPopup();
        } else {
            m_refocusDialogField = true;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ImVec2(em(7), 0)) || escapePressed()) {
        m_history.cancelRename();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void HistoryScreen::drawExportPopup(SessionPersistence& persistence) {
    if (!ImGui::BeginPopupModal("Export session", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted("One JSON file with the whole session and its scenario.");
    ImGui::TextDisabled("Import it with History > Import... or `rehearse sessions import FILE`.");
    if (ImGui::IsWindowAppearing() || std::exchange(m_refocusDialogField, false)) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(em(32));
    bool enter = ImGui::InputText("##path", &m_history.exportPath(), ImGuiInputTextFlags_EnterReturnsTrue);
    drawDialogError(m_history);
    if (ImGui::Button("Export", ImVec2(em(7), 0)) || enter) {
        SessionStore* store = persistence.store();
        if (!store || m_history.confirmExport(*store)) {
            m_history.cancelExport();
            ImGui::CloseCurrentPopup();
        } else {
            m_refocusDialogField = true;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ImVec2(em(7), 0)) || escapePressed()) {
        m_history.cancelExport();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void HistoryScreen::drawImportPopup(SessionPersistence& persistence) {
    if (!ImGui::BeginPopupModal("Import a session", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted("A session file exported by Rehearse (here or on another machine).");
    if (ImGui::IsWindowAppearing() || std::exchange(m_refocusDialogField, false)) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(em(32));
    bool enter = ImGui::InputText("##path", &m_history.importPath(), ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::Checkbox("Import as a copy if it is already here", &m_history.importAsCopy());
    const bool canWrite = m_history.mayImport();
    if (!canWrite) ImGui::TextColored(palette::warning, "Sessions cannot be saved this run.");
    drawDialogError(m_history);
    ImGui::BeginDisabled(!canWrite);
    if (ImGui::Button("Import", ImVec2(em(7), 0)) || (enter && canWrite)) {
        SessionStore* store = persistence.store();
        if (store && m_history.confirmImport(*store)) {
            persistence.touch();
            ImGui::CloseCurrentPopup();
        } else {
            m_refocusDialogField = true;
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ImVec2(em(7), 0)) || escapePressed()) {
        m_history.cancelImport();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace rehearse
