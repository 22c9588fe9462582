// Whether a sentence talks about something in order to reject it: "PR-AUC,
// not accuracy", "accuracy is misleading here", "avoid random splits".
//
// A pitfall sign or a "mention" probe should not fire on the candidate who
// already named the trap. The test is deliberately coarse (any cue word in
// the sentence): a missed pitfall costs less than blaming a strong answer.
#pragma once

#include "core/text/analyzed_text.hpp"

#include <cstddef>
#include <string_view>

namespace rehearse {

bool sentenceIsNegated(const AnalyzedText& text, std::size_t sentence);

// Whether a word on its own is a cue ("not", "avoid", "misleading"); analyzeStatements()
// folds these into SentenceShape::rejects, so the test above costs nothing per call.
bool isNegationCue(std::string_view word);

}  // namespace rehearse
