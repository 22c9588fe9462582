// Everyday wordings of common deployment practice, as interchangeable
// phrases: a concept written "staged rollout" also matches "ramp 5% -> 50%",
// "shadow mode" matches "shadow for three weeks", "fallback" matches "the
// old rule as a backup". ConceptMatcher expands every concept phrase with
// these, as it does with abbreviations (text/abbreviations.hpp).
//
// Only practices with one meaning in an ML design belong here; a word that
// is also everyday English ("ramp" is, but not near a rollout) appears only
// in a group whose other phrases are unambiguous, so it only ever stands in
// for them.
#pragma once

#include <string_view>
#include <vector>

namespace rehearse {

// Each group lists phrases that mean the same thing.
const std::vector<std::vector<std::string_view>>& paraphraseGroups();

}  // namespace rehearse
