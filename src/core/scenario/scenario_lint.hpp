// The quality bar for shipped scenarios (`rehearse validate --strict`), on
// top of what the loader checks: enough facts, key points, follow-ups and
// pitfalls to make a real interview; concepts that can actually match; no
// text copied from one scenario into another.
#pragma once

#include "core/scenario/diagnostic.hpp"
#include "core/scenario/scenario.hpp"
#include "core/scenario/scenario_file_locations.hpp"

#include <vector>

namespace rehearse {

struct LintMinimums {
    std::size_t facts = 8;
    std::size_t importantFacts = 3;
    std::size_t keyPointsPerStage = 5;
    std::size_t followUpsPerStage = 4;
    std::size_t triggerKindsPerStage = 2;
    std::size_t pitfallsPerStage = 2;
    std::size_t diagramItems = 6;
    std::size_t duplicateTextLength = 40;  // shorter strings may repeat by chance
};

// Findings are warnings located in each scenario's source file; validate
// --strict treats them as failures. A scenario whose source path is in
// `inMemory` is located in that text (an editor's draft).
Diagnostics lintScenarios(const std::vector<Scenario>& scenarios, const LintMinimums& minimums = {},
                          const ScenarioSourceTexts* inMemory = nullptr);

}  // namespace rehearse
