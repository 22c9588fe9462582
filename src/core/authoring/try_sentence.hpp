// "Try it" for sentences: which key points and pitfalls a sentence an author
// types would cover, and why (or why not), judged by the CoverageScorer the
// debrief uses, with the sentence taken as the candidate's notes in a stage
// (as `rehearse test` takes a blessed sentence).
#pragma once

#include "core/interviewer/coverage.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

struct KeyPointTrial {
    std::string id;
    std::string text;
    StageKind stage = StageKind::Clarify;
    bool covered = false;
    int conceptsMatched = 0;
    int needs = 1;
    std::vector<std::string> phrases;  // the concept phrases that matched
    // Why: "matched 'pr auc'", "rejected by 'is unnecessary'", "cancelled by
    // pitfall 'pf-accuracy'", "1 of the 2 concepts it needs".
    std::string reason;
};

struct PitfallTrial {
    std::string id;
    std::string text;
    StageKind stage = StageKind::Clarify;
    std::string phrase;    // the sign that matched
    std::string keyPoint;  // the key point it cancels; may be empty
};

struct SentenceTrial {
    // Key points the sentence covers or nearly covers (a concept matched, or
    // a match was set aside), covered ones first; untouched ones are left out.
    std::vector<KeyPointTrial> keyPoints;
    std::vector<PitfallTrial> pitfalls;  // pitfalls it falls into
};

// `stage`: the stage the sentence is written in; nothing: tied to no stage.
SentenceTrial trySentence(const Scenario& scenario, std::optional<StageKind> stage, const std::string& sentence);
// The same with a scorer kept between calls, so that a pane trying every
// keystroke prepares the scenario's key point examples once.
SentenceTrial trySentence(CoverageScorer& scorer, const Scenario& scenario, std::optional<StageKind> stage,
                          const std::string& sentence);

}  // namespace rehearse
