#include "core/session/session.hpp"

#include "core/canvas/canvas_camera.hpp"
#include "core/canvas/canvas_limits.hpp"
#include "core/session/notes_edit.hpp"
#include "core/text/blank_text.hpp"

#include <algorithm>
#include <cmath>

namespace rehearse {

const char* Session::noMatchReply() {
    return "Good question. I'll leave that one to you: make a reasonable assumption, "
           "say it out loud, and move on.";
}

const char* Session::defaultNudge() { return "Let's move on to the next part."; }

Session::Session(Scenario scenario) : m_scenario(std::move(scenario)), m_candidateLevel(m_scenario.level) {
    m_stages.resize(m_scenario.stages.size());
    m_feed.push_back({FeedEntry::Kind::Question, m_scenario.question, StageIndex(0), 0, 0, {}, ProbeIndex()});
    if (!m_stages.empty()) enterStage(StageIndex(0), 0);
}

void Session::enterStage(StageIndex stage, double at) {
    m_current = stage;
    m_enteredAt = at;
    m_stages[stage.value].visited = true;
    m_feed.push_back({FeedEntry::Kind::StageStarted, m_scenario.stages[stage.value].displayTitle(),
                      stage, at, clockAt(at), {}, ProbeIndex()});
}

void Session::closeCurrentStage(double at) {
    if (!m_paused) m_stages[m_current.value].spentSeconds += std::max(0.0, at - m_enteredAt);
    m_enteredAt = at;
}

double Session::secondsSinceStageEntered(double now) const {
    if (m_paused || m_finished) return 0;
    return std::max(0.0, now - m_enteredAt);
}

double Session::stageSeconds(StageIndex stage, double now) const {
    if (stage.value >= m_stages.size()) return 0;
    double seconds = m_stages[stage.value].spentSeconds;
    if (stage == m_current) seconds += secondsSinceStageEntered(now);
    return seconds;
}

double Session::totalSeconds(double now) const {
    double total = 0;
    for (std::size_t i = 0; i < m_stages.size(); ++i) total += stageSeconds(StageIndex(i), now);
    return total;
}

bool Session::isOverBudget(StageIndex stage, double now) const {
    return stage.value < m_stages.size() && stageSeconds(stage, now) > m_scenario.stages[stage.value].minutes * 60.0;
}

bool Session::wasRaised(const FollowUpId& followUpId) const {
    return std::any_of(m_probes.begin(), m_probes.end(),
                       [&](const Probe& p) { return p.followUpId == followUpId; });
}

std::vector<FactId> Session::revealedFactIds() const {
    std::vector<FactId> ids;
    const auto add = [&](const FactId& id) {
        if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    };
    for (const Clarification& c : m_clarifications) {
        add(c.factId);
        for (const FactId& id : c.moreFactIds) add(id);
    }
    return ids;
}

std::string Session::replyFor(const Scenario& scenario, const std::vector<FactId>& factIds) {
    std::string reply;
    for (const FactId& id : factIds) {
        const Fact* fact = scenario.findFact(id);
        if (!fact) continue;
        if (!reply.empty()) reply += "\n\n";
        reply += fact->answer;
    }
    return reply.empty() ? std::string(noMatchReply()) : reply;
}

std::string Session::replyTo(const Scenario& scenario, const AskClarification& ask) {
    const Assumption* leftOpen = scenario.findAssumption(ask.assumptionId);
    if (ask.factId.empty()) return leftOpen ? leftOpen->says : noMatchReply();
    std::vector<FactId> ids{ask.factId};
    ids.insert(ids.end(), ask.moreFactIds.begin(), ask.moreFactIds.end());
    std::string reply = replyFor(scenario, ids);
    if (leftOpen) reply += "\n\n" + leftOpen->says;
    return reply;
}

// One overload per action; each returns whether the action changed anything.
struct Session::Applier {
    Session& s;
    double at;
    double clock;  // `at` on the session clock

    bool operator()(const SetNotes& a) const {
        if (a.stage.value >= s.m_stages.size()) return false;
        s.m_stages[a.stage.value].notes = a.text;
        return true;
    }
    bool operator()(const EditNotes& a) const {
        if (a.stage.value >= s.m_stages.size()) return false;
        return applyNotesEdit(s.m_stages[a.stage.value].notes, a);
    }
    bool operator()(const AskClarification& a) const {
        if (s.isPair()) return false;  // a partner answers (PoseQuestion, AnswerQuestion), not the app
        if (a.question.find_first_not_of(" \t\r\n") == std::string::npos) return false;
        const Fact* fact = a.factId.empty() ? nullptr : s.m_scenario.findFact(a.factId);
        if (!a.factId.empty() && !fact) return false;
        if (a.factId.empty() && !a.moreFactIds.empty()) return false;
        for (const FactId& id : a.moreFactIds)
            if (!s.m_scenario.findFact(id)) return false;
        if (!a.assumptionId.empty() && !s.m_scenario.findAssumption(a.assumptionId)) return false;
        s.m_clarifications.push_back({a.question, a.factId, a.moreFactIds, s.m_current, at, clock});
        s.m_feed.push_back({FeedEntry::Kind::CandidateQuestion, a.question, s.m_current, at, clock, {}, ProbeIndex()});
        s.m_feed.push_back({FeedEntry::Kind::InterviewerAnswer, replyTo(s.m_scenario, a), s.m_current, at, clock,
                            a.factId, ProbeIndex()});
        return true;
    }
    bool operator()(const RaiseFollowUp& a) const {
        std::string says = a.says;
        if (!a.followUpId.empty()) {
            if (s.wasRaised(a.followUpId)) return false;  // a probe is never repeated
            const FollowUp* followUp = nullptr;
            for (const Stage& stage : s.m_scenario.stages)
                for (const FollowUp& f : stage.followUps)
                    if (f.id == a.followUpId) followUp = &f;
            if (!followUp) return false;
            if (says.empty()) says = followUp->says;
        }
        if (says.find_first_not_of(" \t\r\n") == std::string::npos) return false;
        s.m_probes.push_back({a.followUpId, says, s.m_current, at, Probe::State::Open, {}});
        s.m_feed.push_back({FeedEntry::Kind::Probe, says, s.m_current, at, clock, {}, ProbeIndex(s.m_probes.size() - 1)});
        return true;
    }
    bool operator()(const AnswerFollowUp& a) const {
        if (a.probe.value >= s.m_probes.size() || s.m_probes[a.probe.value].state != Probe::State::Open) return false;
        if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) return false;
        s.m_probes[a.probe.value].state = Probe::State::Answered;
        s.m_probes[a.probe.value].answer = a.text;
        s.m_feed.push_back({FeedEntry::Kind::CandidateAnswer, a.text, s.m_current, at, clock, {}, a.probe});
        return true;
    }
    bool operator()(const SkipFollowUp& a) const {
        if (a.probe.value >= s.m_probes.size() || s.m_probes[a.probe.value].state != Probe::State::Open) return false;
        s.m_probes[a.probe.value].state = Probe::State::Skipped;
        s.m_feed.push_back({FeedEntry::Kind::ProbeSkipped, {}, s.m_current, at, clock, {}, a.probe});
        return true;
    }
    bool operator()(const GoToStage& a) const {
        if (a.stage.value >= s.m_stages.size() || a.stage == s.m_current) return false;
        s.closeCurrentStage(at);
        s.enterStage(a.stage, at);
        return true;
    }
    bool operator()(const CanvasApply& a) const {
        s.m_canvas.apply(a.command);
        return true;
    }
    bool operator()(const CanvasUndo&) const {
        if (!s.m_canvas.canUndo()) return false;
        s.m_canvas.undo();
        return true;
    }
    bool operator()(const CanvasRedo&) const {
        if (!s.m_canvas.canRedo()) return false;
        s.m_canvas.redo();
        return true;
    }
    bool operator()(const PauseClock&) const {
        if (s.m_paused) return false;
        s.closeCurrentStage(at);
        s.m_paused = true;
        s.m_pausedSince = at;
        return true;
    }
    bool operator()(const ResumeClock&) const {
        if (!s.m_paused) return false;
        s.m_paused = false;
        s.m_pausedSeconds += at - s.m_pausedSince;
        s.m_enteredAt = at;
        return true;
    }
    bool operator()(const FinishSession& a) const {
        s.closeCurrentStage(at);
        s.m_finished = true;
        s.m_partnerLeft = a.partnerLeft;
        s.m_feed.push_back({FeedEntry::Kind::Finished, {}, s.m_current, at, clock, {}, ProbeIndex()});
        return true;
    }
    bool operator()(const SetSelfAssessment& a) const {
        s.m_selfAssessment = a.assessment;
        return true;
    }
    bool operator()(const SetCanvasView& a) const {
        // A camera no view could take (a damaged journal) is refused.
        if (!std::isfinite(a.centreX) || !std::isfinite(a.centreY) || !(std::abs(a.centreX) <= kMaxCanvasCoordinate) ||
            !(std::abs(a.centreY) <= kMaxCanvasCoordinate) || !(a.zoom >= CanvasCamera::kMinZoom) ||
            !(a.zoom <= CanvasCamera::kMaxZoom))
            return false;
        s.m_canvasView = a;
        return true;
    }
    bool operator()(const ChooseLevel& a) const {
        // Probes already depend on the level once anything has happened
        // (declaring a pair session is not something happening).
        const bool onlyPair = s.m_journal.size() == 1 && std::holds_alternative<StartPair>(s.m_journal[0].payload);
        if (!s.m_journal.empty() && !onlyPair) return false;
        s.m_candidateLevel = a.level;
        return true;
    }
    bool operator()(const StartPair& a) const {
        if (!s.m_journal.empty()) return false;
        s.m_pair = a;
        return true;
    }
    bool operator()(const PoseQuestion& a) const {
        if (!s.isPair() || isBlank(a.question)) return false;
        s.m_pending.push_back({a.question, s.m_current, at, clock});
        s.m_feed.push_back({FeedEntry::Kind::CandidateQuestion, a.question, s.m_current, at, clock, {}, ProbeIndex()});
        return true;
    }
    bool operator()(const AnswerQuestion& a) const {
        if (!s.isPair() || s.m_pending.empty()) return false;
        const Fact* fact = a.factId.empty() ? nullptr : s.m_scenario.findFact(a.factId);
        if (!a.factId.empty() && !fact) return false;
        if (!fact && isBlank(a.says)) return false;
        PendingQuestion asked = s.m_pending.front();
        s.m_pending.erase(s.m_pending.begin());
        s.m_clarifications.push_back({asked.question, a.factId, {}, asked.stage, asked.at, asked.clock});
        s.m_feed.push_back({FeedEntry::Kind::InterviewerAnswer, isBlank(a.says) ? fact->answer : a.says, s.m_current,
                            at, clock, a.factId, ProbeIndex()});
        return true;
    }
    bool operator()(const NudgeMoveOn& a) const {
        if (!s.isPair()) return false;
        s.m_feed.push_back({FeedEntry::Kind::Nudge, isBlank(a.says) ? std::string(defaultNudge()) : a.says,
                            s.m_current, at, clock, {}, ProbeIndex()});
        return true;
    }
    bool operator()(const InterviewerNote& a) const {
        if (!s.isPair() || isBlank(a.text)) return false;
        s.m_interviewerNotes.push_back({a.text, s.m_current, at, clock});
        return true;
    }
    bool operator()(const SetScorecard& a) const {
        if (!s.isPair() || !s.m_finished) return false;
        (a.author == ScorecardAuthor::Interviewer ? s.m_interviewerScorecard : s.m_candidateScorecard) = a.scorecard;
        return true;
    }
};

bool Session::apply(const Action& action) {
    if (m_stages.empty()) return false;
    // The debrief comes after the end: the self-assessment and the pair
    // scorecards are what may still be written then.
    if (m_finished && !std::holds_alternative<SetSelfAssessment>(action.payload) &&
        !std::holds_alternative<SetScorecard>(action.payload))
        return false;
    // Time never runs backwards inside a session, whatever a journal says.
    double at = std::max(action.at, m_lastAt);
    if (!std::visit(Applier{*this, at, clockAt(at)}, action.payload)) return false;
    m_lastAt = at;
    m_journal.push_back(Action{at, action.payload});
    return true;
}

double Session::clockAt(double at) const {
    const double paused = m_pausedSeconds + (m_paused ? std::max(0.0, at - m_pausedSince) : 0.0);
    return std::max(0.0, at - paused);
}

Session replaySession(const Scenario& scenario, const std::vector<Action>& journal, std::size_t* skipped) {
    Session session(scenario);
    std::size_t count = 0;
    for (const Action& action : journal)
        if (!session.apply(action)) ++count;
    if (skipped) *skipped = count;
    return session;
}

}  // namespace rehearse
