#include "app/scorecard_screen.hpp"

#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/pair/scorecard_evidence.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace rehearse {

void ScorecardForm::start(AppState& app, ScorecardAuthor author) {
    m_author = author;
    m_card = prefilledScorecard(app.session(), app.rehearsal().coverage(), author);
}

bool ScorecardForm::draw(AppState& app) {
    const bool self = *m_author == ScorecardAuthor::Candidate;
    heading(self ? "Score yourself (blind: the interviewer's scores come after)" : "Scorecard");
    ImGui::TextDisabled("%s", self ? "Rate each dimension as you think the interviewer saw it."
                                   : "Pick a level per dimension; the evidence is prefilled from the session: edit it.");
    ImGui::BeginChild("scorecard-form", ImVec2(0, -em(2.6f)), false);
    for (RubricDimension d : kAllRubricDimensions) {
        DimensionScore& score = m_card.score(d);
        ImGui::PushID(static_cast<int>(d));
        ImGui::Separator();
        ImGui::TextColored(palette::accent, "%s", rubricDimensionName(d));
        for (ScoreLevel level : kScoreLevels) {
            ImGui::SameLine();
            if (chipButton(scoreLevelTitle(level), score.level == level)) score.level = level;
            if (widget_handles::recording())
                widget_handles::nameButton(std::string("scorecard.") + rubricDimensionId(d) + "." + scoreLevelId(level),
                                           scoreLevelTitle(level));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", scoreLevelAnchor(d, level));
        }
        // Always one line here, so picking a level moves nothing under the pointer.
        wrappedColoredText(palette::muted, score.level != ScoreLevel::Unscored
                                               ? std::string(scoreLevelAnchor(d, score.level))
                                               : std::string("Hover a level to read what it looks like."));
        ImGui::InputTextMultiline("##evidence", &score.evidence, ImVec2(-1, em(4.5f)));
        ImGui::PopID();
    }
    ImGui::Separator();
    ImGui::TextUnformatted("Advance to the next round?");
    ImGui::SameLine();
    if (chipButton("Yes", m_card.advance == AdvanceVerdict::Yes)) m_card.advance = AdvanceVerdict::Yes;
    widget_handles::nameButton("scorecard.advance.yes", "Yes");
    ImGui::SameLine();
    if (chipButton("No", m_card.advance == AdvanceVerdict::No)) m_card.advance = AdvanceVerdict::No;
    widget_handles::nameButton("scorecard.advance.no", "No");
    ImGui::TextUnformatted("Strengths");
    ImGui::InputTextMultiline("##strengths", &m_card.strengths, ImVec2(-1, em(3)));
    widget_handles::nameField("scorecard.strengths");
    ImGui::TextUnformatted("Areas to improve");
    ImGui::InputTextMultiline("##improvements", &m_card.improvements, ImVec2(-1, em(3)));
    widget_handles::nameField("scorecard.improvements");
    ImGui::EndChild();
    ImGui::BeginDisabled(!m_card.isComplete());
    const char* submitLabel = self ? "Submit my self-score" : "Submit the scorecard";
    const bool submit = ImGui::Button(submitLabel, ImVec2(0, em(2)));
    widget_handles::nameButton("scorecard.submit", submitLabel);
    ImGui::EndDisabled();
    if (!m_card.isComplete()) {
        ImGui::SameLine();
        ImGui::TextDisabled("Score every dimension and answer \"advance?\" to submit.");
    }
    return submit && app.rehearsal().dispatch(SetScorecard{*m_author, m_card});
}

void drawScorecardsSideBySide(const std::optional<Scorecard>& theirs, const std::optional<Scorecard>& mine) {
    if (ImGui::BeginTable("side-by-side", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn("Dimension");
        ImGui::TableSetupColumn("Interviewer");
        ImGui::TableSetupColumn("Self");
        ImGui::TableHeadersRow();
        for (RubricDimension d : kAllRubricDimensions) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(rubricDimensionName(d));
            for (const auto* card : {&theirs, &mine}) {
                ImGui::TableNextColumn();
                const ScoreLevel level = *card ? (**card).score(d).level : ScoreLevel::Unscored;
                const bool differs = theirs && mine && theirs->score(d).level != mine->score(d).level;
                ImGui::TextColored(differs ? palette::warning : palette::text, "%s", scoreLevelTitle(level));
            }
        }
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("Advance?");
        for (const auto* card : {&theirs, &mine}) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(*card ? advanceVerdictId((**card).advance) : "-");
        }
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("Strengths");
        for (const auto* card : {&theirs, &mine}) {
            ImGui::TableNextColumn();
            if (*card) wrappedText((**card).strengths, ImGui::GetContentRegionAvail().x);
        }
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("Areas to improve");
        for (const auto* card : {&theirs, &mine}) {
            ImGui::TableNextColumn();
            if (*card) wrappedText((**card).improvements, ImGui::GetContentRegionAvail().x);
        }
        ImGui::EndTable();
    }
    if (theirs) {
        for (RubricDimension d : kAllRubricDimensions) {
            const DimensionScore& score = theirs->score(d);
            if (ImGui::CollapsingHeader((std::string("Evidence: ") + rubricDimensionName(d)).c_str()))
                wrappedText(score.evidence, ImGui::GetContentRegionAvail().x);
        }
    }
}

}  // namespace rehearse
