// One rehearsal of one scenario: where the candidate is, what they wrote and
// drew, what they asked, which probes came up, and how long each stage took.
// State changes only through apply(Action); the actions applied so far are
// the journal, and replaying a journal on a new Session rebuilds it exactly.
#pragma once

#include "core/canvas/canvas_editor.hpp"
#include "core/scenario/scenario.hpp"
#include "core/session/action.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

struct StageProgress {
    std::string notes;
    double spentSeconds = 0;  // time in the stage before it was last entered
    bool visited = false;
};

// A line of the conversation between interviewer and candidate.
struct FeedEntry {
    enum class Kind {
        Question,           // the interviewer's opening question
        StageStarted,       // a marker when a stage begins
        CandidateQuestion,  // a clarifying question
        InterviewerAnswer,  // the answer to it
        Probe,              // a follow-up probe
        CandidateAnswer,    // the candidate's reply to a probe
        ProbeSkipped,
        Finished,
        Nudge,              // a partner asks the candidate to move on
    };
    Kind kind = Kind::Question;
    std::string text;
    StageIndex stage;
    double at = 0;           // session time, pauses included (what pacing rules compare)
    double clock = 0;        // on the session clock, pauses left out (what the candidate is shown)
    FactId factId;           // InterviewerAnswer: the fact revealed, if any
    ProbeIndex probe;        // Probe, CandidateAnswer, ProbeSkipped
};

struct Clarification {
    std::string question;
    FactId factId;  // empty when nothing matched
    std::vector<FactId> moreFactIds;  // the other facts a compound question revealed
    StageIndex stage;
    double at = 0;
    double clock = 0;  // on the session clock, pauses left out
};

struct Probe {
    enum class State { Open, Answered, Skipped };
    FollowUpId followUpId;  // empty for a partner's own words
    std::string says;
    StageIndex stage;
    double raisedAt = 0;
    State state = State::Open;
    std::string answer;
};

// A pair session: a question the candidate asked the partner, waiting for
// AnswerQuestion.
struct PendingQuestion {
    std::string question;
    StageIndex stage;
    double at = 0;
    double clock = 0;
};

// A private note of the partner playing the interviewer.
struct InterviewerNoteEntry {
    std::string text;
    StageIndex stage;
    double at = 0;
    double clock = 0;
};

class Session {
public:
    explicit Session(Scenario scenario);

    // Applies the action and records it in the journal. Actions that make no
    // sense for the current state (a stage that does not exist, a probe
    // already answered, anything after the end) change nothing and return
    // false, so a damaged journal cannot corrupt a session.
    bool apply(const Action& action);

    const Scenario& scenario() const { return m_scenario; }
    std::size_t stageCount() const { return m_stages.size(); }
    StageIndex currentStage() const { return m_current; }
    const Stage& currentStageSpec() const { return m_scenario.stages[m_current.value]; }
    const StageProgress& stageProgress(StageIndex stage) const { return m_stages[stage.value]; }

    // Seconds spent in `stage` as of session time `now`.
    double stageSeconds(StageIndex stage, double now) const;
    double totalSeconds(double now) const;
    // Seconds the current stage has run since it was last entered (for
    // "after N minutes" rules, which restart on re-entry).
    double secondsSinceStageEntered(double now) const;
    bool isOverBudget(StageIndex stage, double now) const;

    const std::vector<FeedEntry>& feed() const { return m_feed; }
    const std::vector<Clarification>& clarifications() const { return m_clarifications; }
    const std::vector<Probe>& probes() const { return m_probes; }
    bool wasRaised(const FollowUpId& followUpId) const;
    std::vector<FactId> revealedFactIds() const;  // in the order first revealed

    const CanvasDocument& canvas() const { return m_canvas.document(); }
    const CanvasEditor& canvasEditor() const { return m_canvas; }
    // The camera the candidate left the canvas at (SetCanvasView); nothing
    // until they moved it.
    const std::optional<SetCanvasView>& canvasView() const { return m_canvasView; }

    const SelfAssessment& selfAssessment() const { return m_selfAssessment; }

    // The level the candidate rehearses at: ChooseLevel's, else the scenario's.
    Level candidateLevel() const { return m_candidateLevel; }

    // --- pair practice (StartPair): a person plays the interviewer --------
    // Who plays which part; nothing for a rehearsal with the app.
    const std::optional<StartPair>& pair() const { return m_pair; }
    bool isPair() const { return m_pair.has_value(); }
    // One side's own copy of a pair interview on two machines (StartPair::keptBy):
    // reviewed as that side's debrief. Only a hot seat's shared copy (kept by
    // no one) takes turns on one screen, with a cover between the two people.
    bool isOneSidesCopy() const { return m_pair && m_pair->keptBy; }
    // The candidate's questions the partner has not answered yet, oldest first.
    const std::vector<PendingQuestion>& pendingQuestions() const { return m_pending; }
    const std::vector<InterviewerNoteEntry>& interviewerNotes() const { return m_interviewerNotes; }
    const std::optional<Scorecard>& scorecard(ScorecardAuthor author) const {
        return author == ScorecardAuthor::Interviewer ? m_interviewerScorecard : m_candidateScorecard;
    }
    // What a nudge says when the partner gave no words of their own.
    static const char* defaultNudge();

    bool isPaused() const { return m_paused; }
    // Session time `at` on the session clock: the seconds not spent paused.
    double clockAt(double at) const;
    bool isFinished() const { return m_finished; }
    // The pair interview ended early because this part's person left (FinishSession::partnerLeft).
    const std::optional<PairRole>& endedEarlyBy() const { return m_partnerLeft; }
    double lastActionAt() const { return m_lastAt; }
    const std::vector<Action>& journal() const { return m_journal; }

    // What the interviewer says when a question matches no fact.
    static const char* noMatchReply();
    // The interviewer's reply revealing these facts: their answers, one paragraph each.
    static std::string replyFor(const Scenario& scenario, const std::vector<FactId>& factIds);
    // The interviewer's reply to a clarifying question as matched: its facts'
    // answers, then the reply of the assumption it asked about; noMatchReply()
    // when it has neither.
    static std::string replyTo(const Scenario& scenario, const AskClarification& ask);

private:
    struct Applier;
    void enterStage(StageIndex stage, double at);
    void closeCurrentStage(double at);

    Scenario m_scenario;
    std::vector<StageProgress> m_stages;
    StageIndex m_current;
    double m_enteredAt = 0;
    bool m_paused = false;
    double m_pausedSince = 0;
    double m_pausedSeconds = 0;  // in pauses that have ended
    bool m_finished = false;
    std::optional<PairRole> m_partnerLeft;
    Level m_candidateLevel = Level::Senior;
    double m_lastAt = 0;
    std::vector<FeedEntry> m_feed;
    std::vector<Clarification> m_clarifications;
    std::vector<Probe> m_probes;
    CanvasEditor m_canvas;
    SelfAssessment m_selfAssessment;
    std::optional<SetCanvasView> m_canvasView;
    std::optional<StartPair> m_pair;
    std::vector<PendingQuestion> m_pending;
    std::vector<InterviewerNoteEntry> m_interviewerNotes;
    std::optional<Scorecard> m_interviewerScorecard;
    std::optional<Scorecard> m_candidateScorecard;
    std::vector<Action> m_journal;
};

// Rebuilds a session from its scenario and journal; actions that do not apply
// are skipped (and counted in `skipped` when given).
Session replaySession(const Scenario& scenario, const std::vector<Action>& journal,
                      std::size_t* skipped = nullptr);

}  // namespace rehearse
