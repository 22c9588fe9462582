// "did you mean `follow_ups`?": the known name closest to one an author
// misspelt, by edit distance, for messages about unknown fields and ids.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

// Edit distance in bytes: insert, delete, substitute, or swap two adjacent
// bytes ("gdbt" for "gbdt"), each costing 1 (optimal string alignment).
std::size_t editDistance(const std::string& a, const std::string& b);

// The candidate nearest to `name` if it is near enough to be a slip: at most
// a third of the longer name's length, and at least 1 and at most 3 edits,
// or the same letters with '_' and '-' dropped ("followups"). Ties go to the
// first candidate. Nothing when none is close, or when `name` is a candidate.
std::optional<std::string> closestName(const std::string& name, const std::vector<std::string>& candidates);

// " (did you mean 'follow_ups'?)", or "" when nothing is close.
std::string didYouMean(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace rehearse
