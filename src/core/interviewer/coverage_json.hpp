// Coverage as JSON, for `rehearse score --json` and any other machine reader.
//
// { "covered_weight": 9, "total_weight": 13, "fraction": 0.69,
//   "stages": [ { "stage": "clarify", "covered_weight": .., "total_weight": .., "fraction": ..,
//                 "key_points": [ { "id", "text", "dimension", "weight", "needs", "covered", "why",
//                                   "concepts_matched", "evidence": { "sentence", "phrase",
//                                   "source", "stage", "ref" } | null } ],
//                 "pitfalls": [ { "id", "text", "evidence": {...} } ] } ],
//   "dimensions": [ { "id": "problem", "name": "Problem navigation", "covered_weight": ..,
//                     "total_weight": .., "fraction": .. | null (no key point in it) } ] }
#pragma once

#include "core/interviewer/coverage.hpp"

#include <nlohmann/json.hpp>

namespace rehearse {

nlohmann::json evidenceToJson(const Evidence& evidence);
nlohmann::json coverageToJson(const CoverageReport& report);

}  // namespace rehearse
