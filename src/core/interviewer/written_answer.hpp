// A written answer (a Markdown or plain-text file) as evidence, for scoring
// an answer outside a session (`rehearse score`).
//
// Headings split the answer into stages: a Markdown heading ("## Data",
// "# Evaluation and metrics") or a line that is only a stage name followed by
// a colon ("Models:") starts the section of the first stage it names. Text
// before any such heading is tied to no stage. Stage names accepted: the ids
// and titles, plus common synonyms ("requirements", "metrics", "serving").
#pragma once

#include "core/interviewer/evidence.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

// With `wholeStage`, the answer is all about that stage and headings are
// ignored. Blank sections are dropped.
std::vector<EvidenceText> evidenceFromWrittenAnswer(const std::string& text,
                                                    std::optional<StageKind> wholeStage = std::nullopt);

// The stage a heading's text names, if any ("Feature engineering" -> Features).
std::optional<StageKind> stageNamedBy(const std::string& heading);

}  // namespace rehearse
