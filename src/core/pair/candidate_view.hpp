// What the candidate's side of a pair rehearsal may hold, built from the
// interviewer's session. Hidden by construction: the view has no field for a
// fact that was not revealed, a key point, the probe bank, pitfalls or the
// reference, so no screen or message built from it can show them. The
// candidate's hot-seat screen and (later) the network peer read this, never
// the Scenario.
#pragma once

#include "core/pair/scorecard.hpp"
#include "core/session/session.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

struct CandidateView {
    struct StageInfo {
        std::string kind;  // stage kind id: "clarify", "data", ...
        std::string title;
        double minutes = 0;
        std::string goal;
        std::string notes;  // the candidate's own
        double seconds = 0;  // spent in the stage, as of the view's time
        bool visited = false;
    };
    struct RevealedFact {
        FactId id;
        std::string topic;
        std::string answer;
    };
    struct PushedProbe {
        std::string says;
        StageIndex stage;
        std::string state;  // "open", "answered", "skipped"
        std::string answer;
    };
    struct FeedLine {
        std::string kind;  // "question", "candidate_question", "interviewer_answer", "probe", "nudge", ...
        std::string text;
        StageIndex stage;
        double clock = 0;
        ProbeIndex probe;        // "probe": which of `probes`
        std::string factTopic;   // "interviewer_answer" with a revealed fact: its topic
    };

    std::string scenarioId;
    std::string title;
    std::string question;  // the prompt as the interviewer states it
    std::string interviewerName;
    std::string candidateName;
    std::vector<StageInfo> stages;
    StageIndex currentStage;
    bool paused = false;
    bool finished = false;
    std::vector<RevealedFact> revealedFacts;  // in the order revealed
    std::vector<PushedProbe> probes;
    std::vector<FeedLine> feed;
    std::vector<std::string> pendingQuestions;
    std::optional<Scorecard> selfScore;
    // Only once the candidate's own blind self-score is in.
    std::optional<Scorecard> interviewerScore;
    double minutes = 0;       // the whole interview's budget
    double totalSeconds = 0;  // spent so far, as of the view's time
};

// The view as of session time `now` (the clocks); without it, as of the
// last action.
CandidateView buildCandidateView(const Session& session, double now);
CandidateView buildCandidateView(const Session& session);
// Only the fields that move with time alone (each stage's seconds, the
// total) as of `now`: what a screen refreshes every frame, rebuilding the
// rest (buildCandidateView) only when the session changed. `view` must have
// been built from `session` since its last change.
void updateCandidateViewClocks(CandidateView& view, const Session& session, double now);
// The probe the candidate answers next: the newest still open.
std::optional<ProbeIndex> pendingProbe(const CandidateView& view);

const char* feedKindId(FeedEntry::Kind kind);
nlohmann::json candidateViewToJson(const CandidateView& view);

}  // namespace rehearse
