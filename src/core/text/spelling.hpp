// One spelling per word before stemming, so that British and American
// writers match the same concepts: "personalised" and "personalized",
// "modelling" and "modeling", "behaviour" and "behavior", "analyse" and
// "analyze", "centre" and "center".
//
// Both sides of every comparison (the scenario's phrases and the candidate's
// text) go through the same function, so a rule that also rewrites a word
// with no American twin ("advertise" -> "advertize") does no harm as long as
// it rewrites every form of that word the same way; the exception lists keep
// the words whose -ise is not a suffix ("promise", "exercise") intact, where
// rewriting one form but not another would split a family.
#pragma once

#include <string>

namespace rehearse {

// `word` is one lower-case token from tokenize(). Returns the American form,
// or the word itself.
std::string americanSpelling(const std::string& word);

}  // namespace rehearse
