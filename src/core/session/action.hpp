// Everything a user (or the interviewer, or a partner) can do to a session is
// an Action: a small value stamped with the session time it happened at.
// Session::apply is the only way state changes, so a session can be rebuilt
// by replaying its actions; autosave, pair sync and tests all rely on that.
#pragma once

#include "core/canvas/canvas_command.hpp"
#include "core/scenario/scenario.hpp"
#include "core/pair/pair_role.hpp"
#include "core/pair/scorecard.hpp"
#include "core/session/self_assessment.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>
#include <variant>

namespace rehearse {

// Replace the notes of a stage with `text`. Journals written before
// EditNotes hold one of these per second of typing, the whole text each time.
struct SetNotes {
    StageIndex stage;
    std::string text;
};

// Replace `erase` bytes at byte `offset` of a stage's notes with `insert`:
// what the app journals while the candidate types (see notes_edit.hpp), so
// the journal grows with what was typed, not with the length of the notes
// times the seconds spent typing them. Offsets fall on UTF-8 character
// boundaries; an edit that does not fit the notes as they are is refused.
struct EditNotes {
    StageIndex stage;
    std::size_t offset = 0;
    std::size_t erase = 0;
    std::string insert;
};

// The candidate asks a clarifying question; `factId` is the fact the
// matcher found, empty when nothing matched. A compound question ("which
// languages, and can people appeal?") also reveals `moreFactIds`.
struct AskClarification {
    std::string question;
    FactId factId;
    std::vector<FactId> moreFactIds;
    // Something the scenario leaves to the candidate that the question (or
    // one part of it) asked about: the Assumption whose reply the
    // interviewer gave, after the facts' answers if any.
    std::string assumptionId = {};
};

// The interviewer raises a probe: a scenario follow-up by id, or (from a
// partner) free words in `says` with an empty id.
struct RaiseFollowUp {
    FollowUpId followUpId;
    std::string says;
};

struct AnswerFollowUp {
    ProbeIndex probe;
    std::string text;
};

struct SkipFollowUp {
    ProbeIndex probe;
};

// Move to another stage (next, previous, or a click on the stepper).
struct GoToStage {
    StageIndex stage;
};

struct CanvasApply {
    CanvasCommand command;
};
struct CanvasUndo {};
struct CanvasRedo {};

struct PauseClock {};
struct ResumeClock {};

// The candidate ends the interview; the debrief follows.
struct FinishSession {
    // A pair interview ended early because this part's person left it
    // (PairPeer::endEarly); none: it ended as agreed. Only the side
    // that saw its partner go writes it, so no partner may send one (mayIssue).
    std::optional<PairRole> partnerLeft;
};

// The candidate's self-assessment in the debrief, replaced whole. The one
// action accepted after the end, since the debrief comes after it.
struct SetSelfAssessment {
    SelfAssessment assessment;
};

// Where the candidate left the canvas's camera (the world point at the
// board's centre, and the zoom), so a resumed session shows the board as it
// was, in a window of any size. Journalled like the canvas itself; changes
// nothing else.
struct SetCanvasView {
    double centreX = 0, centreY = 0;
    double zoom = 1;
};

// The level the candidate rehearses at (mid, senior, staff), chosen on
// starting: accepted only as the session's first action. Without one the
// session runs at the scenario's own level.
struct ChooseLevel {
    Level level = Level::Senior;
};

// --- pair practice: a partner plays the interviewer (core/pair/) ---------

// The session is a pair rehearsal: who plays which part. Accepted only as the
// session's first action (ChooseLevel may follow it), so a journal says from
// its first line whether a person or the app interviewed.
struct StartPair {
    StartPair() = default;
    StartPair(std::string interviewer, std::string candidate, std::optional<PairRole> keeper = std::nullopt)
        : interviewerName(std::move(interviewer)), candidateName(std::move(candidate)), keptBy(keeper) {}

    std::string interviewerName;
    std::string candidateName;
    // Whose copy of the session this journal is: across machines each side
    // keeps its own (the candidate's holds only what it saw), so the history
    // can say which part you played. None in the hot seat: one shared copy.
    std::optional<PairRole> keptBy;
};

// The candidate asks the partner a clarifying question. Nothing is matched
// or answered: it waits (Session::pendingQuestions) for AnswerQuestion.
struct PoseQuestion {
    std::string question;
};

// The interviewer answers the oldest pending question: by revealing fact
// `factId` (its answer is what the candidate reads), or in their own words
// `says` with an empty id. Both may be given: the words are then said and the
// fact counts as revealed.
struct AnswerQuestion {
    FactId factId;
    std::string says;
};

// The interviewer tells the candidate to move on (the stage is over budget,
// or enough was said); `says` empty means the usual words.
struct NudgeMoveOn {
    std::string says;
};

// A private note of the interviewer, stamped with the time and stage it was
// written in. Never shown to the candidate (see pair/pair_authority.hpp).
struct InterviewerNote {
    std::string text;
};

// A filled scorecard, replaced whole: the interviewer's, or the candidate's
// blind self-score. Accepted after the end, like the self-assessment.
struct SetScorecard {
    ScorecardAuthor author = ScorecardAuthor::Interviewer;
    Scorecard scorecard;
};

using ActionPayload = std::variant<SetNotes, AskClarification, RaiseFollowUp, AnswerFollowUp,
                                   SkipFollowUp, GoToStage, CanvasApply, CanvasUndo, CanvasRedo,
                                   PauseClock, ResumeClock, FinishSession, SetSelfAssessment, EditNotes,
                                   SetCanvasView, ChooseLevel, StartPair, PoseQuestion, AnswerQuestion,
                                   NudgeMoveOn, InterviewerNote, SetScorecard>;

struct Action {
    double at = 0;  // session time in seconds (see Clock)
    ActionPayload payload;
};

nlohmann::json actionToJson(const Action& action);
// Returns nothing for JSON that is not an action this version understands.
std::optional<Action> actionFromJson(const nlohmann::json& json);
const char* actionTypeName(const Action& action);

}  // namespace rehearse
