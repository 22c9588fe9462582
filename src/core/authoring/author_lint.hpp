// Lint for scenario authors, part of `rehearse validate --strict`: mistakes
// a scenario that loads can still hold, found with the same matcher the
// interviewer uses, so the author learns about them before a candidate does.
//
// - an ask of one fact that the matcher answers with another fact: a
//   candidate asking in those very words gets the wrong answer;
// - a fact none of whose asks reaches it (its asks are all stop words, or
//   each one is taken by another fact): only its topic's words reach it;
// - a `missing` or `leave` trigger naming a key point of another stage (the
//   probe would ask about that stage's point while in this one);
// - a `time` or `missing` trigger whose minute is at or past the end of its
//   stage (stage minutes and trigger minutes that do not add up: it fires
//   only when the candidate overruns);
// - a file whose name is not its id ("spam.json" holding "spam-email-detection"):
//   the library finds scenarios by id, people find files by name.
//
// Findings are warnings at the place in the scenario's file.
#pragma once

#include "core/scenario/diagnostic.hpp"
#include "core/scenario/scenario.hpp"
#include "core/scenario/scenario_file_locations.hpp"

#include <vector>

namespace rehearse {

// A scenario whose source path is in `inMemory` is located in that text.
Diagnostics lintForAuthors(const std::vector<Scenario>& scenarios, const ScenarioSourceTexts* inMemory = nullptr);

// The loader only warns about a field it does not know (a newer file may
// carry one); under --strict such a field is an error, since it is almost
// always a misspelt one that is silently ignored. Changes those warnings of
// `diagnostics` into errors.
void makeUnknownFieldsErrors(Diagnostics& diagnostics);

}  // namespace rehearse
