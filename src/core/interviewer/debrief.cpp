#include "core/interviewer/debrief.hpp"

#include "core/interviewer/session_evidence.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rehearse {

namespace {

std::vector<KeyPointCoverage> missedOf(const std::vector<KeyPointCoverage>& points) {
    std::vector<KeyPointCoverage> missed;
    for (const KeyPointCoverage& point : points)
        if (!point.covered) missed.push_back(point);
    std::stable_sort(missed.begin(), missed.end(),
                     [](const KeyPointCoverage& a, const KeyPointCoverage& b) { return a.weight > b.weight; });
    return missed;
}

StageKind stageKindAt(const Scenario& scenario, StageIndex index) {
    return index.value < scenario.stages.size() ? scenario.stages[index.value].kind : StageKind::Clarify;
}

}  // namespace

std::vector<KeyPointCoverage> StageDebrief::missed() const { return missedOf(coverage.keyPoints); }

WeightedShare Debrief::share() const {
    WeightedShare sum;
    for (const StageDebrief& stage : stages) sum += stage.coverage.share();
    return sum;
}

std::string Debrief::stageTitle(StageKind kind) const {
    for (const StageDebrief& stage : stages)
        if (stage.stage == kind && !stage.title.empty()) return stage.title;
    return stageKindTitle(kind);
}

double Debrief::spentSeconds() const {
    double sum = 0;
    for (const StageDebrief& stage : stages) sum += stage.time.spentSeconds;
    return sum;
}

double Debrief::budgetSeconds() const {
    double sum = 0;
    for (const StageDebrief& stage : stages) sum += stage.time.budgetSeconds;
    return sum;
}

std::vector<KeyPointCoverage> Debrief::missed() const {
    std::vector<KeyPointCoverage> all;
    for (const StageDebrief& stage : stages)
        all.insert(all.end(), stage.coverage.keyPoints.begin(), stage.coverage.keyPoints.end());
    return missedOf(all);
}

Debrief buildDebrief(const Session& session, double now) {
    CoverageScorer scorer;
    return buildDebrief(session, now, scorer);
}

Debrief buildDebrief(const Session& session, double now, CoverageScorer& scorer) {
    const Scenario& scenario = session.scenario();
    const CoverageReport coverage = scorer.score(scenario, evidenceFromSession(session));

    Debrief debrief;
    debrief.scenarioId = scenario.id;
    debrief.title = scenario.title;
    debrief.question = scenario.question;
    debrief.referenceSummary = scenario.referenceSummary;
    debrief.referenceDiagram = scenario.referenceDiagram;
    debrief.selfAssessment = session.selfAssessment();
    debrief.pair = session.pair();
    debrief.interviewerNotes = session.interviewerNotes();
    debrief.interviewerScorecard = session.scorecard(ScorecardAuthor::Interviewer);
    debrief.selfScorecard = session.scorecard(ScorecardAuthor::Candidate);

    for (std::size_t i = 0; i < scenario.stages.size(); ++i) {
        const Stage& spec = scenario.stages[i];
        StageDebrief stage;
        stage.stage = spec.kind;
        if (const StageCoverage* scored = coverage.stage(spec.kind)) stage.coverage = *scored;
        stage.time.spentSeconds = session.stageSeconds(StageIndex(i), now);
        stage.time.budgetSeconds = spec.minutes * 60.0;
        stage.time.visited = session.stageProgress(StageIndex(i)).visited;
        stage.title = spec.displayTitle();
        stage.goal = spec.goal;
        stage.reference = spec.reference;
        stage.notes = session.stageProgress(StageIndex(i)).notes;
        debrief.stages.push_back(std::move(stage));
    }
    for (const CanvasItem& item : session.canvas().items()) {
        std::string text = canvasItemEvidenceText(item);
        if (text.empty()) continue;
        auto stage = std::find_if(debrief.stages.begin(), debrief.stages.end(),
                                  [&](const StageDebrief& s) { return item.stage == stageKindId(s.stage); });
        (stage != debrief.stages.end() ? stage->canvasTexts : debrief.unstagedCanvasTexts).push_back(std::move(text));
    }
    debrief.pitfalls = coverage.pitfalls();

    for (const Probe& probe : session.probes()) {
        ProbeRecord record;
        record.followUpId = probe.followUpId;
        record.says = probe.says;
        record.stage = stageKindAt(scenario, probe.stage);
        record.raisedAt = probe.raisedAt;
        record.state = probe.state;
        record.answer = probe.answer;
        for (const Stage& stage : scenario.stages)
            for (const FollowUp& followUp : stage.followUps)
                if (!probe.followUpId.empty() && followUp.id == probe.followUpId) record.keyPointId = followUp.keyPoint;
        record.keyPointCovered = !record.keyPointId.empty() && coverage.isCovered(record.keyPointId);
        debrief.probes.push_back(std::move(record));
    }

    for (const Clarification& clarification : session.clarifications()) {
        QuestionRecord record;
        record.question = clarification.question;
        record.factId = clarification.factId;
        if (const Fact* fact = scenario.findFact(clarification.factId)) {
            record.topic = fact->topic;
            record.answer = fact->answer;
        }
        record.stage = stageKindAt(scenario, clarification.stage);
        record.at = clarification.clock;  // what the candidate's clock showed
        debrief.questions.push_back(std::move(record));
    }
    const std::vector<FactId> revealed = session.revealedFactIds();
    for (const Fact& fact : scenario.facts)
        if (fact.important && std::find(revealed.begin(), revealed.end(), fact.id) == revealed.end())
            debrief.importantNotAsked.push_back({fact.id, fact.topic, fact.answer});
    return debrief;
}


}  // namespace rehearse
