#include "core/authoring/try_sentence.hpp"

#include "core/interviewer/coverage.hpp"

#include <algorithm>

namespace rehearse {

SentenceTrial trySentence(const Scenario& scenario, std::optional<StageKind> stage, const std::string& sentence) {
    CoverageScorer scorer;
    return trySentence(scorer, scenario, stage, sentence);
}

SentenceTrial trySentence(CoverageScorer& scorer, const Scenario& scenario, std::optional<StageKind> stage,
                          const std::string& sentence) {
    EvidenceText said;
    said.source = EvidenceSource::Notes;
    said.stage = stage;
    said.text = sentence;
    const CoverageReport report = scorer.score(scenario, {said});

    SentenceTrial trial;
    for (const StageCoverage& stageCoverage : report.stages) {
        for (const KeyPointCoverage& point : stageCoverage.keyPoints) {
            KeyPointTrial kp;
            kp.id = point.id;
            kp.text = point.text;
            kp.stage = point.stage;
            kp.covered = point.covered;
            kp.conceptsMatched = point.conceptsMatched();
            kp.needs = point.needs;
            for (const std::optional<Evidence>& evidence : point.concepts)
                if (evidence && !evidence->phrase.empty()) kp.phrases.push_back(evidence->phrase);
            std::string matched;
            for (const std::string& phrase : kp.phrases) matched += (matched.empty() ? "'" : ", '") + phrase + "'";
            const Evidence* quoted = point.evidence();
            if (point.covered && quoted && !quoted->example.empty()) {
                kp.reason = describeMatch(*quoted);
            } else if (point.covered) {
                kp.reason = "matched " + matched;
            } else if (!point.cancelledBy.empty()) {
                kp.reason = "matched " + matched + " but cancelled by pitfall '" + point.cancelledBy + "'";
            } else if (!point.setAside.empty()) {
                kp.reason = point.setAside;
            } else if (kp.conceptsMatched > 0) {
                kp.reason = "matched " + matched + ": " + std::to_string(kp.conceptsMatched) + " of the " +
                            std::to_string(point.needs) + " concepts it needs";
            } else {
                continue;  // nothing of it in the sentence
            }
            trial.keyPoints.push_back(std::move(kp));
        }
        for (const PitfallHit& hit : stageCoverage.pitfalls)
            trial.pitfalls.push_back({hit.id, hit.text, hit.stage, hit.evidence.phrase, hit.keyPoint});
    }
    std::stable_sort(trial.keyPoints.begin(), trial.keyPoints.end(),
                     [](const KeyPointTrial& a, const KeyPointTrial& b) { return a.covered && !b.covered; });
    return trial;
}

}  // namespace rehearse
