// Runs a scenario's blessed transcript (scenario_test_file.hpp) through the
// interviewer the app uses: each question through the ClarificationMatcher,
// each sentence through the CoverageScorer as notes of its stage. Every
// entry whose behaviour differs from what the file records is a failure,
// located at the entry, saying what happened instead.
#pragma once

#include "core/authoring/scenario_test_file.hpp"
#include "core/scenario/diagnostic.hpp"
#include "core/scenario/scenario.hpp"

namespace rehearse {

struct ScenarioTestRun {
    std::size_t passed = 0;
    std::size_t failed = 0;
    Diagnostics failures;  // errors at the failing entries, in file order
};

ScenarioTestRun runScenarioTests(const ScenarioTestFile& tests, const Scenario& scenario);

}  // namespace rehearse
