// How well a session covered its scenario, total and per stage, in the form
// the store keeps for the history list and the progress charts (so history
// never has to replay and rescore every past attempt).
#pragma once

#include <algorithm>

#include "core/numeric/weighted_share.hpp"
#include "core/session/session.hpp"

#include <string>
#include <vector>

namespace rehearse {

struct StageScore {
    std::string stage;       // stage id: "clarify", "data", ...
    int coveredWeight = 0;   // key-point weight covered
    int totalWeight = 0;
    double seconds = 0;      // time spent in the stage
    WeightedShare share() const { return {coveredWeight, totalWeight}; }
    // 0..1 even for weights from a file someone else wrote (WeightedShare's rule).
    double fraction() const { return share().fraction(); }
};

struct SessionScore {
    int coveredWeight = 0;
    int totalWeight = 0;
    std::vector<StageScore> stages;  // the scenario's stages, in order
    WeightedShare share() const { return {coveredWeight, totalWeight}; }
    double fraction() const { return share().fraction(); }
};

// Scores the session's notes, canvas and probe answers with the interviewer's
// coverage rules (core/interviewer/coverage.hpp).
SessionScore scoreSession(const Session& session);

}  // namespace rehearse
