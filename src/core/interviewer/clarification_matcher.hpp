// Answers a clarifying question typed in the candidate's own words with one
// of the scenario's facts, or with nothing.
//
// How: every fact is described by its `asks` phrasings and its topic. Words
// are normalised, stop words dropped and the rest stemmed; each stem is
// weighted by how rare it is among the scenario's facts (inverse document
// frequency), so "label" decides little in a scenario where five facts talk
// about labels while "gdpr" decides a lot. A question scores against a fact
// by the cosine of those weighted stems, taken both against the single
// closest phrasing and against the fact's phrasings pooled, which lets the
// synonyms spread over several phrasings count together. The best fact wins
// when it clears a threshold and leads the runner-up clearly enough;
// otherwise the interviewer declines ("make an assumption and state it").
//
// Two cues beyond the words:
// - Answer type. "How long do I have before it times out?" asks for a short
//   time (a latency), "how many days until the chargeback lands?" for a long
//   one (a delay). A fact whose answer gives that kind of figure
//   (milliseconds; days or weeks) gains `typeBonus`, so a question that
//   shares no noun with a latency fact still reaches it. (Quantities were
//   tried too: "how many" is asked of everything, and it cost precision.)
// - Questions no fact answers. "How many people are on the ads team?" shares
//   "people" with the user count; it is declined when it is closer to one of
//   the questions about the team, its budget and its tools
//   (out_of_scope_questions.hpp) than to any fact. A scenario's own
//   assumptions ("are ads ranked in the same feed?") decline the same way,
//   with the reply their author wrote. "How long is the average
//   video?" asks for a duration; a fact whose answer states no time is
//   declined rather than given.
// - A question asking when. "When do you need this in production?" wants a
//   date: a fact whose answer places nothing in time is not the answer,
//   though it shares a noun. (Requiring that a fact mention the noun a
//   which/what question asks about was tried: "what recourse does a poster
//   have?" must reach the appeals fact, and it cost more than it saved.)
// - A question asking who owns, approves or decides something ("who approved
//   the budget?") is answered only by a fact with such a question among its
//   asks: many answers name a team in passing, and only the author knows
//   whether one says who owns the thing asked about.
// - A question partly in other facts' words. "How many cities, and are
//   they all in one country?" reaches the city count only through
//   "cities"; the rest is in words other facts use. The share of the
//   question's weight on such words raises the score the match needs
//   (otherWordsBase + otherWordsSlope x share), except for a question
//   asking for a time, where only facts that give one were in the running.
// - Compound questions. "Which languages, and can people appeal?" is split
//   where a new question starts (a question mark, a semicolon, "and" or
//   "also" before a question word); each part is matched on its own, and
//   every fact a part clearly asks for is answered, in the order asked. A
//   later part that points back ("and how quickly do we find out about
//   it?") borrows the first part's words at half weight, and adds a fact
//   besides the first part's only on a clear match ("what's its drop-off
//   rate?" after "what's the step-up option?" is not the fraud rate). A
//   later part that a fact already given answers nearly as well asks
//   nothing new ("how wrong are the estimates, and what % of orders turn up
//   late?" is one fact). An opening clause that only sets up the question
//   ("when we catch one, do we block it?") asks for nothing itself.
//
// Deterministic and cheap (a scenario has a dozen facts). Holds a reference
// to the scenario, which must outlive the matcher. Owns a stemmer: one
// matcher per thread.
#pragma once

#include "core/scenario/scenario.hpp"
#include "core/text/typo_repair.hpp"
#include "core/text/stemmer.hpp"
#include "core/text/synonyms.hpp"
#include "core/text/term_weights.hpp"

#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rehearse {

// Defaults were tuned on the labelled sets in tests/data/clarifications (see
// interviewer_clarification_eval_test.cpp, which keeps a floor under them).
struct ClarificationOptions {
    double threshold = 0.25;        // minimum score for an answer
    double margin = 0.0;            // minimum lead over the runner-up
    double pooledWeight = 0.5;      // share of the pooled score against the best phrasing's
    double unknownTermWeight = 1.0; // weight of a stem no fact uses, relative to the rarest known one
    double answerWeight = 0.35;     // how much the fact's answer text adds to its pooled phrasings
    bool answerInFrequency = false; // count answer words in the document frequencies
    bool useSynonyms = true;        // fold the general thesaurus (text/synonyms.hpp)
    double typeBonus = 0.1;         // added when the fact's answer gives the figure asked for
    bool splitCompound = true;      // answer each part of a compound question
    double contextWeight = 0.5;     // a later part saying "it" or "that" borrows the first part's words, this much
    double referBackThreshold = 0.35; // ... and adds a fact besides the first part's only at this score
    bool declineOutOfScope = true;  // decline what is closer to interviewer/out_of_scope_questions
    // A question partly in other facts' words needs a clearer match: the
    // score must also reach otherWordsBase + otherWordsSlope x the share of
    // the question's weight on words other facts use and the best one does not.
    double otherWordsBase = 0.15;
    double otherWordsSlope = 0.3;
    // A later part of a compound question adds its fact only when no fact
    // already given scores within this much of it on that part: "how wrong
    // are the estimates, and what % of orders turn up late?" is answered by
    // the current-estimate fact alone. 0 turns this off.
    double alreadyAnsweredMargin = 0.1;
};

struct FactScore {
    const Fact* fact = nullptr;
    double score = 0;               // 0..1
    std::string closestAsk;         // the phrasing closest to the question
};

struct ClarificationResult {
    const Fact* fact = nullptr;     // null: nothing matched well enough; else the first of `facts`
    std::vector<const Fact*> facts; // every fact the question asks for, in the order asked
    double score = 0;               // of the best candidate, matched or not
    std::string closestAsk;
    // A question (or, in a compound question, a part) about something the
    // scenario leaves to the candidate (Scenario::assumptions): the
    // interviewer says what to assume, after any facts the other parts asked for.
    const Assumption* leftOpen = nullptr;
    // Why no fact answers, in an author's terms ("it asks who owns or
    // decides something, and none of fact 'budget''s asks is such a
    // question"); empty when a fact answers.
    std::string declinedBecause;
    bool matched() const { return fact != nullptr; }
};

class ClarificationMatcher {
public:
    explicit ClarificationMatcher(const Scenario& scenario, ClarificationOptions options = {});

    ClarificationResult match(std::string_view question);

    // Every fact with its score, best first (ties keep the scenario's order).
    std::vector<FactScore> rank(std::string_view question);

    const ClarificationOptions& options() const { return m_options; }

private:
    struct FactModel {
        const Fact* fact = nullptr;
        std::vector<TermWeights> asks;  // one vector per phrasing (topic included)
        TermWeights pooled;             // all phrasings together
    };

    ClarificationResult matchOne(std::string_view question, std::string_view context = {});
    // Whether a fact already given scores within alreadyAnsweredMargin of
    // `partScore` on this part of a compound question.
    bool alreadyAnswered(std::string_view part, const std::vector<const Fact*>& given, double partScore);
    // The question's weighted stems and answer type, computed once per question.
    std::vector<FactScore> rank(const TermWeights& query, unsigned asked) const;
    std::vector<std::string> terms(std::string_view text);
    TermWeights weigh(const std::vector<std::string>& terms) const;
    double idf(const std::string& term) const;

    const Scenario& m_scenario;
    ClarificationOptions m_options;
    Stemmer m_stemmer;
    SynonymTable m_synonyms{m_stemmer};
    TypoRepair m_typos;  // knows every word of the facts, their asks and the assumptions' asks
    std::unordered_map<std::string, int> m_factFrequency;  // stem -> how many facts use it
    double m_maxIdf = 1;
    std::vector<FactModel> m_facts;
    std::vector<unsigned> m_answerTypes;  // per fact: AnswerType bits found in its answer
    std::vector<std::set<std::string>> m_factYears;  // per fact: the years its answer and asks name
    std::vector<bool> m_factAnswersWho;              // per fact: one of its asks is "who owns/approves ...?"
    std::vector<bool> m_factSpeaksOfThePast;         // per fact: its answer or asks describe an earlier time
    std::vector<std::set<std::string>> m_factCompanies;  // per fact: the other companies its answer and asks name
    std::vector<TermWeights> m_outOfScope; // questions no fact answers, weighted like asks
    struct AssumptionModel {
        const Assumption* assumption = nullptr;
        std::vector<TermWeights> asks;
    };
    std::vector<AssumptionModel> m_assumptions;
};

}  // namespace rehearse
