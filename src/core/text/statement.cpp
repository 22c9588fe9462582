// Sections: word lists | sentence shapes | clauses and stance | queries
#include "core/text/statement.hpp"

#include "core/text/dismissive_predicates.hpp"
#include "core/text/negation.hpp"
#include "core/text/reported_ideas.hpp"
#include "core/text/statement_scan.hpp"
#include "core/text/stop_words.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>

namespace rehearse {

namespace {

using statement_scan::dismissAttributed;
using statement_scan::dismissConceded;
using statement_scan::dismissalLength;
using statement_scan::dismissesWhatCameBefore;
using statement_scan::gapBefore;
using statement_scan::gapHasAny;
using statement_scan::isHarmClaim;
using statement_scan::isOneOf;
using statement_scan::kMaxScope;
using statement_scan::kSpeakers;
using statement_scan::Marker;
using statement_scan::Words;
using statement_scan::wordsAt;

// --- word lists -------------------------------------------------------------
// Unstemmed, lower-case, tested with `isOneOf` (statement_scan.hpp).


// Participles that reject their subject after a form of "be": "X can be skipped".
const Words kBeForms = {"be", "is", "are", "was", "were", "been", "being", "get", "gets"};
const Words kDismissedParticiples = {"skipped", "ignored",  "dropped", "deferred", "postponed",
                                         "omitted", "ditched",  "scrapped", "left",    "neglected"};

// After a negation, words that make it reject the subject: "X doesn't matter".
const Words kValueWords = {
    "matter", "matters", "mattered", "needed",   "necessary", "required", "important", "relevant", "useful",
    "helpful", "help",   "helps",    "worth",    "critical",  "essential", "crucial", "issue",     "issues",
    "concern", "concerns", "problem", "problems", "priority", "deal",     "apply",    "applies",   "work",
    "works",  "big",     "significant", "valuable", "warranted", "justified", "mandatory", "must",
    "ml",     "change",  "tell",    "make",     "move",     "improve",  "add",      "buy",      "affect",
    "part",   "ours",    "scale",   "needed"};

// After a negation, verbs that make it reject their object: "we don't need X".
const Words kUseVerbs = {"need", "use",   "want",   "bother", "require", "build",  "do",   "add",
                             "include", "worry", "plan", "recommend", "train", "deploy", "run",  "implement",
                             "care", "bother", "invest", "spend",  "consider", "expect", "justify", "track",
                             "monitor", "worried", "optimise", "optimize", "treat", "gate"};

// After a negation, verbs of opinion that pass it on to what follows: "I
// don't think we need X" says "we don't need X"; "I don't believe
// calibration matters here" says "calibration doesn't matter".
const Words kOpinionVerbs = {"think", "believe", "feel", "reckon", "suppose", "see", "convinced"};

// Words skipped between a negation and what it negates: "is not really a concern".
const Words kNegationFiller = {"a",   "an",     "the",     "really", "very",   "that",  "so",    "even",
                                   "much", "strictly", "be",   "been",   "being",  "actually", "too", "all",
                                   "at",  "always", "necessarily", "particularly", "going", "to", "gonna",
                                   "longer", "any",  "of",    "an",     "that's", "terribly", "super", "overly",
                                   "real",   "major", "serious", "huge",  "something", "anything", "us",
                                   "really", "likely", "going", "i'd", "we'd", "i", "we", "you", "i'm", "we're",
                                   "our", "my", "your"};

// Pronouns that point back at what was named before: "skip it", "leave that out".
const Words kPointingBack = {"it", "them", "this", "that", "these", "those", "they"};

// Verbs that dismiss what follows: "skip X", "forget X".
const Words kDismissingVerbs = {"skip", "skipping", "forget", "forgetting", "ignore", "ignoring", "ditch",
                                    "ditching", "scrap", "scrapping", "omit", "omitting"};

// Words that negate what follows without dismissing it: "avoid X", "without X".
// ("Remove sold-out events", "exclude cancel-page visits" are remedies the
// candidate applies, so remove and exclude are not among them.)
const Words kNegatingWords = {"avoid", "avoiding", "prevent", "preventing", "without", "never", "nor",
                                  "neither", "no", "not", "cannot", "drop", "dropping"};

// Words after which a cue verb is a noun: "skip rate", "drop in usage", "drop-off".
const Words kNounUseAfter = {"rate", "rates", "ratio", "ratios", "count", "counts", "in", "off", "event",
                                 "events", "button", "buttons", "signal", "signals", "curve", "share"};

bool isNounUse(const AnalyzedText& text, std::size_t j, std::size_t end) {
    return j + 1 < end && isOneOf(text.tokens[j + 1].word, kNounUseAfter);
}

// Words that end a clause: what is rejected before them is not after them.
const Words kClauseWords = {"but", "while", "whereas", "although", "though", "because", "since",
                                "so", "however", "yet", "unless", "except", "whilst", "then"};

// Stem prefixes of problems a design handles rather than adopts.
const Words kProblemStems = {
    "leak",   "bias",    "overfit", "drift",   "skew",   "imbalanc", "delay",  "lag",     "stale",  "cold",
    "loop",   "fraud",   "spam",    "abus",    "nois",   "outag",    "failur", "regress", "duplic", "contamin",
    "shift",  "decay",   "attack",  "bot",     "manipul", "exploit", "adversari", "confound", "error", "mistak",
    "toxic",  "harm",    "collus",  "scam",    "fake",   "inflat",   "starv",  "bubbl",   "sparsiti", "spars",
    "cannib", "churn",   "latenc",  "timeout", "bottleneck", "misspel", "typo",
    // What goes wrong in systems built on language models.
    "hack",   "inject",  "jailbreak", "hallucin", "poison", "sycophan", "overload", "misus", "degrad"};

// Words that carry no content for judging substance: "use", "good", "also".
const Words kFiller = {
    "use",    "using",   "used",    "need",     "needed",   "needs",    "important", "key",    "also",
    "consider", "considering", "good", "better", "best",    "great",    "approach",  "approaches", "thing",
    "things", "stuff",   "etc",     "various",  "appropriate", "relevant", "standard", "robust", "leverage",
    "leveraging", "ensure", "handle", "make",   "sure",     "proper",   "properly",  "kind",   "lots",
    "lot",    "like",    "well",    "really",   "basically", "probably", "maybe",    "definitely", "simply",
    "simple", "overall", "general", "generally", "typical", "typically", "yes",      "ok",     "okay",
    "look",   "think",   "thinking", "want",    "stuff",    "solution", "system",   "strategy", "plan",
    "constraint", "constraints", "requirement", "requirements", "consideration", "considerations", "any",
    "concerns", "issues", "question", "questions", "stage", "point", "moment", "first", "now", "start"};

// Sentences that promise without saying: "monitor drift and retrain as needed".
const std::initializer_list<Words> kVaguePhrases = {
    {"as", "needed"},     {"if", "needed"},      {"when", "needed"},    {"as", "necessary"},
    {"if", "necessary"},  {"as", "appropriate"}, {"where", "appropriate"}, {"as", "required"},
    {"where", "relevant"}, {"and", "so", "on"},   {"best", "practices"}, {"best", "practice"},
    {"state", "of", "the", "art"}, {"industry", "standard"}, {"some", "kind", "of"}, {"cutting", "edge"},
    {"etc"},              {"various"},           {"leverage"},          {"leveraging"},
    {"standard", "techniques"}, {"the", "usual"}, {"to", "be", "considered"}, {"should", "be", "considered"},
    {"somehow"}, {"something", "like"}, {"key", "challenges"}, {"to", "be", "handled"}, {"to", "be", "addressed"}, {"will", "be", "explored"}};

bool isNegator(std::string_view word) {
    if (isOneOf(word, {"not", "never", "no", "nor", "neither", "cannot", "dont", "doesnt", "isnt", "arent", "wont",
                       "cant", "shouldnt", "wouldnt", "didnt"}))
        return true;
    return word.size() > 3 && word.compare(word.size() - 3, 3, "n't") == 0;
}

bool hasDigit(std::string_view word) {
    return std::any_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool isContentWord(std::string_view word) { return !isStopWord(word) && !isOneOf(word, kFiller); }

// --- sentence shapes --------------------------------------------------------

// Verbs that open an instruction over a list: "Monitor index lag, QPS, latency".
const Words kListVerbs = {"monitor", "track", "watch", "alert", "measure", "log", "slice", "segment", "retrain", "sample",
                          "dedupe", "deduplicate", "cache", "precompute", "refresh"};

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

void shapeSentence(const AnalyzedText& text, std::size_t s, SentenceShape& shape, std::vector<std::size_t>& itemOf) {
    const TextSpan& span = text.sentences[s];
    std::string_view raw = trimmed(std::string_view(text.source).substr(span.begin, span.end - span.begin));
    while (!raw.empty() && (raw.front() == '-' || raw.front() == '*' || raw.front() == '>')) raw = trimmed(raw.substr(1));

    std::string_view tail = raw;
    while (!tail.empty() && (tail.back() == ')' || tail.back() == '"' || tail.back() == '*' || tail.back() == '_'))
        tail.remove_suffix(1);
    shape.question = !tail.empty() && tail.back() == '?';
    shape.heading = (!raw.empty() && raw.front() == '#') || (!tail.empty() && tail.back() == ':') ||
                    (raw.size() > 4 && raw.compare(0, 2, "**") == 0 && raw.compare(raw.size() - 2, 2, "**") == 0);

    // List items: parts between commas, semicolons or bars, after a "Label:" prefix.
    const std::size_t first = shape.firstToken, end = shape.endToken;
    std::size_t start = first;
    for (std::size_t i = first + 1; i < end && i <= first + 4; ++i)
        if (gapHasAny(gapBefore(text, i), ":")) { start = i; break; }
    std::size_t item = 0, items = 0, shortItems = 0, commas = 0;
    bool prose = false;
    for (std::size_t i = start + 1; i < end; ++i) commas += gapHasAny(gapBefore(text, i), ",;|");
    const bool labelled = start > first;
    shape.labelEnd = start;
    std::size_t itemStart = first;
    const auto closeItem = [&](std::size_t itemEnd) {
        if (itemEnd == itemStart) return;
        bool digit = false;
        for (std::size_t i = itemStart; i < itemEnd; ++i) digit = digit || hasDigit(text.tokens[i].word);
        ++items;
        if (itemEnd - itemStart <= 3 && !digit) ++shortItems;
        // "a canary on 5% of traffic with live monitors on parse failures":
        // a long item with a figure is prose, whatever its neighbours are.
        if (itemEnd - itemStart >= 6 && digit) prose = true;
    };
    for (std::size_t i = first; i < end; ++i) {
        const bool split = (i == start && start > first) ||
                           (i > start && (gapHasAny(gapBefore(text, i), ",;|:") ||
                                          (commas >= 1 && isOneOf(text.tokens[i].word, {"and", "or"}))));
        if (split) {
            closeItem(i);
            itemStart = isOneOf(text.tokens[i].word, {"and", "or"}) ? i + 1 : i;
            ++item;
        }
        itemOf[i] = item;
    }
    closeItem(end);
    if (labelled && items > 0) {  // the label is not an item of the list
        --items;
        if (start - first <= 3) --shortItems;
    }
    // "Monitor index lag, QPS, latency": a verb that says what is done to
    // every item makes the list an instruction, not a dump of terms.
    // So does a label naming such a verb: "Monitoring: TTFT, queue depth, refusal rate".
    const std::size_t lead = afterSpeaker(text, first, end);
    bool instruction = !labelled && lead < end && isOneOf(text.tokens[lead].word, kListVerbs);
    for (std::size_t i = first; labelled && i < start && !instruction; ++i)
        for (std::string_view verb : kListVerbs)
            if (text.tokens[i].word.compare(0, verb.size(), verb) == 0) instruction = true;
    // "Rollout in shadow, then per policy and per market": a sequence is a plan.
    for (std::size_t i = first + 1; i < end && !instruction; ++i) instruction = text.tokens[i].word == "then";
    // "We'd track AUC, log loss, NE, calibration, CTR, RPM, ROI and
    // engagement": past six items a verb no longer makes a plan of a dump.
    shape.list = items >= 3 && shortItems * 3 >= items * 2 && (!instruction || items > 6) && !prose;

    bool digit = false;
    for (std::size_t i = first; i < end; ++i) digit = digit || hasDigit(text.tokens[i].word);
    if (!digit)
        for (std::size_t i = first; i < end && !shape.vague; ++i)
            for (const Words& phrase : kVaguePhrases)
                if (wordsAt(text, i, end, phrase)) { shape.vague = true; break; }
}

// --- clauses and stance -----------------------------------------------------

// Whether words [from, to) hold content; only the kMaxScope words nearest the
// cue count (the end of the range when `cueAfter`, else its start).
bool hasContent(const AnalyzedText& text, std::size_t from, std::size_t to, bool cueAfter) {
    if (to > from + kMaxScope) {
        if (cueAfter) from = to - kMaxScope;
        else to = from + kMaxScope;
    }
    for (std::size_t i = from; i < to; ++i)
        if (isContentWord(text.tokens[i].word) && !isOneOf(text.tokens[i].word, {"it", "this", "that", "seems"}))
            return true;
    return false;
}

// Rejects what a dismissal at `cue` (first word of the predicate) refers back to.
// Whether words [from, to) are only pronouns pointing back: "it", "that".
bool onlyPronouns(const AnalyzedText& text, std::size_t from, std::size_t to) {
    if (from >= to) return false;
    for (std::size_t i = from; i < to; ++i)
        if (!isOneOf(text.tokens[i].word, kPointingBack)) return false;
    return true;
}

// "repeat it", "to build them": an "it" or "them" within the next three
// words points back at what was named before ("that" may be a determiner).
bool pointsBackSoon(const AnalyzedText& text, std::size_t from, std::size_t end) {
    for (std::size_t i = from; i < end && i < from + 3; ++i)
        if (isOneOf(text.tokens[i].word, {"it", "them"})) return true;
    return false;
}

// The particle that closes what a phrasal verb at `j` takes ("leave photos
// out", "turn streaming off"): its index within `reach` words, past at least
// one word, or `end` when there is none.
std::size_t particleAfter(const AnalyzedText& text, std::size_t j, std::size_t end, std::size_t reach, Words particles) {
    for (std::size_t k = j + 2; k < end && k <= j + reach; ++k)
        if (isOneOf(text.tokens[k].word, particles)) return k;
    return end;
}

// Whether tokens [from, to) are an aside that judges nothing: "I think",
// "frankly", "in my experience", "to my mind".
bool isAside(const AnalyzedText& text, std::size_t from, std::size_t to) {
    static const Words kAsideWords = {"i",     "think", "frankly", "honestly", "in",       "my",      "experience",
                                      "to",    "mind",  "view",    "opinion",  "i'd",      "say",     "guess",
                                      "believe", "suspect", "candidly", "arguably", "admittedly", "personally"};
    if (from >= to) return false;
    for (std::size_t i = from; i < to; ++i)
        if (!isOneOf(text.tokens[i].word, kAsideWords)) return false;
    return true;
}

// The clause before `clause` once asides are stepped over: the subject of a
// verdict written "X is, I think, overthinking".
std::size_t clauseBeforeAsides(const AnalyzedText& text, const std::vector<std::pair<std::size_t, std::size_t>>& clauses,
                               std::size_t clause) {
    std::size_t target = clause - 1;
    while (target > 0 && isAside(text, clauses[target].first, clauses[target].second)) --target;
    return target;
}

// Whether tokens [from, to) join list items: the last items of a list.
bool joinsItems(const AnalyzedText& text, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i)
        if (isOneOf(text.tokens[i].word, {"and", "or"})) return true;
    return false;
}

// With `pronoun` ("..., so I'd ignore it"), the sentence's subject is also
// what the pronoun may stand for: "The survey reaches a tiny slice of
// sessions, a third of which answer, so I'd ignore it".
void dismissBackward(const AnalyzedText& text, const std::vector<std::pair<std::size_t, std::size_t>>& clauses,
                     std::size_t clause, std::size_t cue, std::size_t sentence, Marker& marker,
                     Stance kind = Stance::Dismissed, bool pronoun = false) {
    const std::size_t start = clauses[clause].first;
    // "Query rewriting, a glossary, ownership tables: all premature": a
    // verdict right after a colon judges the whole list before it.
    if (clause > 0 && gapHasAny(gapBefore(text, start), ":")) {
        bool leads = true;
        for (std::size_t i = start; i < cue && leads; ++i)
            leads = isOneOf(text.tokens[i].word, {"all", "both", "each", "just", "mostly", "basically", "a", "an"});
        if (leads) {
            for (std::size_t c = 0; c < clause; ++c) marker.mark(clauses[c].first, clauses[c].second, kind, cue);
            return;
        }
    }
    const bool content = hasContent(text, start, cue, true);
    // "... (1 in 20,000) that they're basically noise": the subject stands in for it.
    for (std::size_t i = start; i < cue && !content && !pronoun; ++i)
        pronoun = isOneOf(text.tokens[i].word, {"it", "they", "it's", "they're"});
    if (clause > 0 && pronoun) {  // "..., so the model doesn't need them"
        marker.mark(clauses[clause - 1].first, clauses[clause - 1].second, kind, cue);
        marker.markWhole(clauses[0].first, clauses[0].second, kind, cue);
        return;
    }
    if (content) {  // the whole subject, however long: "Worrying about label delay for accounts that ... is overthinking it"
        marker.markWhole(start, cue, kind, cue);
        // "Prompt injection via wiki text is, frankly, a red-team curiosity":
        // past an aside, the subject is the clause before it.
        if (clause > 1 && isAside(text, clauses[clause - 1].first, clauses[clause - 1].second)) {
            const std::size_t target = clauseBeforeAsides(text, clauses, clause);
            marker.mark(clauses[target].first, clauses[target].second, kind, cue);
        }
        // "Heads for comments, shares and negative feedback is overkill": the
        // clause holds only the last items of a list that is the subject,
        // so the earlier items are rejected too, back to the list's head.
        // Not "We use PR-AUC, and calibration is overkill", a clause of its own.
        if (clause > 0 && cue - start <= 5 && !isOneOf(text.tokens[start].word, kClauseWords) &&
            !isOneOf(text.tokens[start].word, {"and", "or"}) && gapHasAny(gapBefore(text, start), ",")) {
            const bool lastItems = joinsItems(text, start + 1, cue);
            for (std::size_t c = clause; lastItems && c > 0; --c) {
                const auto& [from, to] = clauses[c - 1];
                marker.mark(from, to, kind, cue);
                if (to - from > 4 || isOneOf(text.tokens[from].word, {"and", "or"}) ||
                    !gapHasAny(gapBefore(text, from), ","))
                    break;
            }
        }
        return;
    }
    if (clause > 0) {  // "Calibration: not needed"
        // "X is, I think, overthinking", "X is, frankly, a curiosity": an
        // aside between the subject and its verdict judges nothing.
        const std::size_t target = clauseBeforeAsides(text, clauses, clause);
        if (target != clause - 1) {
            marker.mark(clauses[target].first, clauses[target].second, kind, cue);
            // "Graph features over devices, phones and payments are, in my
            // experience, more trouble than they are worth": the clause holds
            // the last items of a list that is the subject.
            const bool lastItems = joinsItems(text, clauses[target].first, clauses[target].second);
            for (std::size_t c = target; lastItems && c > 0; --c) {
                if (!gapHasAny(gapBefore(text, clauses[c].first), ",")) break;
                marker.mark(clauses[c - 1].first, clauses[c - 1].second, kind, cue);
            }
            return;
        }
        marker.mark(clauses[clause - 1].first, clauses[clause - 1].second, kind, cue);
        // "A classifier for signage, to stop it blurring shop names, is
        // overkill": an aside between the subject and its predicate.
        if (clause > 1 && isOneOf(text.tokens[clauses[clause - 1].first].word, {"to", "which", "like", "including"}))
            marker.mark(clauses[clause - 2].first, clauses[clause - 2].second, kind, cue);
        return;
    }
    if (sentence > 0) {  // "Shadow mode? Overkill."
        const SentenceShape& previous = text.shapes[sentence - 1];
        if (previous.question || previous.heading || previous.endToken - previous.firstToken <= 6)
            marker.mark(previous.firstToken, previous.endToken, kind, cue);
    }
}

// Whether tokens [from, end) hold a limit on an amount, a time or a
// frequency ("longer than five minutes", "more than 3 ads", "more often
// than weekly", "beyond 30 days").
bool negatesALimit(const AnalyzedText& text, std::size_t from, std::size_t end) {
    static const Words kAmounts = {"a",   "an",    "one",   "two",    "three",  "four",   "five",    "six",
                                   "seven", "eight", "nine", "ten",  "twenty", "thirty", "hundred", "few",
                                   "once", "twice", "daily", "weekly", "monthly", "hourly", "yearly", "quarterly"};
    for (std::size_t i = from; i < end; ++i) {
        std::size_t after = 0;
        if (wordsAt(text, i, end, {"longer", "than"}) || wordsAt(text, i, end, {"more", "than"}) ||
            wordsAt(text, i, end, {"later", "than"}) || wordsAt(text, i, end, {"older", "than"}))
            after = i + 2;
        else if (wordsAt(text, i, end, {"more", "often", "than"}))
            after = i + 3;
        else if (isOneOf(text.tokens[i].word, {"beyond", "past", "exceeding"}))
            after = i + 1;
        if (after == 0 || after >= end) continue;
        const std::string& next = text.tokens[after].word;
        if (std::isdigit(static_cast<unsigned char>(next[0])) || isOneOf(next, kAmounts)) return true;
    }
    return false;
}

void analyzeClauses(const AnalyzedText& text, std::size_t s, Marker& marker, bool& rejects) {
    const SentenceShape& shape = text.shapes[s];
    dismissAttributed(text, shape, marker, rejects);
    dismissConceded(text, shape, marker, rejects);
    std::vector<std::pair<std::size_t, std::size_t>> clauses;
    std::size_t start = shape.firstToken;
    for (std::size_t i = shape.firstToken + 1; i < shape.endToken; ++i) {
        const std::string_view gap = gapBefore(text, i);
        const bool boundary = gapHasAny(gap, ",:;()[]") || gap.find(" - ") != std::string_view::npos ||
                              gap.find("\xE2\x80\x94") != std::string_view::npos ||   // em dash
                              gap.find("\xE2\x80\x93") != std::string_view::npos ||   // en dash
                              isOneOf(text.tokens[i].word, kClauseWords);
        if (boundary) {
            clauses.emplace_back(start, i);
            start = i;
        }
    }
    if (start < shape.endToken) clauses.emplace_back(start, shape.endToken);

    for (std::size_t c = 0; c < clauses.size(); ++c) {
        const auto [begin, end] = clauses[c];
        for (std::size_t j = begin; j < end; ++j) {
            const std::string& word = text.tokens[j].word;
            // Backward: "X is unnecessary", "X says little", "X can be skipped".
            bool backward = dismissesWhatCameBefore(text, j, end) ||
                            (isOneOf(word, kBeForms) && j + 1 < end &&
                             isOneOf(text.tokens[j + 1].word, kDismissedParticiples));
            if (isHarmClaim(text, j, end)) {
                rejects = true;
                dismissBackward(text, clauses, c, j, s, marker, Stance::Negated);
                continue;
            }
            // "exploration would hurt, so skip it": the pronoun points back.
            bool pronoun = false;
            if (isOneOf(word, kDismissingVerbs) && !isNounUse(text, j, end)) {
                std::size_t k = j + 1;
                while (k < end && isOneOf(text.tokens[k].word, {"about", "with", "on"})) ++k;
                pronoun = k < end && isOneOf(text.tokens[k].word, kPointingBack);
                backward = backward || k >= end || pronoun;
            }
            if (backward) {
                rejects = true;
                dismissBackward(text, clauses, c, j, s, marker, Stance::Dismissed, pronoun);
                continue;
            }
            // "I'd leave photos out of the first version", "leave that out".
            // "Recipient signals I'd leave out too": what came before.
            if ((word == "leave" || word == "leaving") && j + 1 < end && text.tokens[j + 1].word == "out" &&
                !hasContent(text, j + 2, end, false)) {
                rejects = true;
                dismissBackward(text, clauses, c, j, s, marker);
                continue;
            }
            // "I'd leave photos out of the first version", "leave that alone",
            // "turn streaming off", "replace the logistic regression with a
            // transformer": what the verb takes before its particle.
            std::size_t particle = end;
            if (word == "leave" || word == "leaving") particle = particleAfter(text, j, end, 6, {"out", "alone"});
            else if (word == "turn") particle = particleAfter(text, j, end, 4, {"off"});
            else if (word == "replace") particle = particleAfter(text, j, end, kMaxScope, {"with"});
            if (particle < end) {
                rejects = true;
                // "..., so I'd leave them out": the pronoun may stand for the
                // sentence's subject (not "detect PII and replace it with
                // placeholders", where what is replaced is the harm).
                if (onlyPronouns(text, j + 1, particle))
                    dismissBackward(text, clauses, c, j, s, marker, Stance::Dismissed, word != "replace");
                else marker.mark(j + 1, particle, Stance::Dismissed, j);
                continue;
            }
            // Forward: "skip X", "instead of X", "rather than X", "no need for X".
            const bool insteadOf = (word == "instead" && j + 1 < end && text.tokens[j + 1].word == "of") ||
                                   (word == "rather" && j + 1 < end && text.tokens[j + 1].word == "than") ||
                                   (word == "in" && wordsAt(text, j, end, {"in", "place", "of"}));
            if (insteadOf || (isOneOf(word, kDismissingVerbs) && !isNounUse(text, j, end))) {
                rejects = true;
                marker.mark(j + 1, end, Stance::Dismissed, j);
                continue;
            }
            if (isNegator(word)) {
                // "We never cache suggestions longer than five minutes": a
                // negated limit bounds the idea, it does not reject it.
                if (negatesALimit(text, j + 1, end)) continue;
                rejects = true;
                std::size_t k = j + 1;
                while (k < end && isOneOf(text.tokens[k].word, kNegationFiller)) ++k;
                if (k < end && (text.tokens[k].word == "only" || text.tokens[k].word == "just")) continue;
                bool opinion = false;
                if (k < end && isOneOf(text.tokens[k].word, kOpinionVerbs)) {
                    opinion = true;
                    ++k;
                    while (k < end && isOneOf(text.tokens[k].word, kNegationFiller)) ++k;
                }
                // "I don't see much value in X", "no real point in X".
                if (k < end && isOneOf(text.tokens[k].word, {"value", "point", "benefit", "sense"})) {
                    if (hasContent(text, k + 1, end, false) && !pointsBackSoon(text, k + 1, end))
                        marker.markWhole(k + 1, end, Stance::Dismissed, j);  // the whole list it names
                    else
                        dismissBackward(text, clauses, c, j, s, marker, Stance::Dismissed, true);
                    continue;
                }
                if (opinion && k < end && !isOneOf(text.tokens[k].word, kValueWords) &&
                    !isOneOf(text.tokens[k].word, kUseVerbs)) {
                    // "I don't think calibration matters": the subject, then its value word.
                    std::size_t value = k;
                    const std::size_t reach = std::min(end, k + kMaxScope);
                    while (value < reach && !isOneOf(text.tokens[value].word, kValueWords)) ++value;
                    if (value < reach && onlyPronouns(text, k, value)) {
                        // "People mention X, but I don't think it matters": "it" is the clause before.
                        dismissBackward(text, clauses, c, j, s, marker);
                        continue;
                    }
                    if (value < reach) {
                        marker.mark(k, value, Stance::Dismissed, j);
                        continue;
                    }
                }
                if (k < end && isOneOf(text.tokens[k].word, kValueWords)) {
                    dismissBackward(text, clauses, c, j, s, marker);  // "X doesn't matter"
                } else if (k < end && (isOneOf(text.tokens[k].word, kUseVerbs))) {
                    // "we don't need X", "no need for X"; with no X, the subject: "X isn't something to plan"
                    if (hasContent(text, k + 1, end, false)) marker.mark(k + 1, end, Stance::Dismissed, j);
                    // "X doesn't need its own metric": a thing, not a person, is the subject.
                    // "..., so no need to repeat it": "it" is what came before.
                    if (!hasContent(text, k + 1, end, false) || hasContent(text, begin, j, true) ||
                        pointsBackSoon(text, k + 1, end))
                        dismissBackward(text, clauses, c, j, s, marker, Stance::Dismissed,
                                        pointsBackSoon(text, k + 1, end));
                } else {
                    // "no X needed" dismisses; "no leakage" and "not accuracy" only negate.
                    std::size_t needed = k;
                    const std::size_t reach = std::min(end, k + kMaxScope);
                    while (needed < reach && !isOneOf(text.tokens[needed].word, {"needed", "required", "necessary"}))
                        ++needed;
                    if (needed == reach) needed = end;
                    // "downsample the views with no action and reweight": "with
                    // no" describes the noun before it; what follows "and" is the plan.
                    std::size_t negatedEnd = end;
                    if (word == "no" && j > 0 && text.tokens[j - 1].word == "with")
                        for (std::size_t a = j + 2; a < end && negatedEnd == end; ++a)
                            if (isOneOf(text.tokens[a].word, {"and", "or", "to", "so", "then"})) negatedEnd = a;
                    if (needed < end) marker.mark(j + 1, needed, Stance::Dismissed, j);
                    else marker.mark(j + 1, negatedEnd, Stance::Negated, j);
                }
                continue;
            }
            if (isOneOf(word, kNegatingWords) && !isNounUse(text, j, end)) {
                rejects = true;
                // "..., so I'd drop them": what came before is negated (a
                // problem dropped stays a problem handled).
                if (isOneOf(word, {"drop", "dropping", "avoid"}) && pointsBackSoon(text, j + 1, end) &&
                    !hasContent(text, j + 1, end, false)) {
                    dismissBackward(text, clauses, c, j, s, marker, Stance::Negated, true);
                    continue;
                }
                // "To avoid reward hacking we keep a KL penalty": the purpose
                // clause ends where its main clause's subject begins.
                std::size_t scopeEnd = j + 2;
                while (scopeEnd < end && !isOneOf(text.tokens[scopeEnd].word, {"we", "i", "they", "you"})) ++scopeEnd;
                marker.mark(j + 1, std::min(scopeEnd, end), Stance::Negated, j);
            }
        }
    }
}

// "Spam trap labels", "trap hits": the honeypot addresses mail systems
// run, not "a trap" (a pitfall) that rejects the sentence.
bool namesSpamTrap(const AnalyzedText& text, std::size_t i) {
    if (text.tokens[i].word != "trap") return false;
    if (i > 0 && isOneOf(text.tokens[i - 1].word, {"spam", "honeypot", "honey"})) return true;
    return i + 1 < text.tokens.size() &&
           isOneOf(text.tokens[i + 1].word,
                   {"hits", "hit", "addresses", "address", "accounts", "labels", "feed", "feeds", "data", "mail"});
}

}  // namespace

void analyzeStatements(AnalyzedText& text) {
    const std::size_t n = text.tokens.size();
    text.stance.assign(n, Stance::Affirmed);
    text.itemOf.assign(n, 0);
    text.cueOf.assign(n, 0);
    text.shapes.assign(text.sentences.size(), SentenceShape{});
    for (std::size_t i = 0; i < n; ++i) {
        SentenceShape& shape = text.shapes[text.sentenceOf[i]];
        if (shape.endToken == 0) shape.firstToken = i;
        shape.endToken = i + 1;
    }
    for (std::size_t s = 0; s < text.shapes.size(); ++s) shapeSentence(text, s, text.shapes[s], text.itemOf);
    Marker marker{text.stance, text.cueOf};
    for (std::size_t s = 0; s < text.shapes.size(); ++s) {
        bool rejects = false;
        analyzeClauses(text, s, marker, rejects);
        for (std::size_t i = text.shapes[s].firstToken; i < text.shapes[s].endToken && !rejects; ++i)
            rejects = isNegationCue(text.tokens[i].word) && !namesSpamTrap(text, i);
        text.shapes[s].rejects = rejects;
    }
}

// --- queries ----------------------------------------------------------------

std::size_t afterSpeaker(const AnalyzedText& text, std::size_t firstToken, std::size_t endToken) {
    std::size_t i = firstToken;
    while (i < endToken && i < firstToken + 3 &&
           (isOneOf(text.tokens[i].word, kSpeakers) || isOneOf(text.tokens[i].word, {"would", "will", "also", "then"})))
        ++i;
    return i;
}

Stance stanceOver(const AnalyzedText& text, std::size_t first, std::size_t end, std::string* cue,
                  const std::vector<std::string>* phraseStems) {
    Stance strongest = Stance::Affirmed;
    std::size_t cueToken = 0;
    for (std::size_t i = first; i < end && i < text.stance.size(); ++i) {
        // A cue inside the phrase is the phrase's own word: "couldn't find",
        // "no repeat contact". Not one the phrase's words merely surround:
        // "launch with no shadow mode" is not the phrase "shadow launch".
        const std::size_t at = text.cueOf[i];
        const bool ownCue = at >= first && at < end &&
                            (!phraseStems || std::find(phraseStems->begin(), phraseStems->end(), text.stems[at]) !=
                                                 phraseStems->end());
        if (text.stance[i] > strongest && !ownCue) {
            strongest = text.stance[i];
            cueToken = text.cueOf[i];
        }
    }
    if (cue && strongest != Stance::Affirmed) {
        // The cue word and, for a predicate, the words it takes: "is unnecessary", "doesn't matter".
        std::size_t from = cueToken, to = cueToken + 1;
        const std::size_t sentenceEnd = text.shapes[text.sentenceOf[cueToken]].endToken;
        if (from > 0 && isOneOf(text.tokens[from - 1].word, kBeForms)) --from;
        while (to < sentenceEnd && to < cueToken + 3 && isOneOf(text.tokens[to].word, kNegationFiller)) ++to;
        if (to < sentenceEnd && to <= cueToken + 3 &&
            (isOneOf(text.tokens[to].word, kValueWords) || isOneOf(text.tokens[to].word, kUseVerbs) ||
             isOneOf(text.tokens[to].word, {"of", "than", "little", "wait", "for"})))
            ++to;
        // A dismissal of several words is quoted whole: "operational overhead", not "operational".
        to = std::max(to, std::min(sentenceEnd, cueToken + dismissalLength(text, cueToken, sentenceEnd)));
        *cue = text.source.substr(text.tokens[from].begin, text.tokens[to - 1].end - text.tokens[from].begin);
    }
    return strongest;
}

bool namesProblem(const std::vector<std::string>& stems) {
    for (const std::string& stem : stems)
        for (std::string_view problem : kProblemStems)
            if (stem.compare(0, problem.size(), problem) == 0) return true;
    return false;
}

const char* missingSubstance(const AnalyzedText& text, std::size_t first, std::size_t end, bool questionsCount,
                             bool phraseEnumerates) {
    const SentenceShape& shape = text.shapes[text.sentenceOf[first]];
    if (shape.question && !questionsCount) return "a question, not a decision";
    if (shape.question && (shape.endToken - shape.firstToken < 4 || shape.list)) return "a bare question";
    if (shape.heading) return "a heading";
    // "Slices: merchant size, country, card type": the label names what the
    // list spells out, so the label is stated; an item alone is not.
    const bool inLabel = first < shape.labelEnd;
    // "covering precision, recall, F1": a phrase that spans two items of a
    // list is two bare terms, not the idea "precision-recall".
    if (shape.list && !inLabel && !phraseEnumerates && end > first && text.itemOf[first] != text.itemOf[end - 1])
        return "items of a bare list";
    if (shape.list && !inLabel) {
        std::size_t from = first, to = end;
        while (from > shape.firstToken && text.itemOf[from - 1] == text.itemOf[first]) --from;
        while (to < shape.endToken && text.itemOf[to] == text.itemOf[first]) ++to;
        bool digit = false;
        for (std::size_t i = from; i < to; ++i) digit = digit || hasDigit(text.tokens[i].word);
        // "meaningful social interactions, i.e. comments, replies and
        // reshares": the items after "i.e." spell out the one before.
        const std::size_t e = shape.endToken;
        const bool explained = wordsAt(text, to, e, {"i", "e"}) || wordsAt(text, to, e, {"e", "g"}) ||
                               wordsAt(text, to, e, {"such", "as"}) || wordsAt(text, to, e, {"including"}) ||
                               wordsAt(text, to, e, {"that", "is"});
        if (to - from <= 3 && !digit && !explained) return "an item of a bare list";
    }
    if (shape.vague) return "a vague promise";
    return nullptr;
}

}  // namespace rehearse
