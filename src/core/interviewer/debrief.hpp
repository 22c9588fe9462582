// The debrief as data: everything the end-of-interview screen and the
// Markdown export show, computed once from the finished session. Holds
// copies, not pointers, so it outlives the session and can be kept.
//
//   per stage   coverage (with evidence), missed key points with why, pitfalls
//               hit, time against budget, the reference beside the user's notes
//   probes      what the interviewer asked and what the user answered
//   questions   clarifying questions, the answers, and the important facts
//               never asked for
//   reference   summary and diagram
//   self        the user's self-assessment (filled in on the debrief screen)
#pragma once

#include "core/interviewer/coverage.hpp"
#include "core/session/self_assessment.hpp"
#include "core/scenario/scenario.hpp"
#include "core/session/duration_format.hpp"
#include "core/session/session.hpp"

#include <string>
#include <vector>

namespace rehearse {

struct StageTime {
    double spentSeconds = 0;
    double budgetSeconds = 0;
    bool visited = false;
    bool overBudget() const { return spentSeconds > budgetSeconds; }
};

struct ProbeRecord {
    FollowUpId followUpId;         // empty for a partner's own words
    std::string says;
    StageKind stage = StageKind::Clarify;
    double raisedAt = 0;
    Probe::State state = Probe::State::Open;
    std::string answer;
    std::string keyPointId;        // the key point the probe was about, if any
    bool keyPointCovered = false;  // ... and whether it ended up covered
};

struct QuestionRecord {
    std::string question;
    FactId factId;                 // empty: nothing matched
    std::string topic;             // of the fact
    std::string answer;            // the fact's answer
    StageKind stage = StageKind::Clarify;
    double at = 0;
    bool answered() const { return !factId.empty(); }
};

struct FactRecord {
    FactId id;
    std::string topic;
    std::string answer;
};

struct StageDebrief {
    StageKind stage = StageKind::Clarify;
    StageCoverage coverage;
    StageTime time;
    std::string title;               // the scenario's name for the stage
    std::string goal;
    std::string reference;                   // what a strong candidate says here
    std::string notes;                       // what the user wrote here
    std::vector<std::string> canvasTexts;    // what the user drew while in this stage

    std::vector<KeyPointCoverage> missed() const;  // essentials first
};

struct Debrief {
    std::string scenarioId;
    std::string title;
    std::string question;
    std::vector<StageDebrief> stages;
    std::vector<PitfallHit> pitfalls;
    std::vector<ProbeRecord> probes;
    std::vector<QuestionRecord> questions;
    std::vector<FactRecord> importantNotAsked;
    std::vector<std::string> unstagedCanvasTexts;  // canvas items drawn with no stage
    std::string referenceSummary;
    Diagram referenceDiagram;
    SelfAssessment selfAssessment;
    // Pair practice (Session::pair): who played which part, the interviewer's
    // notes (private until now) and both scorecards, shown side by side.
    std::optional<StartPair> pair;
    std::vector<InterviewerNoteEntry> interviewerNotes;
    std::optional<Scorecard> interviewerScorecard;
    std::optional<Scorecard> selfScorecard;

    WeightedShare share() const;  // every stage's key-point weight, summed
    int coveredWeight() const { return share().covered; }
    int totalWeight() const { return share().total; }
    double fraction() const { return share().fraction(); }
    // False when there was nothing to cover (a pair candidate's copy of the
    // scenario holds no key points): then the fraction means nothing.
    bool scored() const { return share().assessed(); }
    double spentSeconds() const;
    double budgetSeconds() const;
    std::vector<KeyPointCoverage> missed() const;  // every stage, essentials first
    std::string stageTitle(StageKind kind) const;  // the scenario's name for the stage
};

// `now` is the session time to measure stage times at (for a finished
// session any time after the end gives the same result).
Debrief buildDebrief(const Session& session, double now, CoverageScorer& scorer);
Debrief buildDebrief(const Session& session, double now);

}  // namespace rehearse
