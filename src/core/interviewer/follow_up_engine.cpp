#include "core/interviewer/follow_up_engine.hpp"

#include "core/interviewer/session_evidence.hpp"

#include <algorithm>
#include <optional>

namespace rehearse {

namespace {

struct Candidate {
    const FollowUp* followUp;
};

// Higher priority first; a stable sort keeps the scenario's order for ties.
void sortByPriority(std::vector<Candidate>& candidates) {
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.followUp->priority > b.followUp->priority;
    });
}

std::optional<double> lastRaisedAt(const Session& session) {
    std::optional<double> last;
    for (const Probe& probe : session.probes())
        if (!last || probe.raisedAt > *last) last = probe.raisedAt;
    return last;
}

bool anyOpen(const Session& session) {
    return std::any_of(session.probes().begin(), session.probes().end(),
                       [](const Probe& p) { return p.state == Probe::State::Open; });
}

}  // namespace

double FollowUpEngine::stageEnteredAt(const Session& session) {
    const auto& feed = session.feed();
    for (auto entry = feed.rbegin(); entry != feed.rend(); ++entry)
        if (entry->kind == FeedEntry::Kind::StageStarted) return entry->at;
    return 0;
}

void FollowUpEngine::invalidateIfChanged(const Session& session) {
    const SessionStamp stamp = SessionStamp::of(session);
    if (stamp == m_cached) return;
    m_cached = stamp;
    m_mentioned.clear();
}

const CoverageReport& FollowUpEngine::currentCoverage(const Session& session) {
    // Every stage, not just the current one: cheap, and stays valid across a stage change.
    return m_coverage.update(session);
}

bool FollowUpEngine::mentions(const Session& session, const FollowUp& followUp) {
    if (auto found = m_mentioned.find(followUp.id); found != m_mentioned.end()) return found->second;
    const FollowUpTrigger& trigger = followUp.trigger;
    const StageIndex stage = session.currentStage();
    const std::string stageId = stageKindId(session.currentStageSpec().kind);
    std::vector<AnalyzedText> texts;
    texts.push_back(m_coverage.scorer().matcher().analyze(session.stageProgress(stage).notes));
    for (const CanvasItem& item : session.canvas().items())
        if (item.stage == stageId) texts.push_back(m_coverage.scorer().matcher().analyze(canvasItemEvidenceText(item)));
    MatchOptions options;
    options.skipNegated = true;
    bool found = false;
    for (const Concept& concept : trigger.concepts)
        for (const AnalyzedText& text : texts)
            found = found || m_coverage.scorer().matcher().find(concept, text, options).has_value();
    m_mentioned[followUp.id] = found;
    return found;
}

std::vector<FollowUpId> FollowUpEngine::due(const Session& session, double now) {
    if (session.isPaused() || session.isFinished() || session.stageCount() == 0) return {};
    if (m_pacing.holdWhileOpen && anyOpen(session)) return {};
    if (const auto last = lastRaisedAt(session); last && now - *last < m_pacing.minIntervalSeconds) return {};

    invalidateIfChanged(session);
    const Stage& stage = session.currentStageSpec();
    const double minutesIn = session.secondsSinceStageEntered(now) / 60.0;

    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < stage.followUps.size(); ++i) {
        const FollowUp& followUp = stage.followUps[i];
        if (session.wasRaised(followUp.id) || !followUpAppliesAtLevel(followUp, session.candidateLevel())) continue;
        const FollowUpTrigger& trigger = followUp.trigger;
        bool isDue = false;
        switch (trigger.kind) {
            case FollowUpTrigger::Kind::Enter: isDue = true; break;
            case FollowUpTrigger::Kind::Time: isDue = minutesIn >= trigger.minute; break;
            case FollowUpTrigger::Kind::Mention: isDue = mentions(session, followUp); break;
            case FollowUpTrigger::Kind::Missing:
                isDue = minutesIn >= trigger.minute && !currentCoverage(session).isCovered(trigger.keyPoint);
                break;
            case FollowUpTrigger::Kind::Leave: break;  // see beforeLeaving()
        }
        if (isDue) candidates.push_back({&followUp});
    }
    sortByPriority(candidates);
    const bool oneAtATime = m_pacing.minIntervalSeconds > 0 || m_pacing.holdWhileOpen;
    if (oneAtATime && candidates.size() > 1) candidates.erase(candidates.begin() + 1, candidates.end());

    std::vector<FollowUpId> ids;
    for (const Candidate& candidate : candidates) ids.push_back(candidate.followUp->id);
    return ids;
}

std::vector<FollowUpId> FollowUpEngine::beforeLeaving(const Session& session, double now, StageIndex target) {
    (void)now;  // leave probes depend on what was covered, not on the time
    if (session.isPaused() || session.isFinished() || session.stageCount() == 0) return {};
    if (target <= session.currentStage()) return {};

    const Stage& stage = session.currentStageSpec();
    const double enteredAt = stageEnteredAt(session);
    // One leave probe per visit: if one was raised since entering, let them go.
    for (const Probe& probe : session.probes()) {
        if (probe.stage != session.currentStage() || probe.raisedAt < enteredAt) continue;
        for (const FollowUp& followUp : stage.followUps)
            if (followUp.id == probe.followUpId && followUp.trigger.kind == FollowUpTrigger::Kind::Leave) return {};
    }

    invalidateIfChanged(session);
    std::vector<Candidate> candidates;
    for (const FollowUp& followUp : stage.followUps) {
        if (followUp.trigger.kind != FollowUpTrigger::Kind::Leave || session.wasRaised(followUp.id) ||
            !followUpAppliesAtLevel(followUp, session.candidateLevel()))
            continue;
        if (!currentCoverage(session).isCovered(followUp.trigger.keyPoint)) candidates.push_back({&followUp});
    }
    sortByPriority(candidates);
    if (candidates.empty()) return {};
    return {candidates.front().followUp->id};
}

}  // namespace rehearse
