// A scenario test file's bytes (`rehearse test`), read as the command reads
// one: through the file checks, the limits, the JSON parser and the entry
// reader; a file that loads is then run against a shipped scenario, so its
// questions and sentences go through the matcher and the coverage scorer.
#include "fuzz_targets.hpp"

#include "core/authoring/scenario_test_file.hpp"
#include "core/authoring/scenario_test_run.hpp"

#include <algorithm>
#include <fstream>

namespace rehearse::fuzz {

int scenarioTests(const std::uint8_t* data, std::size_t size) {
    const std::string text = asText(data, size);
    const std::string path = scratchDirectory() + "/scenario.tests.json";
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;

    ScenarioTestLoadResult loaded = loadScenarioTestsFromFile(path);
    checkDiagnostics(loaded.diagnostics, path, text);
    check(loaded.tests.has_value() == !hasErrors(loaded.diagnostics), "tests loaded despite errors, or none without");
    if (loaded.tests) {
        ScenarioTestRun run = runScenarioTests(*loaded.tests, shippedScenario());
        checkDiagnostics(run.failures, path, text);
        check(run.passed + run.failed == loaded.tests->questions.size() + loaded.tests->sentences.size(),
              "an entry was neither passed nor failed");
        check(run.failures.size() >= run.failed, "a failed entry without a message");
    }
    return 0;
}

}  // namespace rehearse::fuzz
