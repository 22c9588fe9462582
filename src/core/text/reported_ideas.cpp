#include "core/text/reported_ideas.hpp"

namespace rehearse::statement_scan {

namespace {

// Words that grant an idea its reputation before turning on it: "X is
// popular, but ...", "X sounds nice in a paper, but ...".
const Words kReputation = {"popular", "hype", "hyped", "mentioned", "recommended", "touted", "praised",
                           "fashionable", "trendy", "fashion", "described", "heard", "celebrated", "buzz",
                           "textbook", "elegant"};
const std::initializer_list<Words> kReputationPhrases = {
    {"on", "paper"}, {"in", "theory"}, {"in", "a", "paper"}, {"is", "fair"}, {"are", "fair"},
    {"would", "be", "nice"}, {"comes", "up"}, {"come", "up"}, {"people", "ask"}, {"one", "day"}};
const Words kAppealing = {"nice", "clever", "good", "great", "responsible", "appealing", "elegant", "attractive",
                          "smart", "reasonable", "impressive", "fancy", "principled", "sophisticated", "neat",
                          "prudent", "sensible", "powerful", "flexible"};
// What the crowd's idea is called: "the standard advice", "the standard answer".
const Words kStockAdvice = {"advice", "answer", "setup", "approach", "recipe", "playbook"};
// Reputations that disown the idea even with no "but" after them: "X gets
// mentioned as the yardstick", "X is what many would propose".
const std::initializer_list<Words> kDisowning = {
    {"gets", "mentioned"}, {"get", "mentioned"}, {"often", "mentioned"}, {"mentioned", "a", "lot"},
    {"come", "up", "a", "lot"}, {"comes", "up", "a", "lot"}, {"textbook"}, {"many", "would"},
    {"often", "recommended"}, {"is", "often", "recommended"}, {"on", "a", "whiteboard"}};
// Words after the turn that keep the idea after all: "..., but we still need it".
const Words kKeptAfterAll = {"still", "worth", "necessary", "essential", "needed", "required", "must", "pays"};

bool grantsReputation(const AnalyzedText& text, std::size_t i, std::size_t end) {
    const std::string& word = text.tokens[i].word;
    if (isOneOf(word, kReputation)) return true;
    for (const Words& phrase : kReputationPhrases)
        if (wordsAt(text, i, end, phrase)) return true;
    if (word == "standard")
        for (std::size_t k = i + 1; k < end && k <= i + 2; ++k)
            if (isOneOf(text.tokens[k].word, kStockAdvice)) return true;
    if (isOneOf(word, {"sound", "sounds", "sounded"}))
        for (std::size_t k = i + 1; k < end && k <= i + 2; ++k)
            if (isOneOf(text.tokens[k].word, kAppealing)) return true;
    return false;
}

bool disowns(const AnalyzedText& text, std::size_t i, std::size_t end) {
    for (const Words& phrase : kDisowning)
        if (wordsAt(text, i, end, phrase)) return true;
    return i + 1 < end && text.tokens[i].word == "standard" && isOneOf(text.tokens[i + 1].word, kStockAdvice);
}

}  // namespace

// "Some would add past contacts to the context", "People often point out
// that X, but ...": an idea put in others' mouths is one the writer does not
// hold, up to where the writer speaks again ("but", "I", "we").
void dismissAttributed(const AnalyzedText& text, const SentenceShape& shape, Marker& marker, bool& rejects) {
    std::size_t first = shape.firstToken;
    const std::size_t end = shape.endToken;
    // "And people talk about ...": a connective before the crowd.
    while (first < end && isOneOf(text.tokens[first].word, {"and", "so", "but", "also", "then"})) ++first;
    if (first >= end || !isOneOf(text.tokens[first].word,
                                 {"some", "many", "others", "people", "most", "everyone", "everybody", "folks"}))
        return;
    std::size_t verb = first + 1;
    while (verb < end && verb <= first + 3 &&
           !isOneOf(text.tokens[verb].word,
                    {"would", "will", "might", "suggest", "suggests", "point", "recommend", "recommends", "propose",
                     "proposes", "say", "says", "argue", "argues", "like", "frame", "frames", "talk", "talks",
                     "mention", "mentions", "claim", "claims", "insist", "insists", "love", "swear", "raise",
                     "raises", "ask", "keep", "pitch", "pitches", "pitching", "bring", "brings", "warn", "warns"}))
        ++verb;
    if (verb >= end || verb > first + 3) return;
    // "Some things like child abuse material ...": "like" names examples
    // unless it is the crowd's verb ("People like to add ...").
    if (text.tokens[verb].word == "like" && !(verb + 1 < end && text.tokens[verb + 1].word == "to")) return;
    std::size_t stop = verb + 1;
    while (stop < end && !isOneOf(text.tokens[stop].word, kSpeakers) &&
           !isOneOf(text.tokens[stop].word, {"but", "instead"}))
        ++stop;
    rejects = true;
    marker.mark(verb + 1, stop, Stance::Dismissed, verb);
}

// "Multi-task networks get a lot of hype, but in practice they're a pain",
// "Gradient-boosted trees get recommended constantly, yet the logistic
// regression is fine": an idea granted its reputation and then turned on is
// rejected, up to the turn. Only where the reputation comes before a "but"
// or "yet" and nothing after the turn keeps the idea. Some reputations
// disown the idea without a turn ("X gets mentioned as the yardstick"), as
// long as the writer does not take it up in the same sentence.
void dismissConceded(const AnalyzedText& text, const SentenceShape& shape, Marker& marker, bool& rejects) {
    const std::size_t first = shape.firstToken, end = shape.endToken;
    std::size_t turn = first;
    while (turn < end && !isOneOf(text.tokens[turn].word, {"but", "yet", "though", "although", "however"})) ++turn;
    std::size_t reputation = turn;
    if (turn < end && turn > first) {
        for (std::size_t i = first; i < turn && reputation == turn; ++i)
            if (grantsReputation(text, i, turn)) reputation = i;
        if (reputation == turn) return;
        for (std::size_t i = turn + 1; i < end; ++i)
            if (isOneOf(text.tokens[i].word, kKeptAfterAll)) return;
    } else if (turn >= end) {
        for (std::size_t i = first; i < end && reputation == turn; ++i)
            if (disowns(text, i, end)) reputation = i;
        if (reputation == turn) return;
        for (std::size_t i = reputation; i < end; ++i)
            if (isOneOf(text.tokens[i].word, kSpeakers)) return;
        turn = reputation;
    } else {
        return;
    }
    // The idea is in the clause the reputation belongs to: "Watch out for
    // leakage: ..." before it is a clause of its own; but "A, B and C: all
    // reasonable in theory" names its ideas before the colon.
    std::size_t from = first;
    for (std::size_t i = first + 1; i <= reputation; ++i)
        if (gapHasAny(gapBefore(text, i), ":;") && reputation - i > 2) from = i;
    rejects = true;
    // In pieces: a long list of ideas is rejected whole, each piece within the marker's reach.
    marker.markWhole(from, turn, Stance::Dismissed, reputation);
}

}  // namespace rehearse::statement_scan
