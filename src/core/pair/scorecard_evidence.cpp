#include "core/pair/scorecard_evidence.hpp"

#include "core/session/duration_format.hpp"

#include <algorithm>

namespace rehearse {

namespace {

// The dimension a probe tells about: its key point's, else its stage's default.
RubricDimension probeDimension(const Session& session, const Probe& probe) {
    const Scenario& scenario = session.scenario();
    for (const Stage& stage : scenario.stages)
        for (const FollowUp& f : stage.followUps)
            if (f.id == probe.followUpId && !f.id.empty())
                if (const KeyPoint* point = scenario.findKeyPoint(f.keyPoint)) return point->dimension;
    const std::size_t stage = probe.stage.value < scenario.stages.size() ? probe.stage.value : 0;
    return scenario.stages.empty() ? RubricDimension::Problem : defaultRubricDimension(scenario.stages[stage].kind);
}

std::string probeLine(const Probe& probe) {
    std::string line = "Probe: " + probe.says + "\n  ";
    switch (probe.state) {
        case Probe::State::Answered: line += "Answer: " + probe.answer; break;
        case Probe::State::Skipped: line += "Skipped."; break;
        case Probe::State::Open: line += "Not answered."; break;
    }
    return line + "\n";
}

void keyPointLines(const CoverageReport& coverage, RubricDimension dimension, std::string& out) {
    int covered = 0, total = 0;
    std::string coveredList, missedList;
    for (const StageCoverage& stage : coverage.stages)
        for (const KeyPointCoverage& point : stage.keyPoints) {
            if (point.dimension != dimension) continue;
            ++total;
            if (point.covered) ++covered;
            (point.covered ? coveredList : missedList) += "  - " + point.text + "\n";
        }
    if (total == 0) return;
    out += "Key points covered: " + std::to_string(covered) + " of " + std::to_string(total) + "\n";
    if (!coveredList.empty()) out += "Covered:\n" + coveredList;
    if (!missedList.empty()) out += "Missed:\n" + missedList;
}

}  // namespace

std::string dimensionEvidence(const Session& session, const CoverageReport& coverage, RubricDimension dimension,
                              ScorecardAuthor author) {
    // The candidate scores blind: only what they saw, never the answer key
    // (facts they did not ask for, key points missed).
    const bool answerKey = author == ScorecardAuthor::Interviewer;
    std::string out;
    const Scenario& scenario = session.scenario();
    if (dimension == RubricDimension::Problem) {
        out += "Questions asked: " + std::to_string(session.clarifications().size() + session.pendingQuestions().size()) + "\n";
        for (const Clarification& c : session.clarifications()) out += "  - " + c.question + "\n";
        for (const PendingQuestion& p : session.pendingQuestions()) out += "  - " + p.question + " (not answered)\n";
        const std::vector<FactId> revealed = session.revealedFactIds();
        std::string notAsked;
        for (const Fact& fact : scenario.facts)
            if (fact.important && std::find(revealed.begin(), revealed.end(), fact.id) == revealed.end())
                notAsked += "  - " + fact.topic + "\n";
        if (!notAsked.empty() && answerKey) out += "Important facts not asked:\n" + notAsked;
    }
    if (dimension == RubricDimension::Communication) {
        int answered = 0, skipped = 0;
        for (const Probe& p : session.probes()) {
            if (p.state == Probe::State::Answered) ++answered;
            if (p.state == Probe::State::Skipped) ++skipped;
        }
        out += "Probes answered: " + std::to_string(answered) + " of " + std::to_string(session.probes().size()) +
               (skipped ? ", " + std::to_string(skipped) + " skipped" : std::string()) + "\n";
        const double end = session.lastActionAt();
        std::string over;
        for (std::size_t i = 0; i < session.stageCount(); ++i)
            if (session.isOverBudget(StageIndex(i), end))
                over += "  - " + scenario.stages[i].displayTitle() + ": " +
                        formatDuration(session.stageSeconds(StageIndex(i), end)) + " of " +
                        formatDuration(scenario.stages[i].minutes * 60) + "\n";
        if (!over.empty()) out += "Over time:\n" + over;
    }
    if (answerKey) keyPointLines(coverage, dimension, out);
    for (const Probe& probe : session.probes())
        if (probeDimension(session, probe) == dimension) out += probeLine(probe);
    return out;
}

Scorecard prefilledScorecard(const Session& session, const CoverageReport& coverage, ScorecardAuthor author) {
    Scorecard card;
    for (RubricDimension d : kAllRubricDimensions) card.score(d).evidence = dimensionEvidence(session, coverage, d, author);
    return card;
}

}  // namespace rehearse
