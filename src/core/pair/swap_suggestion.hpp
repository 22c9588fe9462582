// "Swap roles": which scenario the next pair rehearsal should run once the
// partners trade places. The new interviewer should know the scenario (they
// rehearsed or interviewed it before, ideally this very version), and the
// new candidate must meet it fresh: never rehearsed, never interviewed
// (which showed them its hidden facts). The rule reads each side's history
// as scenario ids and content hashes only, so two machines can exchange
// just that.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

// A scenario someone met: its id and the content hash of the version.
struct ScenarioSeen {
    std::string scenarioId;
    std::string hash;  // may be empty: version unknown
};

// One person's pair-relevant history, newest first.
struct PairHistory {
    std::vector<ScenarioSeen> asCandidate;
    std::vector<ScenarioSeen> asInterviewer;
};

struct SwapSuggestion {
    std::string scenarioId;
    // The new interviewer met this scenario before; false when no scenario
    // fits both rules and this is only one the new candidate has not met.
    bool interviewerKnowsIt = false;
    // ... and in the version offered now (same content hash).
    bool sameVersion = false;
};

// From `offered` (the scenarios that can be started, each with its current
// hash, in the order the library lists them): the first the new candidate
// has never met whose current version the new interviewer met, else one they
// met in another version, else the first the new candidate has never met;
// within each, the new interviewer's most recent first. Nothing when the new
// candidate has met every offered scenario.
std::optional<SwapSuggestion> suggestSwapScenario(const PairHistory& newInterviewer, const PairHistory& newCandidate,
                                                  const std::vector<ScenarioSeen>& offered);

// The suggestion in one line for the screen, with why: "Next: Spam email
// detection. Ada knows it; Grace has not met it." The hot seat names both
// partners; on two machines the screen's reader is the new interviewer,
// named "you" ("You know it; Grace has not met it.") when `newInterviewer`
// is empty.
std::string swapSuggestionLine(const SwapSuggestion& suggestion, const std::string& scenarioTitle,
                               const std::string& newInterviewer, const std::string& newCandidate);

}  // namespace rehearse
