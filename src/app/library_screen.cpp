#include "app/library_screen.hpp"

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/authoring/scenario_scaffold.hpp"
#include "core/scenario/scenario_search.hpp"
#include "core/scenario/shipped_scenarios.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

namespace rehearse {
namespace {

ImVec4 difficultyColour(Difficulty d) {
    switch (d) {
        case Difficulty::Easy: return palette::easy;
        case Difficulty::Medium: return palette::medium;
        case Difficulty::Hard: return palette::hard;
    }
    return palette::accentSoft;
}

}  // namespace

const ScenarioOrigin& LibraryScreen::origin(AppState& app, const Scenario& scenario) {
    const ScenarioLibrary& library = app.library();
    if (m_originsGeneration != library.generation()) {
        m_origins.clear();
        m_originsGeneration = library.generation();
        std::string shipped;
        try {
            shipped = shippedScenarioFolder();
        } catch (const std::exception&) {
            // none found: every folder is one the user named
        }
        const std::string user = userScenarioFolder();
        for (const Scenario& s : library.scenarios()) m_origins[s.id] = scenarioOrigin(library.rootOf(s), shipped, user);
    }
    static const ScenarioOrigin kUnknown{ScenarioOriginKind::Added, "?"};
    auto it = m_origins.find(scenario.id);
    return it == m_origins.end() ? kUnknown : it->second;
}

// Up and Down in the filter box move the selection (the box keeps the keyboard).
static int stepSelection(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackHistory)
        *static_cast<int*>(data->UserData) += data->EventKey == ImGuiKey_UpArrow ? -1 : 1;
    return 0;
}

void LibraryScreen::draw(PanelContext& ctx) {
    AppState& app = ctx.app;
    const std::vector<Scenario>& scenarios = app.library().scenarios();
    if (app.selectedScenarioId.empty() && !scenarios.empty()) app.selectedScenarioId = scenarios.front().id;
    if (ImGui::GetFrameCount() != m_lastFrame + 1) m_focusFilter = true;
    m_lastFrame = ImGui::GetFrameCount();

    // The selection follows the filter: when the text or the tags change, the
    // best match is selected, so Enter starts what the person typed for.
    m_shown = searchScenarios(scenarios, m_filter, m_tags, m_level);
    const bool filterChanged = m_filter != m_shownFilter || m_tags != m_shownTags || m_level != m_shownLevel;
    m_shownFilter = m_filter;
    m_shownTags = m_tags;
    m_shownLevel = m_level;
    const bool selectedShown = std::any_of(m_shown.begin(), m_shown.end(), [&](std::size_t i) {
        return scenarios[i].id == app.selectedScenarioId;
    });
    if (!m_shown.empty() && (filterChanged || !selectedShown)) {
        app.selectedScenarioId = scenarios[m_shown.front()].id;
        m_scrollToSelected = true;
    }
    // Dialogs (resume, settings, notices) have the keyboard while open.
    const bool dialogOpen = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    ImGuiIO& io = ImGui::GetIO();
    if (!dialogOpen && !io.WantTextInput) {
        // Typing anywhere filters: the filter box takes the keyboard back
        // and gets what was typed meanwhile.
        if (io.InputQueueCharacters.Size > 0) m_focusFilter = true;
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) m_step -= 1;
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) m_step += 1;
    }
    if ((m_focusFilter || m_filterWaiting) && !dialogOpen) m_typeAhead.hold();
    else if (m_filterActive) m_typeAhead.deliver();
    if (m_filterWaiting && ++m_filterWaited > 8) {  // focus never arrived: do not hold typing forever
        m_filterWaiting = false;
        m_typeAhead.drop();
    }
    if (m_step != 0) select(app, m_step);
    m_step = 0;

    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Rehearse");
    widget_handles::nameText("library.title", "Rehearse");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("  applied ML system design, out loud and against the clock");
    widget_handles::nameText("library.subtitle", "  applied ML system design, out loud and against the clock");
    ImGui::Spacing();
    drawContinue(app);

    float listWidth = std::max(em(24), ImGui::GetContentRegionAvail().x * 0.42f);
    float problemsHeight = app.library().diagnostics().empty() ? 0 : em(6);
    ImGui::BeginChild("scenario-list", ImVec2(listWidth, -problemsHeight), true);
    drawList(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("scenario-details", ImVec2(0, -problemsHeight), true);
    if (app.screen() != Screen::Library) {
        // Enter in the filter box started a rehearsal this frame.
    } else if (const Scenario* selected = app.library().find(app.selectedScenarioId)) drawDetails(app, *selected);
    else ImGui::TextDisabled("No scenario selected.");
    ImGui::EndChild();
    if (problemsHeight > 0) drawProblems(app);
}

void LibraryScreen::select(AppState& app, int step) {
    if (m_shown.empty()) return;
    const std::vector<Scenario>& scenarios = app.library().scenarios();
    int at = 0;
    for (std::size_t i = 0; i < m_shown.size(); ++i)
        if (scenarios[m_shown[i]].id == app.selectedScenarioId) at = static_cast<int>(i);
    at = std::clamp(at + step, 0, static_cast<int>(m_shown.size()) - 1);
    app.selectedScenarioId = scenarios[m_shown[static_cast<std::size_t>(at)]].id;
    m_scrollToSelected = true;
}

// The rehearsal left with "< Library" is kept: offer to go back to it.
void LibraryScreen::drawContinue(AppState& app) {
    if (!app.hasSession() || app.session().isFinished()) return;
    const Session& session = app.session();
    ImGui::PushStyleColor(ImGuiCol_Button, palette::primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette::primaryHover);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    const bool resume = ImGui::Button("Continue");
    widget_handles::nameButton("library.continue", "Continue");
    ImGui::PopStyleColor(3);
    ImGui::SameLine();
    ImGui::Text("your rehearsal of %s (%s on the clock, saved)", session.scenario().title.c_str(),
                formatDuration(session.totalSeconds(app.now())).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("Ctrl+Enter");
    const bool dialogOpen = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    const ImGuiIO& io = ImGui::GetIO();
    if (resume || (!dialogOpen && io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)))
        app.returnToSession();
    ImGui::Spacing();
}

void LibraryScreen::drawList(AppState& app) {
    const bool dialogOpen = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    if (m_focusFilter && !dialogOpen) {
        ImGui::SetKeyboardFocusHere();
        m_focusFilter = false;
        m_filterWaiting = true;
        m_filterWaited = 0;
    }
    // The filter box shares its line with "New scenario" (the scenario editor).
    const float newWidth = buttonWidthFor("New scenario");
    const float boxWidth = ImGui::GetContentRegionAvail().x - newWidth - ImGui::GetStyle().ItemSpacing.x;
    ImGui::SetNextItemWidth(boxWidth);
    // The longest hint the box shows whole.
    const char* hint = "Type to filter by title, tag or question; arrows choose, Enter starts";
    for (const char* shorter : {"Type to filter; arrows choose, Enter starts", "Type to filter"})
        if (ImGui::CalcTextSize(hint).x + ImGui::GetStyle().FramePadding.x * 2 > boxWidth) hint = shorter;
    const bool enter = ImGui::InputTextWithHint("##filter", hint,
                                                &m_filter, ImGuiInputTextFlags_CallbackHistory | ImGuiInputTextFlags_EnterReturnsTrue,
                                                stepSelection, &m_step);
    widget_handles::nameField("library.filter");
    m_filterActive = ImGui::IsItemActive();
    if (m_filterActive) {
        focusRing();
        m_filterWaiting = false;  // held typing is delivered next frame
    }
    ImGui::SameLine();
    if (ImGui::Button("New scenario")) app.openEditor("");
    widget_handles::nameButton("library.new_scenario", "New scenario");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Write a scenario of your own in the scenario editor");
    if (enter && !ImGui::GetIO().KeyCtrl && !dialogOpen) {
        if (const Scenario* selected = app.library().find(app.selectedScenarioId); selected && !m_shown.empty()) {
            app.startSession(*selected, m_startLevel);
            return;
        }
        m_focusFilter = true;
    }

    // Tags shared by several scenarios, as toggles (a tag on one scenario
    // filters nothing the text box could not), plus any already selected.
    std::map<std::string, int> tagCounts;
    for (const Scenario& s : app.library().scenarios())
        for (const std::string& tag : s.tags) ++tagCounts[tag];
    std::set<std::string> allTags(m_tags.begin(), m_tags.end());
    for (const auto& [tag, count] : tagCounts)
        if (count >= 2) allTags.insert(tag);
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    // Levels first, one at a time (a second click clears it); only the levels
    // some scenario is pitched at, plus the one selected.
    bool firstChip = true;
    for (Level level : {Level::Mid, Level::Senior, Level::Staff}) {
        const bool selected = m_level == level;
        const bool present = std::any_of(app.library().scenarios().begin(), app.library().scenarios().end(),
                                         [&](const Scenario& s) { return s.level == level; });
        if (!present && !selected) continue;
        const std::string label = std::string(levelId(level)) + " level";
        float width = ImGui::CalcTextSize(label.c_str()).x + em(1.2f);
        if (!firstChip && ImGui::GetItemRectMax().x + width + em(0.5f) < right) ImGui::SameLine();
        firstChip = false;
        if (chipButton(label.c_str(), selected)) m_level = selected ? std::nullopt : std::optional<Level>(level);
        if (widget_handles::recording()) widget_handles::nameText("library.level." + std::string(levelId(level)), label);
    }
    for (const std::string& tag : allTags) {
        bool selected = m_tags.count(tag) > 0;
        float width = ImGui::CalcTextSize(tag.c_str()).x + em(1.2f);
        if (ImGui::GetItemRectMax().x + width + em(0.5f) < right && !firstChip) ImGui::SameLine();
        firstChip = false;
        if (chipButton(tag.c_str(), selected)) {
            if (selected) m_tags.erase(tag);
            else m_tags.insert(tag);
        }
        if (widget_handles::recording()) widget_handles::nameText("library.tag." + tag, tag);
    }
    ImGui::Separator();

    if (ImGui::BeginTable("scenarios", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX)) {
        ImGui::TableSetupColumn("Scenario", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Difficulty", ImGuiTableColumnFlags_WidthFixed, em(5.5f));
        ImGui::TableSetupColumn("Time", ImGuiTableColumnFlags_WidthFixed, em(3.5f));
        ImGui::TableHeadersRow();
        for (std::size_t index : m_shown) {
            const Scenario& s = app.library().scenarios()[index];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(s.id.c_str());
            bool selected = s.id == app.selectedScenarioId;
            ImGui::PushFont(fonts().bold);
            // The row is selected by its title, which wraps in a narrow column
            // (a Selectable's own label would be cut off).
            const ImVec2 titleAt = ImGui::GetCursorScreenPos();
            const float titleWidth = ImGui::GetContentRegionAvail().x;
            const float titleHeight = ImGui::CalcTextSize(s.title.c_str(), nullptr, false, titleWidth).y;
            if (ImGui::Selectable("##scenario", selected, ImGuiSelectableFlags_SpanAllColumns |
                                                              ImGuiSelectableFlags_AllowDoubleClick,
                                  ImVec2(0, titleHeight))) {
                app.selectedScenarioId = s.id;
                if (ImGui::IsMouseDoubleClicked(0)) app.startSession(s, m_startLevel);
            }
            const ImVec2 afterRow = ImGui::GetCursorScreenPos();
            ImGui::SetCursorScreenPos(titleAt);
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + titleWidth);
            ImGui::TextUnformatted(s.title.c_str());
            ImGui::PopTextWrapPos();
            if (widget_handles::recording()) widget_handles::nameWrapped("library.scenario." + s.id, s.title);
            ImGui::SetCursorScreenPos(afterRow);
            if (selected && m_scrollToSelected) {
                ImGui::SetScrollHereY(0.5f);
                m_scrollToSelected = false;
            }
            ImGui::PopFont();
            std::string tags = std::string(levelId(s.level)) + " level";
            for (const std::string& tag : s.tags) tags += " · " + tag;
            if (const ScenarioOrigin& from = origin(app, s); from.kind != ScenarioOriginKind::Shipped)
                tags += " · " + (from.kind == ScenarioOriginKind::UserFolder ? from.label : "from " + from.label);
            ImGui::PushTextWrapPos(0.0f);  // tags wrap in a narrow column rather than run off it
            ImGui::TextDisabled("%s", tags.c_str());
            if (widget_handles::recording()) widget_handles::nameWrapped("library.scenario." + s.id + ".tags", tags);
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            drawChip(difficultyId(s.difficulty), difficultyColour(s.difficulty), palette::text);
            ImGui::TableNextColumn();
            ImGui::Text("%.0f min", s.minutes);
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (m_shown.empty()) ImGui::TextDisabled("No scenario matches this filter.");
    }
}

void LibraryScreen::drawDetails(AppState& app, const Scenario& s) {
    ImGui::PushFont(fonts().heading);
    ImGui::PushTextWrapPos(0);  // a long title wraps in a narrow pane
    ImGui::TextUnformatted(s.title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    widget_handles::nameWrapped("library.details.title", s.title);
    sameLineIfFits(buttonWidthFor("Edit"));
    if (ImGui::SmallButton("Edit")) app.openEditor(s.id);  // a shipped one opens as a copy
    widget_handles::nameButton("library.details.edit", "Edit");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open it in the scenario editor (%s)", s.sourcePath.c_str());
    drawChip(difficultyId(s.difficulty), difficultyColour(s.difficulty), palette::text);
    char summary[96];
    std::snprintf(summary, sizeof summary, "%s level · %.0f minutes · %zu stages", levelId(s.level), s.minutes,
                  s.stages.size());
    sameLineIfFits(ImGui::CalcTextSize(summary).x);  // each piece on the line before it when there is room
    ImGui::TextUnformatted(summary);
    widget_handles::nameText("library.details.summary", summary);
    for (const std::string& tag : s.tags) {
        sameLineIfFits(ImGui::CalcTextSize(tag.c_str()).x + em(0.9f));
        drawChip(tag.c_str(), palette::accentSoft, palette::accent);
        if (widget_handles::recording()) widget_handles::nameText("library.details.tag." + tag, tag);
    }
    const ScenarioOrigin& from = origin(app, s);
    const std::string where = from.kind == ScenarioOriginKind::Shipped      ? "Shipped with Rehearse"
                              : from.kind == ScenarioOriginKind::UserFolder ? "In your scenario folder: " + s.sourcePath
                                                                            : "Added with --scenarios: " + s.sourcePath;
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", where.c_str());
    ImGui::PopTextWrapPos();
    widget_handles::nameWrapped("library.details.origin", where);
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
    if (ImGui::GetContentRegionAvail().x < em(30)) {
        // Too narrow for three columns: each stage's goal under its name.
        for (const Stage& stage : s.stages) {
            ImGui::PushFont(fonts().bold);
            ImGui::TextUnformatted(stage.displayTitle().c_str());
            ImGui::PopFont();
            ImGui::SameLine();
            ImGui::TextDisabled("%.0f min", stage.minutes);
            wrappedColoredText(palette::text, stage.goal);
            ImGui::Spacing();
        }
    } else if (ImGui::BeginTable("stages", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Stage", ImGuiTableColumnFlags_WidthFixed, em(11));
        ImGui::TableSetupColumn("Budget", ImGuiTableColumnFlags_WidthFixed, em(4));
        ImGui::TableSetupColumn("Goal", ImGuiTableColumnFlags_WidthStretch);
        for (const Stage& stage : s.stages) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", stage.displayTitle().c_str());  // a scenario's own title may be long
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
    ImGui::PushStyleColor(ImGuiCol_Button, palette::primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette::primaryHover);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    // The button names what it starts: the selection can change under the filter.
    std::string start = "Start rehearsal: " + s.title;
    if (ImGui::CalcTextSize(start.c_str()).x + em(1.5f) > ImGui::GetContentRegionAvail().x)
        start = "Start rehearsal";  // the title is the heading above; a cut-off label would hide it
    const bool clicked = ImGui::Button(start.c_str(), ImVec2(0, em(2.2f)));
    widget_handles::nameButton("library.start", start);
    ImGui::PopStyleColor(3);
    // The level to rehearse at: staff-level probes come only at staff.
    const Level startLevel = m_startLevel.value_or(s.level);
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    // Wide enough for "senior level" and the arrow.
    const float levelWidth = ImGui::CalcTextSize("senior level").x + ImGui::GetFrameHeight() + em(1);
    if (ImGui::GetItemRectMax().x + levelWidth + em(1) < right) ImGui::SameLine();
    ImGui::SetNextItemWidth(levelWidth);
    if (ImGui::BeginCombo("##start-level", (std::string(levelId(startLevel)) + " level").c_str())) {
        for (Level level : {Level::Mid, Level::Senior, Level::Staff})
            if (ImGui::Selectable(levelId(level), level == startLevel)) m_startLevel = level;
        ImGui::EndCombo();
    }
    widget_handles::nameField("library.start_level");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The level you rehearse at: staff-level probes come only at staff.");
    if (ImGui::Button("Practise with a partner (one screen)")) m_openPairDialog = true;
    widget_handles::nameButton("library.start_pair", "Practise with a partner (one screen)");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("A partner plays the interviewer: they answer your questions, push probes and score you. "
                          "F2 hands the screen over.");
    if (ImGui::Button("Host a pair session")) m_networkPair = NetworkPair::Host;
    widget_handles::nameButton("library.host_pair", "Host a pair session");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Pair on two computers (or two windows): your partner joins with the code shown next.");
    // Beside it when it fits (large text in a narrow window: below).
    const ImGuiStyle& style = ImGui::GetStyle();
    const float joinWidth = ImGui::CalcTextSize("Join a pair session").x + 2 * style.FramePadding.x;
    const float rightEdge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + joinWidth <= rightEdge) ImGui::SameLine();
    if (ImGui::Button("Join a pair session")) m_networkPair = NetworkPair::Join;
    widget_handles::nameButton("library.join_pair", "Join a pair session");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Join a partner's pair session with the code on their screen.");
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("Enter starts it; double-click a scenario to start it.");
    ImGui::PopTextWrapPos();
    widget_handles::nameWrapped("library.start_hint", "Enter starts it; double-click a scenario to start it.");
    // Enter with the filter box active starts from there (drawList); here
    // only when nothing has the keyboard and no dialog is open.
    const bool dialogOpen = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    const bool enter = !dialogOpen && !ImGui::IsAnyItemActive() && !ImGui::GetIO().KeyCtrl &&
                       !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    if (clicked || (enter && !m_shown.empty())) app.startSession(s, m_startLevel);
    drawPairDialog(app, s);
}

void LibraryScreen::drawPairDialog(AppState& app, const Scenario& scenario) {
    const char* id = "Practise with a partner";
    if (m_openPairDialog) {
        ImGui::OpenPopup(id);
        m_openPairDialog = false;
        ImGui::SetKeyboardFocusHere();  // lands on the first name once the dialog opens
    }
    ImGui::SetNextWindowSize(ImVec2(std::min(em(30), ImGui::GetMainViewport()->WorkSize.x * 0.9f), 0));
    if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("One screen, two people: the interviewer's console stays behind a cover while the "
                        "candidate works (F2 hands the screen over). Names appear in the feed, the scorecards "
                        "and the history.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const float labelWidth = std::max(ImGui::CalcTextSize("Interviews first").x, ImGui::CalcTextSize("Candidate").x) + em(1);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Interviews first");
    ImGui::SameLine(labelWidth);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##interviewer", "Interviewer", &m_pairInterviewer);
    widget_handles::nameField("pair.interviewer_name");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Candidate");
    ImGui::SameLine(labelWidth);
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputTextWithHint("##candidate", "Candidate", &m_pairCandidate,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    widget_handles::nameField("pair.candidate_name");
    ImGui::Spacing();
    if (ImGui::Button("Swap who interviews")) std::swap(m_pairInterviewer, m_pairCandidate);
    widget_handles::nameButton("pair.swap_names", "Swap who interviews");
    ImGui::Separator();
    const bool start = ImGui::Button("Start", ImVec2(em(7), 0)) || enter;
    widget_handles::nameButton("pair.start", "Start");
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel", ImVec2(em(7), 0)) ||
                        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    widget_handles::nameButton("pair.cancel", "Cancel");
    if (start) {
        // A name left empty: the part's name stands in.
        const std::string interviewer = m_pairInterviewer.empty() ? "Interviewer" : m_pairInterviewer;
        const std::string candidate = m_pairCandidate.empty() ? "Candidate" : m_pairCandidate;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        app.startPairSession(scenario, m_startLevel, StartPair{interviewer, candidate});
        return;
    }
    if (cancel) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void LibraryScreen::drawProblems(AppState& app) {
    const Diagnostics& problems = app.library().diagnostics();
    ImGui::BeginChild("problems", ImVec2(0, 0), true);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
    ImGui::Text("%zu problem(s) in scenario files; the other scenarios loaded normally.", problems.size());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (ImGui::SmallButton("Reload")) app.library().reload();
    ImGui::PushTextWrapPos(0);  // a long path:line:col message wraps rather than runs off the panel
    for (const Diagnostic& d : problems) ImGui::TextUnformatted(d.format().c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace rehearse
