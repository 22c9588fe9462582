// Beside the editor's form: type a question and see which fact the
// interviewer answers it with, its score, the runner-up and the words that
// matched; type a sentence and see which key points and pitfalls it covers,
// and why or why not (core/authoring/try_question.hpp, try_sentence.hpp).
// "Save as test" blesses what was tried: it becomes an entry of the
// scenario's test file, which `rehearse test` runs (scenario_test_writer.hpp).
#pragma once

#include "app/soft_wrap_box.hpp"
#include "core/authoring/scenario_test_writer.hpp"
#include "core/authoring/try_question.hpp"
#include "core/authoring/try_sentence.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>

namespace rehearse {

class TryItPane {
public:
    // `scenario`: the draft as it last loaded (null: it never has); `stale`:
    // the draft has errors now, so what is tried is that last version;
    // `leftOut`: what the scenario tried leaves out of the draft, and why
    // (core/authoring/draft_trial.hpp), or empty.
    // `revision` changes whenever the scenario does.
    // `testPath`: the scenario's test file, where "Save as test" writes.
    void draw(const Scenario* scenario, bool stale, const std::string& leftOut, std::size_t revision,
              const std::string& testPath);

    // Gives the question box (or the sentence box) the keyboard on the next
    // draw: the pane sits beside the form, out of Tab's reach.
    enum class Box { Question, Sentence };
    void focus(Box box) { m_focus = box; }

private:
    void drawTestFile(const std::string& testPath);
    void saved(const TestSaveResult& result);

    std::optional<Box> m_focus;
    std::string m_question, m_sentence;
    SoftWrapBox m_sentenceBox;  // the sentence wraps at the pane's width
    int m_stage = 0;  // index into the scenario's stages; -1: tied to no stage
    std::optional<QuestionTrial> m_questionTrial;
    std::optional<SentenceTrial> m_sentenceTrial;
    CoverageScorer m_scorer;  // kept between keystrokes: it prepares a scenario's examples once
    std::string m_triedQuestion, m_triedSentence;
    int m_triedStage = -2;
    std::size_t m_questionRevision = 0, m_sentenceRevision = 0;
    // The test file: what it holds (read when its path changes) and the last save's outcome.
    std::string m_testPath;
    std::optional<ScenarioTestFile> m_tests;
    std::string m_testProblem;  // why the test file does not load, if it does not
    std::string m_testStatus;
    bool m_testSaved = false;
};

}  // namespace rehearse
