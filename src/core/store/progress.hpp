// Progress over attempts, for the history screen's charts: per scenario,
// every scored attempt oldest first, with its total and per-stage coverage.
// Built from the stored scores alone (no replay), so history stays instant.
#pragma once

#include "core/store/session_store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

struct ProgressAttempt {
    SessionRecordId id = 0;
    std::int64_t createdMs = 0;
    bool finished = false;
    double seconds = 0;
    double total = 0;                          // coverage 0..1
    std::vector<std::optional<double>> stages; // per ScenarioProgress::stageIds; none: stage not in that version
};

struct ScenarioProgress {
    std::string scenarioId;
    std::string title;                   // of the latest attempt
    std::vector<std::string> stageIds;   // stages any attempt had, in interview order
    std::vector<ProgressAttempt> attempts;

    // Best total so far and the change from the first attempt to the last.
    double best() const;
    double change() const;
    // The change as shown: whole percent points, the difference of the rounded percents.
    int changeInPoints() const;
};

// Scenarios ordered by their latest attempt, newest first. Unscored and
// deleted sessions are left out; unfinished ones only if asked.
std::vector<ScenarioProgress> progressByScenario(const std::vector<SessionRecord>& sessions,
                                                 bool includeUnfinished);

}  // namespace rehearse
