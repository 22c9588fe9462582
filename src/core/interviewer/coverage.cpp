#include "core/interviewer/coverage.hpp"

#include <algorithm>

namespace rehearse {

// --- KeyPointCoverage, StageCoverage, CoverageReport -------------------------

int KeyPointCoverage::conceptsMatched() const {
    int matched = 0;
    for (const auto& evidence : concepts) matched += evidence.has_value();
    return matched;
}

const Evidence* KeyPointCoverage::evidence() const {
    for (const auto& evidence : concepts)
        if (evidence) return &*evidence;
    return nullptr;
}

int StageCoverage::coveredWeight() const {
    int sum = 0;
    for (const KeyPointCoverage& point : keyPoints) sum += point.covered ? point.weight : 0;
    return sum;
}

int StageCoverage::totalWeight() const {
    int sum = 0;
    for (const KeyPointCoverage& point : keyPoints) sum += point.weight;
    return sum;
}

int StageCoverage::coveredCount() const {
    int count = 0;
    for (const KeyPointCoverage& point : keyPoints) count += point.covered;
    return count;
}

double StageCoverage::fraction() const {
    const int total = totalWeight();
    return total == 0 ? 1.0 : double(coveredWeight()) / total;
}

int CoverageReport::coveredWeight() const {
    int sum = 0;
    for (const StageCoverage& stage : stages) sum += stage.coveredWeight();
    return sum;
}

int CoverageReport::totalWeight() const {
    int sum = 0;
    for (const StageCoverage& stage : stages) sum += stage.totalWeight();
    return sum;
}

double CoverageReport::fraction() const {
    const int total = totalWeight();
    return total == 0 ? 1.0 : double(coveredWeight()) / total;
}

const StageCoverage* CoverageReport::stage(StageKind kind) const {
    for (const StageCoverage& stage : stages)
        if (stage.stage == kind) return &stage;
    return nullptr;
}

const KeyPointCoverage* CoverageReport::keyPoint(const std::string& id) const {
    for (const StageCoverage& stage : stages)
        for (const KeyPointCoverage& point : stage.keyPoints)
            if (point.id == id) return &point;
    return nullptr;
}

bool CoverageReport::isCovered(const std::string& keyPointId) const {
    const KeyPointCoverage* point = keyPoint(keyPointId);
    return point && point->covered;
}

std::vector<PitfallHit> CoverageReport::pitfalls() const {
    std::vector<PitfallHit> hits;
    for (const StageCoverage& stage : stages) hits.insert(hits.end(), stage.pitfalls.begin(), stage.pitfalls.end());
    return hits;
}

// --- CoverageScorer ----------------------------------------------------------

std::vector<CoverageScorer::Prepared> CoverageScorer::prepare(const std::vector<EvidenceText>& texts) {
    std::vector<Prepared> prepared;
    prepared.reserve(texts.size());
    for (const EvidenceText& text : texts) prepared.push_back({&text, m_matcher.analyze(text.text)});
    return prepared;
}

CoverageReport CoverageScorer::score(const Scenario& scenario, const std::vector<EvidenceText>& texts) {
    const std::vector<Prepared> prepared = prepare(texts);
    CoverageReport report;
    for (const Stage& stage : scenario.stages) report.stages.push_back(scoreOneStage(stage, prepared));
    return report;
}

CoverageReport CoverageScorer::scoreStage(const Scenario& scenario, StageKind kind,
                                          const std::vector<EvidenceText>& texts) {
    CoverageReport report;
    if (const Stage* stage = scenario.findStage(kind)) report.stages.push_back(scoreOneStage(*stage, prepare(texts)));
    return report;
}

StageCoverage CoverageScorer::scoreOneStage(const Stage& stage, const std::vector<Prepared>& texts) {
    StageCoverage out;
    out.stage = stage.kind;
    for (const KeyPoint& point : stage.keyPoints) {
        KeyPointCoverage coverage;
        coverage.id = point.id;
        coverage.text = point.text;
        coverage.why = point.why;
        coverage.stage = stage.kind;
        coverage.weight = point.weight;
        coverage.needs = point.needs;
        for (const Concept& concept : point.concepts)
            coverage.concepts.push_back(findConcept(concept, stage.kind, texts, false));
        coverage.covered = coverage.conceptsMatched() >= std::max(1, point.needs);
        out.keyPoints.push_back(std::move(coverage));
    }
    for (const Pitfall& pitfall : stage.pitfalls) {
        for (const Concept& sign : pitfall.signs) {
            if (auto evidence = findConcept(sign, stage.kind, texts, true)) {
                out.pitfalls.push_back({pitfall.id, pitfall.text, stage.kind, std::move(*evidence)});
                break;  // one hit per pitfall is enough to flag it
            }
        }
    }
    return out;
}

std::optional<Evidence> CoverageScorer::findConcept(const Concept& concept, StageKind stage,
                                                    const std::vector<Prepared>& texts, bool pitfallRules) {
    // Pass 0: the stage's own texts; 1: texts tied to no stage; 2: other stages.
    for (int pass = 0; pass < 3; ++pass) {
        if (pitfallRules && pass == 2) break;
        for (const Prepared& text : texts) {
            const auto& textStage = text.source->stage;
            const int textPass = !textStage ? 1 : (*textStage == stage ? 0 : 2);
            if (textPass != pass) continue;
            MatchOptions options;
            options.skipNegated = pitfallRules;
            if (auto match = m_matcher.find(concept, text.analyzed, options)) {
                Evidence evidence;
                evidence.source = text.source->source;
                evidence.stage = textStage;
                evidence.ref = text.source->ref;
                evidence.phrase = match->phrase;
                evidence.sentence = match->sentence;
                return evidence;
            }
        }
    }
    return std::nullopt;
}

}  // namespace rehearse
