// Recognises a sentence that says what a key point's examples say, in other
// words. A key point's `examples` are sentences from labelled practice answers
// that earn it ("Suggestion must show within 100 ms of a pause at p90; mobile
// RTT alone is 180 ms"). Concept phrases catch the wordings an author thought
// of; every new writer finds others, and phrases added for one writer seldom
// catch the next one's (docs/judgement-evaluation.md, "Session 18"). A
// sentence sharing enough of an example's distinctive words is the same
// claim said differently.
//
// How: stems are weighted by how rare they are among the scenario's key
// points (a point's text, concept phrases and examples are its document), so
// "p90" and "rtt" decide a lot and "model" almost nothing. A sentence covers
// the point when the cosine of its weighted stems and one example's reaches
// kThreshold and they share at least kMinSharedStems content stems, unless
// the sentence is closer still to the examples of another point of the stage.
//
// Only plain statements count, and more strictly than for phrases: a sentence
// that is a heading, a question (unless asking is the point), a bare list or
// vague, that rejects anything, that hedges ("could", "maybe") or that settles
// for the minimum ("is enough", "is plenty") is never evidence by
// resemblance, because the naive version of an idea uses the same words as
// the idea.
#pragma once

#include "core/scenario/scenario.hpp"
#include "core/text/analyzed_text.hpp"
#include "core/text/concept_matcher.hpp"
#include "core/text/term_weights.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rehearse {

struct ExampleMatch {
    std::size_t sentence = 0;  // index into the text's sentences
    std::size_t example = 0;   // index into the key point's examples
    double score = 0;          // cosine, kThreshold..1
};

class KeyPointExamples {
public:
    // Chosen on first contact (scripts/first_contact_answers.py --examples):
    // strong answers gained 29 labelled credits for 1 unlabelled one,
    // mediocre ones 13 for 8, rejecting ones 3 and buzzword ones none. With
    // 3 shared stems instead of 4, strong answers gained the same and terse
    // mediocre sentences 11 unlabelled credits more.
    static constexpr double kThreshold = 0.5;
    static constexpr int kMinSharedStems = 4;

    // Prepares every key point's examples; `matcher` analyses text the way
    // coverage does. Holds no reference to either.
    KeyPointExamples(const Scenario& scenario, ConceptMatcher& matcher);

    // A text's sentences as resemblance reads them, computed once per text:
    // the weighted stems of each plain statement (or question), nothing for
    // a sentence that can never be evidence by resemblance.
    struct Statements {
        std::vector<std::optional<TermWeights>> weights;  // parallel to the text's sentences
        std::vector<bool> questions;                      // which of them are questions
    };
    Statements statementsOf(const AnalyzedText& text) const;

    // The sentence closest to one of the point's examples, when it is close
    // enough; questions count when `questionsCount` (what was asked while
    // clarifying).
    std::optional<ExampleMatch> find(const KeyPoint& point, const Statements& statements, bool questionsCount) const;

    // How much sentence `s` of `text` is about the point: the cosine of its
    // affirmed content stems with the point's own text or with its closest
    // example, whichever is nearer, and that text (no shared-stem minimum:
    // this weighs a phrase match, it does not replace one).
    struct Resemblance {
        double score = 0;
        const std::string* like = nullptr;  // the point's text or one of its examples
    };
    Resemblance resemblance(const KeyPoint& point, const AnalyzedText& text, std::size_t s) const;
    // The same for a sentence already weighed (one of statementsOf's).
    Resemblance resemblance(const KeyPoint& point, const TermWeights& sentence) const;

private:
    // A stem no key point uses: rarer than most, but it says nothing about any point.
    static constexpr double kUnknownStemWeight = 2.0;
    TermWeights weigh(const std::vector<std::string>& stems) const;
    // The point's example closest to the sentence among those sharing
    // kMinSharedStems with it (score 0 when none does); `sentence` unset.
    ExampleMatch closest(const std::string& point, const TermWeights& sentence) const;

    std::unordered_map<std::string, double> m_weights;               // stem -> weight
    std::unordered_map<std::string, std::vector<TermWeights>> m_examples;  // key point id -> weighted examples
    std::unordered_map<std::string, TermWeights> m_pointTexts;              // key point id -> its weighted text
    std::unordered_map<std::string, std::vector<std::string>> m_stagePeers;  // key point id -> the other points of its stage
};

}  // namespace rehearse
