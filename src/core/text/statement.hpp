// Whether a text *says* something about an idea or only names it: the
// judgement behind coverage (interviewer/coverage.hpp), so that a list of
// buzzwords, a heading, a question or a sentence that rejects an idea never
// counts as covering it.
//
// Two analyses, both computed once per text and linear in its length:
//
// - Stance: which words a rejection covers. Negation has a scope, not just a
//   cue word. A sentence splits into clauses at commas, colons, dashes and
//   words like "but", "because", "since"; inside a clause
//     "X is unnecessary / overkill / outdated / optional", "X doesn't matter",
//     "X isn't an issue", "X can wait", "X is a product decision"
//   reject what comes before the cue (X), while
//     "we don't need X", "no need for X", "skip X", "instead of X", "not X"
//   reject what comes after it. So "PR-AUC, not accuracy" rejects accuracy
//   and keeps PR-AUC, and "Shadow mode is unnecessary since offline metrics
//   are good" rejects shadow mode only. A bare dismissal ("Calibration: not
//   needed", "Shadow mode? Overkill.") reaches back to the clause or the
//   short sentence it answers.
//   Plain negation ("no leakage", "without SMOTE", "not accuracy") is weaker
//   than dismissal: it rejects a remedy but engages with a problem ("no
//   leakage: features as of decision time" is about leakage), so a phrase
//   naming a problem survives it (namesProblem()).
//
// - Substance: a match counts only in a statement. Not in a heading, not in
//   a question (except where asking is the point: the clarify stage, and
//   then not a bare "Latency?"), not as a short item of a bare list
//   ("Features: embeddings, GBDT, real-time"), not in a vague sentence with
//   no number ("we will monitor drift and retrain as needed"). A term alone
//   on its line ("User reports.") does count: in a stage's notes it is the
//   candidate's decision for that stage.
#pragma once

#include "core/text/analyzed_text.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace rehearse {

// Fills text.stance, text.itemOf and text.shapes from its tokens, stems and
// sentences (ConceptMatcher::analyze calls it).
void analyzeStatements(AnalyzedText& text);

// The first token of a sentence after its speaker ("I would", "we'll",
// "then we"): where the verb that leads "I would monitor X, Y and Z" sits.
std::size_t afterSpeaker(const AnalyzedText& text, std::size_t firstToken, std::size_t endToken);

// The strongest rejection over tokens [first, end): Dismissed over Negated
// over Affirmed. `cue` receives the words that reject, for explanations
// ("is unnecessary"), when not null. A cue between the phrase's first and
// last word counts only when it is one of `phraseStems` ("no repeat
// contact"); without them, every cue inside the span is the phrase's own.
Stance stanceOver(const AnalyzedText& text, std::size_t first, std::size_t end, std::string* cue = nullptr,
                  const std::vector<std::string>* phraseStems = nullptr);

// Whether stems name a problem to be handled (leakage, bias, drift, spam...)
// rather than a remedy: plain negation of a problem is engagement with it.
bool namesProblem(const std::vector<std::string>& stems);

// Why the match at tokens [first, end) is not a statement about the idea,
// or nullptr when it is. With `questionsCount`, a question counts (what the
// candidate asked in the clarify stage). With `phraseEnumerates`, the phrase
// is itself a list ("health, religion") and may span a list's items.
const char* missingSubstance(const AnalyzedText& text, std::size_t first, std::size_t end, bool questionsCount,
                             bool phraseEnumerates = false);

}  // namespace rehearse
