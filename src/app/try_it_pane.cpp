#include "app/try_it_pane.hpp"

#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>

namespace rehearse {
namespace {

std::string scoreText(double score) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", score);
    return buffer;
}

std::string words(const std::vector<std::string>& list) {
    std::string out;
    for (const std::string& word : list) out += (out.empty() ? "" : ", ") + word;
    return out.empty() ? "none in common with its closest ask" : out;
}

void factLine(const char* what, const FactTrial& fact) {
    if (fact.id.empty()) return;
    ImGui::TextDisabled("%s", what);
    ImGui::SameLine();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(fact.id.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::Text("score %s", scoreText(fact.score).c_str());
    wrappedColoredText(palette::muted, "closest ask: \"" + fact.closestAsk + "\"");
    wrappedColoredText(palette::muted, "words matched: " + words(fact.sharedWords));
}

}  // namespace

void TryItPane::draw(const Scenario* scenario, bool stale, std::size_t revision) {
    heading("Try it");
    if (!scenario) {
        ImGui::TextWrapped("Fix the errors in the form: trying needs a draft that loads.");
        return;
    }
    if (stale) wrappedColoredText(palette::warning, "The draft has errors: trying the last version that loaded.");

    ImGui::TextDisabled("ASK A CLARIFYING QUESTION");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##try-question", "How many users are there?", &m_question);
    if (ImGui::IsItemActive()) focusRing();
    if (m_question != m_triedQuestion || revision != m_questionRevision) {
        m_triedQuestion = m_question;
        m_questionRevision = revision;
        m_questionTrial.reset();
        if (!m_question.empty()) m_questionTrial = tryQuestion(*scenario, m_question);
    }
    if (m_questionTrial) {
        const QuestionTrial& trial = *m_questionTrial;
        if (trial.answered.empty()) {
            wrappedColoredText(palette::warning, "No answer (needs a score of " + scoreText(trial.threshold) +
                                                     " and a clear lead).");
        } else {
            std::string reached;
            for (const std::string& id : trial.answered) reached += (reached.empty() ? "" : ", ") + id;
            wrappedColoredText(palette::done, "Answered with " + reached);
        }
        factLine("best", trial.best);
        factLine("runner-up", trial.runnerUp);
        ImGui::TextDisabled("THE INTERVIEWER SAYS");
        wrappedColoredText(palette::text, trial.reply);
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();

    ImGui::TextDisabled("WRITE A SENTENCE IN");
    ImGui::SameLine();
    if (m_stage >= static_cast<int>(scenario->stages.size())) m_stage = 0;
    const std::string stageName = m_stage < 0 ? "no stage" : scenario->stages[std::size_t(m_stage)].displayTitle();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##try-stage", stageName.c_str())) {
        if (ImGui::Selectable("no stage", m_stage < 0)) m_stage = -1;
        for (std::size_t i = 0; i < scenario->stages.size(); ++i)
            if (ImGui::Selectable(scenario->stages[i].displayTitle().c_str(), m_stage == int(i))) m_stage = int(i);
        ImGui::EndCombo();
    }
    ImGui::InputTextMultiline("##try-sentence", &m_sentence, ImVec2(-1, em(3.2f)));
    if (ImGui::IsItemActive()) focusRing();
    if (m_sentence != m_triedSentence || m_stage != m_triedStage || revision != m_sentenceRevision) {
        m_triedSentence = m_sentence;
        m_triedStage = m_stage;
        m_sentenceRevision = revision;
        m_sentenceTrial.reset();
        std::optional<StageKind> stage;
        if (m_stage >= 0) stage = scenario->stages[std::size_t(m_stage)].kind;
        if (!m_sentence.empty()) m_sentenceTrial = trySentence(*scenario, stage, m_sentence);
    }
    if (m_sentenceTrial) {
        const SentenceTrial& trial = *m_sentenceTrial;
        if (trial.keyPoints.empty() && trial.pitfalls.empty())
            ImGui::TextDisabled("Covers no key point and falls into no pitfall.");
        for (const KeyPointTrial& point : trial.keyPoints) {
            ImGui::PushFont(fonts().bold);
            ImGui::PushStyleColor(ImGuiCol_Text, point.covered ? palette::done : palette::warning);
            ImGui::TextUnformatted(((point.covered ? "covers " : "not ") + point.id).c_str());
            ImGui::PopStyleColor();
            ImGui::PopFont();
            ImGui::SameLine();
            ImGui::TextDisabled("(%s)", stageKindId(point.stage));
            wrappedColoredText(palette::muted, point.reason);
        }
        for (const PitfallTrial& pitfall : trial.pitfalls) {
            ImGui::PushFont(fonts().bold);
            ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
            ImGui::TextUnformatted(("pitfall " + pitfall.id).c_str());
            ImGui::PopStyleColor();
            ImGui::PopFont();
            wrappedColoredText(palette::muted, "sign '" + pitfall.phrase + "'" +
                                                   (pitfall.keyPoint.empty() ? std::string()
                                                                             : "; cancels " + pitfall.keyPoint));
        }
    }
}

}  // namespace rehearse
