// What makes a concept phrase credit the wrong text, for `validate --strict`.
//
// Two mistakes an author cannot see in the JSON: a word whose stem is also
// the stem of a common, unrelated word ("ips" stems to "ip", so every answer
// mentioning IP addresses would cover inverse propensity scoring), and a key
// point concept that is one generic word ("drift", "slice"), which any
// passing mention covers. Both are reported as sentences for an author.
#pragma once

#include "core/text/stemmer.hpp"

#include <string>
#include <vector>

namespace rehearse {

// Problems of one phrase of a concept. `keyPoint` is true for key point
// concepts (a generic word is only a problem there: a pitfall sign such as
// "accuracy" names the very metric it warns about).
std::vector<std::string> conceptPhraseProblems(const std::string& phrase, Stemmer& stemmer, bool keyPoint);

}  // namespace rehearse
