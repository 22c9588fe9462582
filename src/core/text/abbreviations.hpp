// Abbreviations and their spelled-out forms, as interchangeable phrases: a
// concept written "click-through rate" also matches "CTR" and the other way
// round, "A/B test" matches "AB test". ConceptMatcher expands every concept
// phrase with these before matching.
//
// Only unambiguous abbreviations belong here: "IPS" is left out because
// its stem is the plural of "IP" (address), which every fraud answer uses.
#pragma once

#include <string_view>
#include <vector>

namespace rehearse {

// Each group lists phrases that mean the same thing.
const std::vector<std::vector<std::string_view>>& abbreviationGroups();

}  // namespace rehearse
