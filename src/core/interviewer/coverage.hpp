// Coverage: which key points of the scenario the candidate's notes, canvas
// and probe answers covered, with the sentence or label that shows it, and
// which pitfalls they fell into (docs/scenario-format.md, "Key points").
//
// Rules:
// - A key point is covered when at least `needs` of its concepts match.
//   Evidence from any stage counts: candidates mention class imbalance while
//   talking about data as often as during evaluation. The evidence shown
//   prefers the key point's own stage, then texts tied to no stage, then the
//   other stages, each in the order given.
// - A pitfall is hit when one of its signs is mentioned in its own stage (or
//   in a text tied to no stage), except in a sentence that rejects it
//   ("PR-AUC, not accuracy"; see text/negation.hpp).
// - Stage and total scores weigh key points by `weight` (1..3).
#pragma once

#include "core/interviewer/evidence.hpp"
#include "core/scenario/scenario.hpp"
#include "core/text/concept_matcher.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

struct KeyPointCoverage {
    std::string id;
    std::string text;
    std::string why;
    StageKind stage = StageKind::Clarify;
    int weight = 1;
    int needs = 1;
    bool covered = false;
    // One entry per concept of the key point, in order: its evidence if matched.
    std::vector<std::optional<Evidence>> concepts;

    int conceptsMatched() const;
    // The evidence to quote: the first matched concept's.
    const Evidence* evidence() const;
};

struct PitfallHit {
    std::string id;
    std::string text;
    StageKind stage = StageKind::Clarify;
    Evidence evidence;
};

struct StageCoverage {
    StageKind stage = StageKind::Clarify;
    std::vector<KeyPointCoverage> keyPoints;
    std::vector<PitfallHit> pitfalls;

    int coveredWeight() const;
    int totalWeight() const;
    int coveredCount() const;
    double fraction() const;  // covered weight / total weight; 1 when there is nothing to cover
};

struct CoverageReport {
    std::vector<StageCoverage> stages;  // the scenario's stages, in order

    int coveredWeight() const;
    int totalWeight() const;
    double fraction() const;
    const StageCoverage* stage(StageKind kind) const;
    const KeyPointCoverage* keyPoint(const std::string& id) const;
    bool isCovered(const std::string& keyPointId) const;
    std::vector<PitfallHit> pitfalls() const;  // every stage's, in stage order
};

class CoverageScorer {
public:
    // Scores every stage of the scenario.
    CoverageReport score(const Scenario& scenario, const std::vector<EvidenceText>& texts);
    // Scores only `stage` (the report then holds that single stage, if the scenario has it).
    CoverageReport scoreStage(const Scenario& scenario, StageKind stage, const std::vector<EvidenceText>& texts);

    // The matcher, shared with rules that look for concepts (mention probes).
    ConceptMatcher& matcher() { return m_matcher; }

private:
    struct Prepared {
        const EvidenceText* source;
        AnalyzedText analyzed;
    };
    StageCoverage scoreOneStage(const Stage& stage, const std::vector<Prepared>& texts);
    std::optional<Evidence> findConcept(const Concept& concept, StageKind stage, const std::vector<Prepared>& texts,
                                        bool pitfallRules);
    std::vector<Prepared> prepare(const std::vector<EvidenceText>& texts);

    ConceptMatcher m_matcher;
};

}  // namespace rehearse
