#include "app/debrief_view.hpp"

#include "app/app_state.hpp"
#include "app/theme.hpp"
#include "app/widgets.hpp"

namespace rehearse {

void DebriefView::draw(AppState& app) {
    if (!app.hasSession()) {
        app.showLibrary();
        return;
    }
    const Session& session = app.session();
    if (ImGui::SmallButton("< Library")) app.showLibrary();
    heading(("Debrief: " + session.scenario().title).c_str());
    if (ImGui::BeginTable("time", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) {
        ImGui::TableSetupColumn("Stage");
        ImGui::TableSetupColumn("Time");
        ImGui::TableSetupColumn("Budget");
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < session.stageCount(); ++i) {
            const Stage& stage = session.scenario().stages[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(stageKindTitle(stage.kind));
            ImGui::TableNextColumn();
            bool over = session.isOverBudget(i, session.lastActionAt());
            ImGui::TextColored(over ? palette::warning : palette::text, "%s",
                               formatClock(session.stageSeconds(i, session.lastActionAt())).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatClock(stage.minutes * 60).c_str());
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::TextDisabled("REFERENCE ANSWER");
    wrappedColoredText(palette::text, session.scenario().referenceSummary);
    for (const Stage& stage : session.scenario().stages) {
        if (ImGui::CollapsingHeader(stageKindTitle(stage.kind))) wrappedColoredText(palette::text, stage.reference);
    }
}

}  // namespace rehearse
