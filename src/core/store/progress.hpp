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

// What counts as an attempt on the progress chart: at least this much time
// on the session clock, finished or not. Shorter ones -- a scenario opened
// and left, a look at the debrief with --end, a false start -- say nothing
// about progress, and one of them after a real attempt read as
// "-92 points since the first".
inline constexpr double kMinimumAttemptSeconds = 180;
bool countsAsAttempt(const SessionRecord& record);

// The session the history marks as current: the one open in the app
// (`open`), while it is unfinished -- the rehearsal "Continue" returns to.
// A finished session opened to look at its debrief is not current.
std::optional<SessionRecordId> currentAttempt(const std::vector<SessionRecord>& sessions,
                                              std::optional<SessionRecordId> open);

struct ScenarioProgress {
    std::string scenarioId;
    std::string title;                   // of the latest attempt
    std::vector<std::string> stageIds;   // stages any attempt had, in interview order
    std::vector<ProgressAttempt> attempts;
    std::size_t tooShort = 0;            // attempts left out by countsAsAttempt

    // Best total so far and the change from the first attempt to the last.
    double best() const;
    double change() const;
    // The change as shown: whole percent points, the difference of the rounded percents.
    int changeInPoints() const;
};

// Scenarios ordered by their latest attempt, newest first. Unscored and
// deleted sessions are left out, and those that do not count as attempts
// (counted in tooShort); unfinished ones only if asked.
std::vector<ScenarioProgress> progressByScenario(const std::vector<SessionRecord>& sessions,
                                                 bool includeUnfinished);

}  // namespace rehearse
