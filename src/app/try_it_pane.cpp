#include "app/try_it_pane.hpp"

#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/numeric/score_text.hpp"
#include "core/store/safe_file.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>

namespace rehearse {
namespace {

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

std::string idList(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
}

// What a blessed entry will expect, in words.
std::string expectation(const QuestionTest& test) {
    return test.facts.empty() ? "must be declined" : "must reach " + idList(test.facts);
}

std::string expectation(const SentenceTest& test) {
    if (test.coversNothing) return "must cover no key point";
    std::string out;
    if (!test.covers.empty()) out = "must cover " + idList(test.covers);
    if (!test.doesNotCover.empty()) out += (out.empty() ? "" : "; ") + std::string("must not cover ") + idList(test.doesNotCover);
    return out;
}

// A "Save as test" button and what the entry will expect beside it.
bool saveAsTestButton(const char* handle, const std::string& expects) {
    const bool clicked = ImGui::SmallButton(("Save as test##" + std::string(handle)).c_str());
    widget_handles::nameButton(handle, "Save as test");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Adds it to the scenario's tests, which `rehearse test` runs: it %s.", expects.c_str());
    ImGui::SameLine();
    wrappedColoredText(palette::muted, expects);
    return clicked;
}

}  // namespace

void TryItPane::saved(const TestSaveResult& result) {
    m_testStatus = result.message;
    m_testSaved = result.saved;
    if (result.saved) m_testPath.clear();  // read the file again
}

void TryItPane::drawTestFile(const std::string& testPath) {
    if (testPath != m_testPath) {
        m_testPath = testPath;
        m_tests.reset();
        m_testProblem.clear();
        if (fileExists(testPath)) {
            ScenarioTestLoadResult loaded = loadScenarioTestsFromFile(testPath);
            m_tests = std::move(loaded.tests);
            if (!m_tests && !loaded.diagnostics.empty()) m_testProblem = loaded.diagnostics.front().format();
        }
    }
    std::string summary;
    if (!m_testProblem.empty()) summary = "Tests: " + m_testProblem;
    else if (m_tests)
        summary = "Tests: " + std::to_string(m_tests->questions.size()) + " question(s), " +
                  std::to_string(m_tests->sentences.size()) + " sentence(s) in " + testPath;
    else summary = "Tests: none yet; \"Save as test\" starts " + testPath;
    wrappedColoredText(m_testProblem.empty() ? palette::muted : palette::warning, summary);
    widget_handles::nameWrapped("editor.try.tests", summary);
    if (!m_testStatus.empty()) {
        wrappedColoredText(m_testSaved ? palette::done : palette::warning, m_testStatus);
        widget_handles::nameWrapped("editor.try.test_status", m_testStatus);
    }
}

void TryItPane::draw(const Scenario* scenario, bool stale, const std::string& leftOut, std::size_t revision,
                     const std::string& testPath) {
    heading("Try it");
    if (!scenario) {
        const char* fix = "Fix the errors in the form: trying needs a draft that loads.";
        ImGui::TextWrapped("%s", fix);
        widget_handles::nameWrapped("editor.try.note", fix);
        return;
    }
    if (stale) {
        const char* older = "The draft has errors: trying the last version that loaded.";
        wrappedColoredText(palette::warning, older);
        widget_handles::nameWrapped("editor.try.note", older);
    } else if (!leftOut.empty()) {
        wrappedColoredText(palette::muted, leftOut);
        widget_handles::nameWrapped("editor.try.note", leftOut);
    }

    ImGui::TextDisabled("ASK A CLARIFYING QUESTION");
    ImGui::SetNextItemWidth(-1);
    if (m_focus == Box::Question) {
        ImGui::SetKeyboardFocusHere();
        m_focus.reset();
    }
    ImGui::InputTextWithHint("##try-question", "How many users are there?", &m_question);
    widget_handles::nameField("editor.try.question");
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
            const std::string why = "No answer: " + trial.declinedBecause + ".";
            wrappedColoredText(palette::warning, why);
            widget_handles::nameWrapped("editor.try.declined", why);
        } else {
            std::string reached;
            for (const std::string& id : trial.answered) reached += (reached.empty() ? "" : ", ") + id;
            wrappedColoredText(palette::done, "Answered with " + reached);
        }
        const QuestionTest test = blessedQuestion(m_question, trial);
        if (saveAsTestButton("editor.try.save_question", expectation(test)))
            saved(saveQuestionTest(testPath, scenario->id, test));
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
    if (m_focus == Box::Sentence) {
        ImGui::SetKeyboardFocusHere();
        m_focus.reset();
    }
    m_sentenceBox.draw("try-sentence", m_sentence, 2.3f, "We retrain the model every night on fresh labels.");
    widget_handles::nameField("editor.try.sentence");
    if (ImGui::IsItemActive()) focusRing();
    if (m_sentence != m_triedSentence || m_stage != m_triedStage || revision != m_sentenceRevision) {
        m_triedSentence = m_sentence;
        m_triedStage = m_stage;
        m_sentenceRevision = revision;
        m_sentenceTrial.reset();
        std::optional<StageKind> stage;
        if (m_stage >= 0) stage = scenario->stages[std::size_t(m_stage)].kind;
        if (!m_sentence.empty()) m_sentenceTrial = trySentence(m_scorer, *scenario, stage, m_sentence);
    }
    if (m_sentenceTrial) {
        const SentenceTrial& trial = *m_sentenceTrial;
        std::optional<StageKind> stage;
        if (m_stage >= 0) stage = scenario->stages[std::size_t(m_stage)].kind;
        const SentenceTest test = blessedSentence(m_sentence, stage, trial);
        if (saveAsTestButton("editor.try.save_sentence", expectation(test)))
            saved(saveSentenceTest(testPath, scenario->id, test));
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
    ImGui::Spacing();
    ImGui::Separator();
    drawTestFile(testPath);
}

}  // namespace rehearse
