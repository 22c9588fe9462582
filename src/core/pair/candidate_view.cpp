#include "core/pair/candidate_view.hpp"

#include "core/pair/scorecard_json.hpp"

namespace rehearse {

const char* feedKindId(FeedEntry::Kind kind) {
    switch (kind) {
        case FeedEntry::Kind::Question: return "question";
        case FeedEntry::Kind::StageStarted: return "stage_started";
        case FeedEntry::Kind::CandidateQuestion: return "candidate_question";
        case FeedEntry::Kind::InterviewerAnswer: return "interviewer_answer";
        case FeedEntry::Kind::Probe: return "probe";
        case FeedEntry::Kind::CandidateAnswer: return "candidate_answer";
        case FeedEntry::Kind::ProbeSkipped: return "probe_skipped";
        case FeedEntry::Kind::Finished: return "finished";
        case FeedEntry::Kind::Nudge: return "nudge";
    }
    return "question";
}

namespace {

const char* probeStateId(Probe::State state) {
    switch (state) {
        case Probe::State::Open: return "open";
        case Probe::State::Answered: return "answered";
        case Probe::State::Skipped: return "skipped";
    }
    return "open";
}

}  // namespace

CandidateView buildCandidateView(const Session& session) { return buildCandidateView(session, session.lastActionAt()); }

std::optional<ProbeIndex> pendingProbe(const CandidateView& view) {
    for (std::size_t i = view.probes.size(); i-- > 0;)
        if (view.probes[i].state == "open") return ProbeIndex(i);
    return std::nullopt;
}

CandidateView buildCandidateView(const Session& session, double now) {
    const Scenario& scenario = session.scenario();
    CandidateView view;
    view.scenarioId = scenario.id;
    view.title = scenario.title;
    view.question = scenario.question;
    if (session.pair()) {
        view.interviewerName = session.pair()->interviewerName;
        view.candidateName = session.pair()->candidateName;
    }
    for (std::size_t i = 0; i < scenario.stages.size(); ++i) {
        const Stage& stage = scenario.stages[i];
        view.stages.push_back({stageKindId(stage.kind), stage.displayTitle(), stage.minutes, stage.goal,
                               session.stageProgress(StageIndex(i)).notes, 0, session.stageProgress(StageIndex(i)).visited});
    }
    view.currentStage = session.currentStage();
    view.paused = session.isPaused();
    view.finished = session.isFinished();
    view.minutes = scenario.minutes;
    updateCandidateViewClocks(view, session, now);
    for (const FactId& id : session.revealedFactIds())
        if (const Fact* fact = scenario.findFact(id)) view.revealedFacts.push_back({fact->id, fact->topic, fact->answer});
    const auto revealedTopic = [&](const FactId& id) {
        for (const CandidateView::RevealedFact& fact : view.revealedFacts)
            if (fact.id == id) return fact.topic;
        return std::string();
    };
    for (const Probe& probe : session.probes())
        view.probes.push_back({probe.says, probe.stage, probeStateId(probe.state), probe.answer});
    // Every feed line is something said to or by the candidate: the prompt,
    // their questions, the answers given, probes raised, nudges.
    for (const FeedEntry& entry : session.feed())
        view.feed.push_back({feedKindId(entry.kind), entry.text, entry.stage, entry.clock, entry.probe,
                             entry.factId.empty() ? std::string() : revealedTopic(entry.factId)});
    for (const PendingQuestion& pending : session.pendingQuestions()) view.pendingQuestions.push_back(pending.question);
    view.selfScore = session.scorecard(ScorecardAuthor::Candidate);
    if (view.selfScore) view.interviewerScore = session.scorecard(ScorecardAuthor::Interviewer);
    return view;
}

void updateCandidateViewClocks(CandidateView& view, const Session& session, double now) {
    for (std::size_t i = 0; i < view.stages.size(); ++i) view.stages[i].seconds = session.stageSeconds(StageIndex(i), now);
    view.totalSeconds = session.totalSeconds(now);
}

nlohmann::json candidateViewToJson(const CandidateView& view) {
    using nlohmann::json;
    json stages = json::array();
    for (const auto& s : view.stages)
        stages.push_back({{"kind", s.kind}, {"title", s.title}, {"minutes", s.minutes}, {"goal", s.goal},
                          {"notes", s.notes}});
    json facts = json::array();
    for (const auto& f : view.revealedFacts) facts.push_back({{"id", f.id.value}, {"topic", f.topic}, {"answer", f.answer}});
    json probes = json::array();
    for (const auto& p : view.probes)
        probes.push_back({{"says", p.says}, {"stage", p.stage.value}, {"state", p.state}, {"answer", p.answer}});
    json feed = json::array();
    for (const auto& line : view.feed)
        feed.push_back({{"kind", line.kind}, {"text", line.text}, {"stage", line.stage.value}, {"clock", line.clock}});
    json out = {{"scenario", view.scenarioId},
                {"title", view.title},
                {"question", view.question},
                {"interviewer", view.interviewerName},
                {"candidate", view.candidateName},
                {"stages", stages},
                {"current_stage", view.currentStage.value},
                {"paused", view.paused},
                {"finished", view.finished},
                {"revealed_facts", facts},
                {"probes", probes},
                {"feed", feed},
                {"pending_questions", view.pendingQuestions}};
    if (view.selfScore) out["self_score"] = scorecardToJson(*view.selfScore);
    if (view.interviewerScore) out["interviewer_score"] = scorecardToJson(*view.interviewerScore);
    return out;
}

}  // namespace rehearse
