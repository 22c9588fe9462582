// validate --strict on a scenario written with phrases that would credit the
// wrong text: the author is told which phrase, why, and where it is.
#include "core/scenario/scenario_lint.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace rehearse;
namespace fs = std::filesystem;

namespace {

const char* kLintScenarioJson = R"({
  "format": 1, "id": "lint-toy", "title": "Lint toy", "question": "Design a recommender.",
  "difficulty": "easy", "tags": [], "minutes": 10,
  "facts": [ { "id": "volume", "topic": "Volume", "asks": ["how many users"], "answer": "Ten million." } ],
  "stages": [
    { "id": "evaluation", "minutes": 10, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [
        { "id": "ope", "text": "Off-policy evaluation.", "why": "Logged data is biased.",
          "concepts": [["off policy", "ips"]], "weight": 2 },
        { "id": "watch", "text": "Watch for drift.", "why": "Tastes change.",
          "concepts": [["drift", "feature drift"]], "weight": 1 }
      ],
      "pitfalls": [ { "id": "pf-accuracy", "text": "Accuracy.", "signs": [["accuracy"]] } ] }
  ],
  "reference": { "summary": "s", "diagram": { "items": [], "arrows": [] } }
})";

}  // namespace

TEST_CASE("lint: concept phrases that credit the wrong text are reported at their line and column", "[scenario][lint]") {
    const fs::path path = fs::temp_directory_path() / "rehearse-lint-toy.json";
    { std::ofstream(path) << kLintScenarioJson; }
    const ScenarioLoadResult loaded = loadScenarioFromFile(path.string());
    REQUIRE(loaded.scenario);

    LintMinimums none;
    none.facts = none.importantFacts = none.keyPointsPerStage = none.followUpsPerStage = 0;
    none.triggerKindsPerStage = none.pitfallsPerStage = none.diagramItems = 0;
    std::vector<std::string> lines;
    for (const Diagnostic& d : lintScenarios({*loaded.scenario}, none))
        if (d.message.rfind("concept phrase", 0) == 0) lines.push_back(d.format());  // not the missing stages
    fs::remove(path);

    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == path.string() + ":9:39: warning: concept phrase 'ips': 'ips' stems to 'ip' like the unrelated "
                                      "word 'ip', so answers saying 'ip' would match it; write the phrase another way");
    CHECK(lines[1].rfind(path.string() + ":11:25: warning: concept phrase 'drift' is one generic word", 0) == 0);
}
