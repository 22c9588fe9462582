// Beside the editor's form: type a question and see which fact the
// interviewer answers it with, its score, the runner-up and the words that
// matched; type a sentence and see which key points and pitfalls it covers,
// and why or why not (core/authoring/try_question.hpp, try_sentence.hpp).
#pragma once

#include "core/authoring/try_question.hpp"
#include "core/authoring/try_sentence.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>

namespace rehearse {

class TryItPane {
public:
    // `scenario`: the draft as it last loaded (null: it never has); `stale`:
    // the draft has errors now, so what is tried is that last version.
    // `revision` changes whenever the scenario does.
    void draw(const Scenario* scenario, bool stale, std::size_t revision);

private:
    std::string m_question, m_sentence;
    int m_stage = 0;  // index into the scenario's stages; -1: tied to no stage
    std::optional<QuestionTrial> m_questionTrial;
    std::optional<SentenceTrial> m_sentenceTrial;
    std::string m_triedQuestion, m_triedSentence;
    int m_triedStage = -2;
    std::size_t m_questionRevision = 0, m_sentenceRevision = 0;
};

}  // namespace rehearse
