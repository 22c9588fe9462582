// Coverage: which key points of the scenario the candidate's notes, canvas
// and probe answers covered, with the sentence or label that shows it, and
// which pitfalls they fell into (docs/scenario-format.md, "Key points").
//
// Rules:
// - A key point is covered when at least `needs` of its concepts are *said*:
//   matched in a statement that does not reject them (text/statement.hpp). A
//   list of terms, a heading, a question, a word on its own, a vague promise
//   ("retrain as needed") or a rejection ("shadow mode is unnecessary") is
//   not evidence.
// - Stage affinity: evidence from the key point's own stage comes first,
//   then texts tied to no stage, then the other stages (candidates mention
//   class imbalance while talking about data as often as during evaluation).
//   Clarify points are the exception: they are about what was asked before
//   designing, so only clarify texts (and texts tied to no stage) count, and
//   there a question counts as evidence.
// - A list counts when it enumerates the point: two or more of its items name
//   the point's ideas ("Candidate state: last active, acceptance rate, spam
//   score"); one buzzword in a list of buzzwords does not.
// - A pitfall is hit when one of its signs is mentioned in its own stage or
//   in a text tied to no stage, except in a sentence that
//   rejects anything ("PR-AUC, not accuracy"; see text/negation.hpp): a
//   missed pitfall costs less than blaming a strong answer. A hit cancels the
//   pitfall's key point (`key_point` in the scenario), if it names one: the
//   point is not covered, and `cancelledBy` says which pitfall undid it.
// - Stage and total scores weigh key points by `weight` (1..3).
#pragma once

#include "core/interviewer/evidence.hpp"
#include "core/interviewer/key_point_examples.hpp"
#include "core/numeric/weighted_share.hpp"
#include "core/scenario/scenario.hpp"
#include "core/text/concept_matcher.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

struct KeyPointCoverage {
    std::string id;
    std::string text;
    std::string why;
    StageKind stage = StageKind::Clarify;
    RubricDimension dimension = RubricDimension::Problem;
    int weight = 1;
    int needs = 1;
    bool covered = false;
    // One entry per concept of the key point, in order: its evidence if matched.
    std::vector<std::optional<Evidence>> concepts;
    // When not covered: the first match that did not count and why
    // ("rejected by 'is unnecessary'", "an item of a bare list", a clarify
    // point stated only in another stage); may be empty.
    std::string setAside;
    // The pitfall that cancelled it, although its concepts were said; may be empty.
    std::string cancelledBy;

    int conceptsMatched() const;
    // The evidence to quote: the sentence most of its concepts were found in.
    const Evidence* evidence() const;
};

struct PitfallHit {
    std::string id;
    std::string text;
    StageKind stage = StageKind::Clarify;
    Evidence evidence;
    std::string keyPoint;  // the key point it cancels; may be empty
};

struct StageCoverage {
    StageKind stage = StageKind::Clarify;
    std::vector<KeyPointCoverage> keyPoints;
    std::vector<PitfallHit> pitfalls;

    WeightedShare share() const;  // key-point weight covered, of the stage's
    int coveredWeight() const { return share().covered; }
    int totalWeight() const { return share().total; }
    int coveredCount() const;
    double fraction() const { return share().fraction(); }  // 1 when there is nothing to cover
};

struct CoverageReport {
    std::vector<StageCoverage> stages;  // the scenario's stages, in order

    WeightedShare share() const;  // every stage's, summed
    int coveredWeight() const { return share().covered; }
    int totalWeight() const { return share().total; }
    double fraction() const { return share().fraction(); }
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
        KeyPointExamples::Statements statements;  // as resemblance reads them

        // KeyPointExamples::resemblance of sentence `s`, from the weights
        // statementsOf read once; only a sentence that is no statement is weighed again.
        KeyPointExamples::Resemblance resemblance(const KeyPointExamples& examples, const KeyPoint& point,
                                                  std::size_t s) const;
        // Whether sentence `s` is about `point` (see kAboutThePoint in coverage.cpp).
        bool isAbout(const KeyPointExamples& examples, const KeyPoint& point, std::size_t s) const;
    };
    StageCoverage scoreOneStage(const Stage& stage, const std::vector<Prepared>& texts,
                                const KeyPointExamples& examples);
    // A pitfall's sign, or a key point's concept; with `about` set, another
    // stage's sentence counts only when it is about that point (see
    // aboutThePoint in coverage.cpp).
    struct About {
        const KeyPoint& point;
        const KeyPointExamples& examples;
        bool passedOver = false;  // set when another stage named the point in a sentence not about it
    };
    std::optional<Evidence> findConcept(const Concept& concept, StageKind stage, const std::vector<Prepared>& texts,
                                        bool pitfallRules, std::string* setAside = nullptr, About* about = nullptr);
    std::vector<Prepared> prepare(const std::vector<EvidenceText>& texts, const KeyPointExamples& examples);
    static void cancelByPitfalls(CoverageReport& report);
    // Re-points the covered point's concepts at the sentence naming most of
    // them (from other stages, with `about` set, only sentences about the point).
    void quoteDensestSentence(const KeyPoint& point, StageKind stage, const std::vector<Prepared>& texts,
                              const About* about, KeyPointCoverage& coverage);
    void coverFromList(const KeyPoint& point, StageKind stage, const std::vector<Prepared>& texts,
                       KeyPointCoverage& coverage);
    // Covers the point by a statement resembling one of its examples.
    void coverByExample(const KeyPoint& point, StageKind stage, const std::vector<Prepared>& texts,
                        const KeyPointExamples& examples, KeyPointCoverage& coverage);
    // Covers the point named only in passing in other stages, quoting the
    // point's own stage where a sentence there says what the point says.
    void coverByPassingMention(const KeyPoint& point, StageKind stage, const std::vector<Prepared>& texts,
                               const KeyPointExamples& examples, KeyPointCoverage& coverage);
    // For a clarify point not covered: says where else the candidate stated
    // it (as setAside), when another stage's sentence says what it says.
    void noteStatedElsewhere(const KeyPoint& point, const std::vector<Prepared>& texts,
                             const KeyPointExamples& examples, KeyPointCoverage& coverage);

    // The scenario's examples, prepared once while its key points stay the same.
    const KeyPointExamples& examplesOf(const Scenario& scenario);

    ConceptMatcher m_matcher;
    std::unique_ptr<KeyPointExamples> m_examples;
    std::size_t m_examplesFingerprint = 0;
};

}  // namespace rehearse
