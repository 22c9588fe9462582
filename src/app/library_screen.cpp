#include "app/library_screen.hpp"

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace rehearse {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

ImVec4 difficultyColour(Difficulty d) {
    switch (d) {
        case Difficulty::Easy: return palette::easy;
        case Difficulty::Medium: return palette::medium;
        case Difficulty::Hard: return palette::hard;
    }
    return palette::accentSoft;
}

}  // namespace

bool LibraryScreen::matchesFilter(const Scenario& s) const {
    for (const std::string& tag : m_tags)
        if (std::find(s.tags.begin(), s.tags.end(), tag) == s.tags.end()) return false;
    if (m_filter.empty()) return true;
    std::string needle = lower(m_filter);
    std::string haystack = lower(s.title + " " + s.question);
    for (const std::string& tag : s.tags) haystack += " " + tag;
    return haystack.find(needle) != std::string::npos;
}

void LibraryScreen::draw(AppState& app) {
    const std::vector<Scenario>& scenarios = app.library().scenarios();
    if (app.selectedScenarioId.empty() && !scenarios.empty()) app.selectedScenarioId = scenarios.front().id;

    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Rehearse");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("  applied ML system design, out loud and against the clock");
    ImGui::Spacing();

    float listWidth = std::max(em(24), ImGui::GetContentRegionAvail().x * 0.42f);
    float problemsHeight = app.library().diagnostics().empty() ? 0 : em(6);
    ImGui::BeginChild("scenario-list", ImVec2(listWidth, -problemsHeight), true);
    drawList(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("scenario-details", ImVec2(0, -problemsHeight), true);
    if (const Scenario* selected = app.library().find(app.selectedScenarioId)) drawDetails(app, *selected);
    else ImGui::TextDisabled("No scenario selected.");
    ImGui::EndChild();
    if (problemsHeight > 0) drawProblems(app);
}

void LibraryScreen::drawList(AppState& app) {
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##filter", "Filter by title, question or tag", &m_filter);

    // Tags shared by several scenarios, as toggles (a tag on one scenario
    // filters nothing the text box could not), plus any already selected.
    std::map<std::string, int> tagCounts;
    for (const Scenario& s : app.library().scenarios())
        for (const std::string& tag : s.tags) ++tagCounts[tag];
    std::set<std::string> allTags(m_tags.begin(), m_tags.end());
    for (const auto& [tag, count] : tagCounts)
        if (count >= 2) allTags.insert(tag);
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    for (const std::string& tag : allTags) {
        bool selected = m_tags.count(tag) > 0;
        float width = ImGui::CalcTextSize(tag.c_str()).x + em(1.2f);
        if (ImGui::GetItemRectMax().x + width + em(0.5f) < right && &tag != &*allTags.begin()) ImGui::SameLine();
        if (chipButton(tag.c_str(), selected)) {
            if (selected) m_tags.erase(tag);
            else m_tags.insert(tag);
        }
    }
    ImGui::Separator();

    if (ImGui::BeginTable("scenarios", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX)) {
        ImGui::TableSetupColumn("Scenario", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Level", ImGuiTableColumnFlags_WidthFixed, em(4.5f));
        ImGui::TableSetupColumn("Time", ImGuiTableColumnFlags_WidthFixed, em(3.5f));
        ImGui::TableHeadersRow();
        int shown = 0;
        for (const Scenario& s : app.library().scenarios()) {
            if (!matchesFilter(s)) continue;
            ++shown;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(s.id.c_str());
            bool selected = s.id == app.selectedScenarioId;
            ImGui::PushFont(fonts().bold);
            if (ImGui::Selectable(s.title.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns |
                                                                 ImGuiSelectableFlags_AllowDoubleClick)) {
                app.selectedScenarioId = s.id;
                if (ImGui::IsMouseDoubleClicked(0)) app.startSession(s);
            }
            ImGui::PopFont();
            std::string tags;
            for (const std::string& tag : s.tags) tags += (tags.empty() ? "" : " · ") + tag;
            ImGui::TextDisabled("%s", tags.c_str());
            ImGui::TableNextColumn();
            drawChip(difficultyId(s.difficulty), difficultyColour(s.difficulty), palette::text);
            ImGui::TableNextColumn();
            ImGui::Text("%.0f min", s.minutes);
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (shown == 0) ImGui::TextDisabled("No scenario matches this filter.");
    }
}

void LibraryScreen::drawDetails(AppState& app, const Scenario& s) {
    heading(s.title.c_str());
    drawChip(difficultyId(s.difficulty), difficultyColour(s.difficulty), palette::text);
    ImGui::SameLine();
    ImGui::Text("%.0f minutes · %zu stages", s.minutes, s.stages.size());
    for (const std::string& tag : s.tags) {
        ImGui::SameLine();
        drawChip(tag.c_str(), palette::accentSoft, palette::accent);
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::TextDisabled("THE INTERVIEWER ASKS");
    ImGui::PushFont(fonts().bold);
    wrappedColoredText(palette::text, s.question);
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::Spacing();

    ImGui::TextDisabled("STAGES");
    if (ImGui::BeginTable("stages", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Stage", ImGuiTableColumnFlags_WidthFixed, em(11));
        ImGui::TableSetupColumn("Budget", ImGuiTableColumnFlags_WidthFixed, em(4));
        ImGui::TableSetupColumn("Goal", ImGuiTableColumnFlags_WidthStretch);
        for (const Stage& stage : s.stages) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(stageKindTitle(stage.kind));
            ImGui::TableNextColumn();
            ImGui::Text("%.0f min", stage.minutes);
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(stage.goal.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::TextDisabled("The interviewer answers clarifying questions from %zu facts it will not volunteer.",
                        s.facts.size());
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Button, palette::accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette::accentHover);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    if (ImGui::Button("Start rehearsal", ImVec2(em(11), em(2.2f)))) app.startSession(s);
    ImGui::PopStyleColor(3);
    ImGui::SameLine();
    ImGui::TextDisabled("Enter starts too; double-click a scenario to start it.");
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) && !ImGui::IsAnyItemActive()) app.startSession(s);
}

void LibraryScreen::drawProblems(AppState& app) {
    const Diagnostics& problems = app.library().diagnostics();
    ImGui::BeginChild("problems", ImVec2(0, 0), true);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
    ImGui::Text("%zu problem(s) in scenario files; the other scenarios loaded normally.", problems.size());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (ImGui::SmallButton("Reload")) app.library().reload();
    for (const Diagnostic& d : problems) ImGui::TextUnformatted(d.format().c_str());
    ImGui::EndChild();
}

}  // namespace rehearse
