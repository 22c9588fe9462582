// A scenario's blessed transcript: questions with the fact each must reach,
// and sentences with the key points each must and must not cover. Written
// once the interviewer behaves as the author wants, and run by `rehearse
// test` so that a later edit of the scenario (or of the matcher) that
// changes that behaviour is caught, with the line of the entry it broke.
//
// The file lives beside the scenarios, in a `tests` folder the scenario
// library never scans: scenarios/tests/<scenario id>.tests.json.
//
//   {
//     "scenario": "spam-email-detection",
//     "questions": [
//       { "ask": "how much mail arrives a day?", "fact": "volume" },
//       { "ask": "which languages, and how fast?", "facts": ["languages", "latency"] },
//       { "ask": "what language is the team's code in?", "fact": null }
//     ],
//     "sentences": [
//       { "text": "PR-AUC, not accuracy.", "stage": "evaluation",
//         "covers": ["eval-pr"], "does_not_cover": ["eval-accuracy"] },
//       { "text": "Deep learning, big data, AI.", "covers_nothing": true }
//     ]
//   }
//
// A test file may come from anyone (a pull request, a download), so it is
// read like a scenario: limits first, then every problem as a located
// diagnostic, never an exception.
#pragma once

#include "core/scenario/diagnostic.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

// Where an entry sits in its file (its opening brace), for failures.
struct EntryPosition {
    int line = 0;
    int column = 0;
};

struct QuestionTest {
    std::string ask;
    std::vector<std::string> facts;  // in the order asked; empty: the interviewer must decline
    EntryPosition at;
    std::vector<EntryPosition> factAt;  // where each fact id is written
};

struct SentenceTest {
    std::string text;
    std::optional<StageKind> stage;  // the stage it is said in; none: tied to no stage
    std::vector<std::string> covers;
    std::vector<std::string> doesNotCover;
    bool coversNothing = false;      // no key point at all may be covered (buzzwords, rejections)
    EntryPosition at;
    std::vector<EntryPosition> coversAt, doesNotCoverAt;
};

struct ScenarioTestFile {
    std::string path;
    std::string scenarioId;
    EntryPosition scenarioAt;
    std::vector<QuestionTest> questions;
    std::vector<SentenceTest> sentences;
};

struct ScenarioTestLoadResult {
    std::optional<ScenarioTestFile> tests;  // set only when there is no error
    Diagnostics diagnostics;
};

ScenarioTestLoadResult loadScenarioTestsFromText(const std::string& text, const std::string& path);
ScenarioTestLoadResult loadScenarioTestsFromFile(const std::string& path);

// "<folder>/tests/<id>.tests.json" files of a scenario folder, or the file
// itself; sorted. A folder without tests yields nothing.
std::vector<std::string> scenarioTestFilesIn(const std::vector<std::string>& paths);

inline constexpr const char* kScenarioTestSuffix = ".tests.json";

// Whether a path names a test file (by its suffix), not a scenario.
bool isScenarioTestFile(const std::string& path);

}  // namespace rehearse
