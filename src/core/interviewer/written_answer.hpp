// A written answer (a Markdown or plain-text file) as evidence, for scoring
// an answer outside a session (`rehearse score`).
//
// Headings split the answer into stages: a Markdown heading ("## Data",
// "# Evaluation and metrics") or a line that is only a stage name followed by
// a colon ("Models:") starts the section of the first stage it names. Text
// before any such heading is tied to no stage. Stage names accepted: the
// scenario's own stage titles ("Retrieval and context"), the ids and titles,
// plus common synonyms ("requirements", "metrics", "serving").
#pragma once

#include "core/interviewer/evidence.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

// With `wholeStage`, the answer is all about that stage and headings are
// ignored. Blank sections are dropped. `scenario`, when given, lends its
// stage titles to the headings.
std::vector<EvidenceText> evidenceFromWrittenAnswer(const std::string& text,
                                                    std::optional<StageKind> wholeStage = std::nullopt,
                                                    const Scenario* scenario = nullptr);

// The stage a heading's text names, if any ("Feature engineering" -> Features;
// with a scenario, "Retrieval" -> the stage it titles "Retrieval and context").
std::optional<StageKind> stageNamedBy(const std::string& heading, const Scenario* scenario = nullptr);

}  // namespace rehearse
