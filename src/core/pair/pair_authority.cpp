#include "core/pair/pair_authority.hpp"

namespace rehearse {

namespace {

struct Issuer {
    PairRole role;
    bool candidate() const { return role == PairRole::Candidate; }
    bool interviewer() const { return role == PairRole::Interviewer; }

    bool operator()(const SetNotes&) const { return candidate(); }
    bool operator()(const EditNotes&) const { return candidate(); }
    bool operator()(const AskClarification&) const { return false; }
    bool operator()(const RaiseFollowUp&) const { return interviewer(); }
    bool operator()(const AnswerFollowUp&) const { return candidate(); }
    bool operator()(const SkipFollowUp&) const { return candidate(); }
    bool operator()(const GoToStage&) const { return candidate(); }
    bool operator()(const CanvasApply&) const { return candidate(); }
    bool operator()(const CanvasUndo&) const { return candidate(); }
    bool operator()(const CanvasRedo&) const { return candidate(); }
    bool operator()(const SetCanvasView&) const { return candidate(); }
    bool operator()(const PauseClock&) const { return interviewer(); }
    bool operator()(const ResumeClock&) const { return interviewer(); }
    // Either may end the interview; that the partner left is this side's own mark, never the partner's.
    bool operator()(const FinishSession& a) const { return !a.partnerLeft; }
    bool operator()(const SetSelfAssessment&) const { return candidate(); }
    bool operator()(const ChooseLevel&) const { return interviewer(); }
    bool operator()(const StartPair&) const { return interviewer(); }
    bool operator()(const PoseQuestion&) const { return candidate(); }
    bool operator()(const AnswerQuestion&) const { return interviewer(); }
    bool operator()(const NudgeMoveOn&) const { return interviewer(); }
    bool operator()(const InterviewerNote&) const { return interviewer(); }
    bool operator()(const SetScorecard& a) const {
        return a.author == (candidate() ? ScorecardAuthor::Candidate : ScorecardAuthor::Interviewer);
    }
};

}  // namespace

bool mayIssue(PairRole role, const ActionPayload& payload) { return std::visit(Issuer{role}, payload); }

std::optional<Action> actionForCandidate(const Session& session, const Action& action) {
    if (std::holds_alternative<InterviewerNote>(action.payload)) return std::nullopt;
    if (const auto* start = std::get_if<StartPair>(&action.payload)) {
        // What the candidate keeps is the candidate's copy.
        StartPair sent = *start;
        if (sent.keptBy) sent.keptBy = PairRole::Candidate;
        return Action{action.at, sent};
    }
    if (const auto* card = std::get_if<SetScorecard>(&action.payload)) {
        // Blind: the candidate scores themselves before seeing the interviewer's card.
        if (card->author == ScorecardAuthor::Interviewer && !session.scorecard(ScorecardAuthor::Candidate))
            return std::nullopt;
        return action;
    }
    if (const auto* probe = std::get_if<RaiseFollowUp>(&action.payload)) {
        RaiseFollowUp sent = *probe;
        if (sent.says.empty())
            for (const Stage& stage : session.scenario().stages)
                for (const FollowUp& f : stage.followUps)
                    if (f.id == probe->followUpId) sent.says = f.says;
        return Action{action.at, sent};
    }
    if (const auto* answer = std::get_if<AnswerQuestion>(&action.payload)) {
        AnswerQuestion sent = *answer;
        if (sent.says.find_first_not_of(" \t\r\n") == std::string::npos)
            if (const Fact* fact = session.scenario().findFact(answer->factId)) sent.says = fact->answer;
        return Action{action.at, sent};
    }
    return action;
}

}  // namespace rehearse
