// Every scenario's model answers (tests/data/answers/<id>-strong.md and
// <id>-weak.md) scored against the shipped scenario: the strong answer must
// cover the key points and the weak one must not, or the scenario's concepts
// no longer recognise the ideas they are meant to (docs/authoring.md, section 7).
// An optional <id>-buzzword.md must score at most 0.35 of the strong answer.
// New pairs are picked up as they are added.
#include "core/interviewer/coverage.hpp"
#include "core/interviewer/written_answer.hpp"
#include "core/scenario/scenario_library.hpp"

#include "test_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace rehearse;
namespace fs = std::filesystem;

namespace {

// Scenario ids that have both <id>-strong.md and <id>-weak.md, sorted.
std::vector<std::string> answerPairs(const fs::path& dir) {
    const std::string suffix = "-strong.md";
    std::vector<std::string> ids;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const std::string id = name.substr(0, name.size() - suffix.size());
        if (fs::exists(dir / (id + "-weak.md"))) ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace

TEST_CASE("answers: every strong answer covers its scenario and every weak one does not", "[answers]") {
    const fs::path dir = fs::path(REHEARSE_TEST_DATA) / "answers";
    const std::vector<std::string> ids = answerPairs(dir);

    ScenarioLibrary library;
    library.load({REHEARSE_SCENARIO_DIR});

    CoverageScorer scorer;
    for (const std::string& id : ids) {
        INFO(id);
        const Scenario* scenario = library.find(id);
        REQUIRE(scenario);

        const CoverageReport strong =
            scorer.score(*scenario, evidenceFromWrittenAnswer(test::readAll(dir / (id + "-strong.md")), std::nullopt, scenario));
        const CoverageReport weak = scorer.score(*scenario, evidenceFromWrittenAnswer(test::readAll(dir / (id + "-weak.md")), std::nullopt, scenario));
        std::cout << id << ": strong " << strong.coveredWeight() << "/" << strong.totalWeight() << ", weak "
                  << weak.coveredWeight() << "/" << weak.totalWeight() << ", weak pitfalls " << weak.pitfalls().size()
                  << "\n";

        CHECK(strong.fraction() >= 0.85);
        CHECK(weak.fraction() <= 0.25);
        for (const StageCoverage& stage : strong.stages) {
            INFO(stageKindId(stage.stage));
            CHECK(stage.fraction() >= 2.0 / 3.0);
        }
        CHECK(weak.pitfalls().size() >= 3);

        // Where the scenario has one, an answer of the right words without
        // substance (bare lists, rejected ideas) scores far below the strong one.
        const fs::path buzzwordPath = dir / (id + "-buzzword.md");
        if (fs::exists(buzzwordPath)) {
            const CoverageReport buzzword = scorer.score(*scenario, evidenceFromWrittenAnswer(test::readAll(buzzwordPath), std::nullopt, scenario));
            std::cout << id << ": buzzword " << buzzword.coveredWeight() << "/" << buzzword.totalWeight() << "\n";
            CHECK(buzzword.fraction() <= 0.35 * strong.fraction());
        }
    }

    // Every shipped scenario has a pair: a scenario added without its answers
    // fails here rather than going unchecked.
    for (const Scenario& scenario : library.scenarios()) {
        INFO("scenario without a strong and a weak answer: " << scenario.id);
        CHECK(std::binary_search(ids.begin(), ids.end(), scenario.id));
    }
    REQUIRE(ids.size() >= 14);
}
