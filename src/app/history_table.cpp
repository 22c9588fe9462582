// HistoryScreen's list of stored rehearsals, one row each: when, the
// rehearsal, time spent, coverage, and open / more. The rehearsal's cell
// keeps each of its lines to one line at any window and text size (the name
// with its state chip, the scenario, for a pair who played which part with
// an "ended early" chip): what does not fit ends in an ellipsis, leaving room
// for the chip, and hovering the cell shows everything whole.
#include "app/history_screen.hpp"

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/session_persistence.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/numeric/checked_conversion.hpp"
#include "core/numeric/percent.hpp"
#include "core/store/timestamps.hpp"
#include "core/store/xdg_paths.hpp"

#include <algorithm>

namespace rehearse {

namespace {

// Fixed widths of the columns beside the rehearsal's.
float whenColumnWidth() { return em(7.5f); }
float timeColumnWidth() { return em(3.5f); }
float coverageColumnWidth() { return em(4.5f); }
float openColumnWidth() {
    // Wide enough for "Debrief" or "Resume" and "...", at any text size.
    return std::max(buttonWidthFor("Debrief"), buttonWidthFor("Resume")) + buttonWidthFor("...") +
           ImGui::GetStyle().ItemSpacing.x;
}

void coverageMeter(std::optional<double> coverage) {
    if (!coverage) {
        ImGui::TextDisabled("not scored");
        return;
    }
    // An imported session file may say anything (1e300 does not fit a float).
    const double shown = clampFinite(*coverage, 0, 1);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, palette::done);
    ImGui::ProgressBar(static_cast<float>(shown), ImVec2(em(4), em(1.1f)), percentText(shown).c_str());
    ImGui::PopStyleColor();
}

struct RowChip {
    const char* text;
    ImVec4 background;
    ImVec4 foreground;
    const char* part;  // its widget name in the row: "state", "ended_early"
};

// One line of the rehearsal's cell: `text` in `font` and `colour`, cut to
// leave room for `chip` beside it (the chip goes under it only when the
// text would keep less than a few words). Returns whether the text was cut.
bool cellLine(const std::string& text, ImFont* font, const ImVec4& colour, const std::optional<RowChip>& chip,
              const std::string& row, const char* part) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float chipWidth = chip ? ImGui::CalcTextSize(chip->text).x + em(0.9f) + ImGui::GetStyle().ItemSpacing.x : 0;
    ImGui::PushFont(font);
    const float room = avail - chipWidth >= em(7) ? avail - chipWidth : avail;
    const std::string shown = fitToWidth(text, room);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(shown.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (!row.empty()) widget_handles::nameText(row + "." + part, shown);
    if (chip) {
        sameLineIfFits(chipWidth - ImGui::GetStyle().ItemSpacing.x);
        drawChip(chip->text, chip->background, chip->foreground);
        if (!row.empty()) widget_handles::nameText(row + "." + chip->part, chip->text);
    }
    return shown != text;
}

// The rehearsal's cell. `live`: the rehearsal open in the app and unfinished.
void rehearsalCell(const SessionRecord& r, bool live) {
    const std::string row = widget_handles::recording() ? "history.row." + std::to_string(r.id) : std::string();
    std::optional<RowChip> state;
    if (live) state = RowChip{"in progress", palette::accentSoft, palette::accent, "state"};
    else if (!r.finished()) state = RowChip{"unfinished", palette::medium, palette::text, "state"};
    // A session the user named shows the scenario's title under the name; otherwise the name is the title.
    const std::string scenario = r.name.empty() ? r.scenarioId : r.scenarioTitle;
    const ImVec4 dim = ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);

    ImGui::BeginGroup();
    bool cut = cellLine(r.displayName(), fonts().bold, ImGui::GetStyleColorVec4(ImGuiCol_Text), state, row, "name");
    cut |= cellLine(scenario, ImGui::GetFont(), dim, std::nullopt, row, "scenario");
    if (r.pair) {
        // Who played which part: with a partner, not with the app.
        std::optional<RowChip> early;
        if (r.pair->partnerLeft) early = RowChip{"ended early", palette::hard, palette::text, "ended_early"};
        cut |= cellLine(r.pair->whoPlayedWhich(), ImGui::GetFont(), palette::accent, early, row, "pair");
    }
    ImGui::EndGroup();

    const bool explain = cut || (r.pair && r.pair->partnerLeft) || live;
    if (!explain || !ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenOverlapped)) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(em(28));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(r.displayName().c_str());
    ImGui::PopFont();
    ImGui::TextDisabled("%s", scenario.c_str());
    if (r.pair) ImGui::TextColored(palette::accent, "%s", r.pair->description().c_str());
    if (live) ImGui::TextUnformatted("The rehearsal you are in; Continue in the library returns to it.");
    ImGui::PopTextWrapPos();
    if (!row.empty()) widget_handles::nameWrapped(row + ".whole", r.pair ? r.pair->description() : r.displayName());
    ImGui::EndTooltip();
}

}  // namespace

float HistoryScreen::tableMinWidth() {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float rehearsal = em(17);  // a scenario's title and "You interviewed Grace" with its chip
    return whenColumnWidth() + rehearsal + timeColumnWidth() + coverageColumnWidth() + openColumnWidth() +
           5 * 2 * style.CellPadding.x + 2 * style.WindowPadding.x + style.ScrollbarSize;
}

void HistoryScreen::drawTable(AppState& app, SessionPersistence& persistence) {
    const std::vector<SessionRecord>& sessions = m_history.sessions();
    if (sessions.empty()) {
        ImGui::Spacing();
        ImGui::TextDisabled(persistence.store() ? "No rehearsals yet. Start one from the library; every step is "
                                                  "saved as you go."
                                                : "Sessions are not stored in this run.");
        return;
    }
    // Current: the rehearsal open in the app and still unfinished (core rule).
    const auto live = m_history.current();
    // No scrolling of its own: the framed panel around it scrolls, and a
    // table that scrolls is a window of its own that arrow keys do not enter.
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                            ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("sessions", 5, flags)) return;
    ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthFixed, whenColumnWidth());
    ImGui::TableSetupColumn("Rehearsal", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Time", ImGuiTableColumnFlags_WidthFixed, timeColumnWidth());
    ImGui::TableSetupColumn("Coverage", ImGuiTableColumnFlags_WidthFixed, coverageColumnWidth());
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, openColumnWidth());
    ImGui::TableHeadersRow();

    const std::int64_t now = nowUnixMs();
    std::optional<SessionRecordId> openId, deleteId;
    for (const SessionRecord& r : sessions) {
        ImGui::PushID(static_cast<int>(r.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        bool selected = r.id == m_history.selected();
        if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns |
                                                     ImGuiSelectableFlags_AllowItemOverlap |
                                                     ImGuiSelectableFlags_AllowDoubleClick,
                              ImVec2(0, em(2.3f)))) {
            m_history.select(r.id);
            m_chartScenario = r.scenarioId;
            if (ImGui::IsMouseDoubleClicked(0)) openId = r.id;
        }
        // Keyboard alone: arrows reach the row, Space selects it, Enter opens it.
        if (ImGui::IsItemFocused() && !ImGui::GetIO().KeyCtrl &&
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false))
            openId = r.id;
        ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::TextUnformatted(formatLocalDateTime(r.createdMs).c_str());
        ImGui::TextDisabled("%s", formatAgo(r.updatedMs, now).c_str());
        ImGui::EndGroup();

        ImGui::TableNextColumn();
        rehearsalCell(r, live && *live == r.id);

        ImGui::TableNextColumn();
        ImGui::TextUnformatted(formatDuration(r.seconds).c_str());

        ImGui::TableNextColumn();
        coverageMeter(r.coverage);

        ImGui::TableNextColumn();
        if (ImGui::SmallButton(r.finished() ? "Debrief" : "Resume")) openId = r.id;
        const std::string row = widget_handles::recording() ? "history.row." + std::to_string(r.id) : std::string();
        if (!row.empty()) widget_handles::nameButton(row + ".open", r.finished() ? "Debrief" : "Resume");
        ImGui::SameLine();
        if (ImGui::SmallButton("...")) {
            m_history.select(r.id);
            ImGui::OpenPopup("row-menu");
        }
        if (!row.empty()) widget_handles::nameButton(row + ".more", "...");
        if (ImGui::BeginPopup("row-menu")) {
            if (ImGui::MenuItem("Rename...", nullptr, false, m_history.mayRename())) m_history.beginRename(r.id);
            if (ImGui::MenuItem("Export to a file...")) m_history.beginExport(r.id, homeDirectory());
            bool isLive = live && *live == r.id;
            if (ImGui::MenuItem("Delete", nullptr, false, m_history.mayDelete(r.id))) deleteId = r.id;
            if (isLive) ImGui::TextDisabled("(the session you are in cannot be deleted)");
            ImGui::EndPopup();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();

    // Acted on after the loop: these change the list.
    if (deleteId && persistence.store()) {
        m_history.remove(*persistence.store(), *deleteId, nowUnixMs());
        persistence.touch();
    }
    if (openId) open(app, persistence, *openId);
}

}  // namespace rehearse
