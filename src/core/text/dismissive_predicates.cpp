// Predicates that reject the idea before them: "X is unnecessary", "X is
// a product concern", "a lot of machinery", and harms claimed for it.
#include "core/text/dismissive_predicates.hpp"

#include <string>

namespace rehearse::statement_scan {

namespace {

// Predicates that reject their subject: "X is unnecessary".
const Words kDismissive = {
    "unnecessary", "unneeded",    "needless",   "overkill",      "outdated",       "obsolete",     "optional",
    "academic",    "irrelevant",  "pointless",  "useless",       "overrated",      "premature",    "redundant",
    "misleading",  "meaningless", "unreliable", "overengineering", "overengineered", "overcomplicated",
    "deprecated",  "superfluous", "unimportant", "negligible",   "moot",           "overhyped",    "hype",
    "overstated",  "overblown",   "exaggerated", "toy",          "gimmick",        "fad",          "unrealistic",
    "overthinking", "overthink",  "overcomplicating", "cosmetic", "waste", "wasteful", "distraction", "wastes",
    "excessive",   "arbitrary",   "theoretical", "paranoid",     "overcautious", "luxury",     "niche",
    "trendy",      "fashionable", "fuzzy",       "fiddly",       "luxuries",     "overcomplicates", "overcomplicate",
    "tinkering",   "ceremony",    "guesswork",  "headache",     "creepy",       "academics",
    "nightmare",   "painful",     "pedantic",   "busywork",     "editorialising", "editorializing",
    "relic",       "paranoia",    "perfectionism", "toys",       "loophole",     "headaches",
    "bureaucracy", "bureaucratic", "nitpicking", "theater", "theatre", "roundabout", "subjective",
    "hack", "fussy", "micromanagement", "purist", "paralysis", "curiosity", "unsound", "precious",
    "nicety", "indulgence", "buzzword"};

// Multi-word predicates that reject their subject: "X says little", "X can wait".
const std::initializer_list<Words> kDismissivePhrases = {
    {"say", "little"},   {"says", "little"},        {"tell", "little"},     {"tells", "little"},
    {"tell", "us", "little"}, {"can", "wait"},      {"nice", "to", "have"}, {"product", "decision"},
    {"business", "decision"}, {"out", "of", "scope"}, {"waste", "of"},      {"red", "herring"},
    {"too", "complex"},  {"too", "complicated"},    {"too", "expensive"},   {"too", "slow"},
    {"for", "later"},    {"for", "v2"},             {"in", "v2"},           {"a", "distraction"},
    {"not", "ml"},       {"isn't", "ml"},           {"nothing", "to", "do", "with"}, {"someone", "else's"},
    {"not", "our", "job"}, {"not", "our", "problem"}, {"edge", "case"},   {"is", "noise"},        {"are", "noise"},
    {"just", "noise"},   {"too", "noisy"},          {"to", "matter"},       {"research", "topic"},  {"research", "topics"},
    {"old", "fashioned"}, {"to", "bother"},         {"add", "complexity"},  {"adds", "complexity"},
    {"without", "much", "gain"}, {"not", "worth"}, {"edge", "cases"}, {"without", "benefit"}, {"no", "benefit"},
    {"too", "sparse"},  {"too", "costly"}, {"too", "risky"}, {"too", "hard"},
    {"wasted", "work"}, {"wasted", "effort"}, {"nice", "idea"}, {"sounds", "nice"}, {"more", "machinery"},
    {"more", "than", "we", "need"}, {"more", "than", "this", "needs"}, {"more", "than", "it", "needs"},
    {"for", "the", "business", "to"}, {"too", "basic"}, {"too", "strict"}, {"overly", "strict"},
    {"research", "trick"}, {"heavy", "machinery"}, {"over", "engineered"}, {"can", "come", "later"},
    {"when", "someone", "has", "time"}, {"when", "they", "have", "time"}, {"when", "we", "have", "time"},
    {"good", "on", "paper"}, {"big", "project"}, {"little", "gain"}, {"expensive", "and", "slow"}, {"not", "something", "for"},
    {"rabbit", "hole"}, {"more", "trouble", "than"},
    {"a", "pain", "to"}, {"too", "long", "to"}, {"soft", "numbers"}, {"fashion", "of"}, {"research", "project"},
    {"can", "be", "a", "generic"}, {"can", "be", "generic"}, {"only", "matters", "if"}, {"only", "matter", "if"},
    {"only", "needed", "if"}, {"sound", "nice"}, {"sound", "clever"}, {"sounds", "clever"}, {"little", "point"},
    {"no", "point"}, {"too", "narrow"}, {"than", "we", "need"}, {"implementation", "details"},
    {"implementation", "detail"}, {"research", "exercise"}, {"research", "exercises"}, {"slow", "and", "expensive"},
    {"is", "complicated"}, {"are", "complicated"}, {"old", "school"}, {"basically", "noise"}, {"mostly", "noise"},
    {"lose", "sleep"}, {"for", "no", "reason"}, {"for", "nothing"}, {"small", "gains"}, {"marginal", "gain"},
    {"marginal", "gains"}, {"sounds", "messy"}, {"sound", "messy"}, {"an", "odd"}, {"is", "odd"}, {"awkward", "questions"},
    {"multiply", "the", "work"}, {"multiplies", "the", "work"}, {"hard", "to", "attribute"},
    {"science", "project"}, {"no", "practical", "gain"}, {"obsess", "over"}, {"add", "noise"}, {"adds", "noise"},
    {"delay", "shipping"}, {"delays", "shipping"}, {"hair", "splitting"}, {"splitting", "hairs"},
    {"plays", "with"}, {"play", "with"}, {"nice", "to", "haves"}, {"little", "benefit"}, {"barely", "move"},
    {"whenever", "someone"}, {"modest", "gains"}, {"extra", "plumbing"},
    {"rather", "avoid"}, {"over", "analysis"}, {"research", "metric"}, {"too", "many", "knobs"},
    {"marginal", "benefit"}, {"trigger", "on", "noise"}, {"impossible", "to", "tune"}, {"would", "take", "months"},
    {"yesterday's", "technology"}, {"yesterday's", "tech"}, {"expensive", "to"}, {"hard", "to", "maintain"},
    {"research", "projects"}, {"spreadsheet", "exercise"}, {"uncertain", "payoff"}, {"big", "investment"},
    {"moving", "parts"}, {"bigger", "and", "slower"}, {"political", "correctness"}, {"takes", "weeks"},
    {"take", "weeks"}, {"takes", "months"}, {"too", "rare"}, {"kaggle", "trick"}, {"doesn't", "belong"},
    {"no", "good", "reason"}, {"too", "thin"}, {"sorted", "out", "later"}, {"feels", "speculative"},
    {"sounds", "speculative"}, {"seems", "speculative"}, {"over", "engineering"}, {"backward", "looking"},
    {"later", "phase"}, {"too", "cautious"}, {"extra", "complexity"}, {"more", "to", "break"},
    {"uncertain", "gain"}, {"without", "clear", "benefit"}, {"doesn't", "change", "the", "decision"},
    {"don't", "change", "the", "decision"}, {"doubt", "it", "changes"},
    {"doesn't", "scale"}, {"does", "not", "scale"}, {"cat", "and", "mouse"}, {"drop", "in", "the", "ocean"},
    {"looks", "clever"}, {"slippery", "slope"}, {"research", "concern"}, {"only", "revisit"}, {"slows", "shipping"},
    {"slow", "to", "read"}, {"hard", "to", "move"}, {"too", "weak"}, {"more", "rigour"}, {"more", "rigor"},
    {"adds", "cost"}, {"add", "cost"}, {"operational", "mess"}, {"complicates", "things"}, {"is", "risky"},
    {"are", "risky"}, {"building", "on", "sand"}, {"produce", "noise"}, {"produces", "noise"},
    {"another", "moving", "part"}, {"a", "formality"}, {"be", "noisy"}, {"isn't", "our", "job"},
    {"nice", "touch"}, {"is", "a", "detail"}, {"more", "sophisticated", "than"}, {"clever", "trick"},
    {"rounding", "error"}, {"sounds", "elegant"}, {"another", "model", "to", "maintain"},
    {"more", "complexity", "than"}, {"defer", "indefinitely"}, {"costly", "extras"}, {"costly", "extra"},
    {"avoid", "completely"}, {"avoid", "entirely"}, {"not", "really", "a", "model", "problem"},
    {"not", "a", "model", "problem"}, {"adds", "bugs"}, {"add", "bugs"}, {"means", "arguing"},
    {"endless", "debate"}, {"endless", "debates"}, {"big", "lift"}, {"breaks", "things"}, {"sounds", "brave"},
    {"just", "complicates"}, {"only", "complicates"}, {"operationally", "risky"}, {"block", "too", "much"},
    {"creates", "noise"}, {"create", "noise"}, {"seems", "harsh"}, {"too", "harsh"},
    {"delay", "the", "benefit"}, {"delays", "the", "benefit"}, {"cost", "trap"},
    {"old", "news"}, {"delay", "launches"}, {"delays", "launches"}, {"delays", "impact"}, {"delay", "impact"},
    {"slow", "the", "launch"}, {"slows", "the", "launch"}, {"soft", "metrics"}, {"soft", "metric"},
    {"for", "cautious"}, {"nice", "things"}, {"shouldn't", "block"}, {"sound", "complicated"},
    {"sounds", "complicated"}, {"too", "granular"}, {"than", "it's", "worth"}, {"than", "its", "worth"},
    {"micro", "optimisation"}, {"micro", "optimization"}, {"over", "thinking"}, {"nobody", "reads"},
    {"no", "one", "reads"}, {"compute", "bill"}, {"costs", "quality"}, {"cost", "quality"},
    {"rather", "not", "pay"}, {"delays", "everything"}, {"delay", "everything"}, {"is", "messy"},
    {"are", "messy"}, {"noisy", "metric"}, {"lagging", "metric"}, {"lagging", "noisy"},
    {"nothing", "special"}, {"sounds", "exciting"}, {"sound", "exciting"}, {"hard", "to", "justify"},
    {"won't", "move"}, {"fine", "in", "practice"}, {"slow", "to", "set", "up"}, {"sort", "itself", "out"},
    {"sorts", "itself", "out"}, {"research", "program"}, {"research", "programme"}, {"pipeline", "to", "maintain"},
    {"slows", "everyone", "down"}, {"no", "need", "to", "be", "clever"}, {"can", "be", "added", "later"},
    {"price", "worth", "paying"}, {"worth", "the", "trouble"}, {"good", "enough", "check"}, {"hard", "to", "run"},
    {"heavy", "for"}, {"fine", "as", "it", "is"}, {"would", "complicate"},
    {"delays", "every"}, {"belong", "in", "a", "different"}, {"belongs", "in", "a", "different"},
    {"can", "add", "later"}, {"too", "far", "downstream"}, {"adds", "latency", "and", "risk"},
    {"is", "a", "subtle", "point"}, {"are", "a", "subtle", "point"},
    // The twenty-first and twenty-second answer writers (session 19).
    {"too", "many", "numbers"}, {"read", "much", "into"}, {"hard", "to", "define"}, {"doubt", "it", "adds"},
    {"operational", "overhead"}, {"mostly", "overhead"}, {"unlikely", "to", "be", "needed"}, {"unlikely", "to", "matter"},
    {"leave", "alone"}, {"more", "questions", "than"}, {"drop", "it", "entirely"}, {"amplify", "noise"},
    {"amplifies", "noise"}, {"splits", "hairs"}, {"split", "hairs"}, {"weak", "hint"}, {"only", "matters", "for"},
    {"in", "disguise"}, {"more", "complicated", "than"}, {"overly", "pessimistic"}, {"chases", "noise"},
    {"chase", "noise"}, {"chasing", "noise"}, {"minor", "details"}, {"minor", "detail"}, {"tend", "to", "block"},
    {"mostly", "burn"}, {"just", "burn"}, {"burn", "gpu"}, {"burns", "gpu"}, {"nice", "polish"},
    {"heavy", "plumbing"}, {"marginal", "lift"}, {"is", "a", "trap"}, {"are", "a", "trap"}, {"their", "problem"},
    {"isn't", "something"}, {"last", "war"}, {"nobody", "asked", "for"}, {"clever", "engineering"},
    {"is", "reactive"}, {"not", "something", "that"}, {"which", "hurts"}, {"are", "fake", "data"},
    {"is", "fake", "data"},
    {"small", "price"}, {"more", "detail", "than"}, {"not", "a", "hard", "requirement"}, {"don't", "try"},
    {"no", "real", "reason"},
    // The twenty-fourth answer writer (session 19).
    {"is", "marginal"}, {"rather", "than", "a", "realistic"}, {"not", "dwell", "on"}, {"not", "put", "much", "weight"},
    {"little", "insight"}, {"merely", "postpones"}, {"just", "postpones"}, {"a", "governance", "burden"}, {"a", "burden"},
    {"prefer", "not", "to"}, {"heavy", "storage"}, {"not", "begin", "by"}, {"rather", "than", "design", "inputs"},
    {"less", "necessary"}, {"than", "it", "sounds"}, {"solve", "only", "if"}, {"is", "tempting"},
    {"lose", "quality"}, {"loses", "quality"}, {"slow", "to", "converge"}, {"practically", "minor"},
    {"so", "be", "it"}, {"arms", "race"}, {"is", "duplication"},
    // The twenty-third answer writer (session 19): sarcasm.
    {"leave", "them", "in"}, {"leave", "it", "in"}, {"analysts", "employed"}, {"conference", "talks"},
    {"for", "people", "who"}, {"slide", "decks"}, {"decided", "not", "to", "have"}, {"will", "catch", "up"},
    {"great", "way", "to", "turn"}, {"trades", "away"}, {"trade", "away"}, {"figure", "it", "out"},
    {"paper", "topic"}, {"side", "project"}, {"never", "ends"}, {"doesn't", "predict"}, {"don't", "predict"},
    {"fancy", "way", "to"}, {"more", "charts"}, {"argue", "about"}, {"for", "teams", "with"}, {"more", "headcount"},
    {"everyone", "warns", "about"}, {"nobody", "will", "notice"}, {"gets", "lumped", "in"}, {"get", "lumped", "in"},
    {"zero", "shipped"}, {"could", "love"}, {"some", "other", "team's"}, {"tells", "you", "nothing"},
    {"tell", "you", "nothing"}};

// "a lot of streaming plumbing", "a lot of machinery for a feed": a burden.
const Words kBurdens = {"effort", "ceremony", "plumbing", "bookkeeping", "overhead", "work", "maintenance",
                        "machinery", "engineering", "complexity", "compute", "infrastructure", "cpu", "gpu",
                        "spend", "bureaucracy", "process"};

// Also "adds routing complexity": an idea said only to add a burden.
bool namesBurden(const AnalyzedText& text, std::size_t j, std::size_t end) {
    std::size_t from = j + 2;
    if (isOneOf(text.tokens[j].word, {"adds", "add"})) from = j + 1;
    else if (!wordsAt(text, j, end, {"lot", "of"})) return false;
    for (std::size_t k = from; k < end && k <= from + 1; ++k)
        if (isOneOf(text.tokens[k].word, kBurdens) && text.tokens[k].word != "compute") return true;
    return from == j + 2 && from < end && text.tokens[from].word == "compute";
}

// "X is a product concern", "X is a legal matter": someone else's business.
const Words kOwners = {"product", "legal", "security", "hr", "frontend", "policy", "leadership", "business",
                       "infra", "infrastructure", "ops", "compliance", "marketing", "ui", "ux", "design", "finance",
                       "sre", "devops", "operations", "crm", "application", "app", "rendering", "operational"};
const Words kOwnedThings = {"concern", "matter", "thing", "topic", "exercise", "detail", "problem", "job",
                            "call", "decision", "question", "metric", "issue", "team", "concerns", "matters",
                            "problems", "questions", "decisions", "issues", "opinion", "artifact", "artefact", "wish",
                            "metrics"};

bool isOwnedElsewhere(const AnalyzedText& text, std::size_t j, std::size_t end) {
    // "more of a fraud-team concern", "more of an SRE topic than evaluation".
    if (text.tokens[j].word == "more" && j + 2 < end && text.tokens[j + 1].word == "of" &&
        isOneOf(text.tokens[j + 2].word, {"a", "an"})) {
        for (std::size_t k = j + 3; k < end && k <= j + 6; ++k)
            if (isOneOf(text.tokens[k].word, kOwnedThings)) return true;
    }
    // "belongs to the trust team", "I'd leave to the serving team".
    if (isOneOf(text.tokens[j].word, {"belong", "belongs", "leave"}) && j + 1 < end && text.tokens[j + 1].word == "to") {
        for (std::size_t k = j + 2; k < end && k <= j + 5; ++k)
            if (isOneOf(text.tokens[k].word, {"team", "teams", "org"})) return true;
    }
    // "matters to finance", "something infra can tune later".
    if (isOneOf(text.tokens[j].word, {"matter", "matters"}) && j + 1 < end && text.tokens[j + 1].word == "to") {
        for (std::size_t k = j + 2; k < end && k <= j + 3; ++k)
            if (isOneOf(text.tokens[k].word, kOwners)) return true;
    }
    if (text.tokens[j].word == "something" && j + 1 < end && isOneOf(text.tokens[j + 1].word, kOwners)) return true;
    // "can be sorted out by legal later", "the app teams' problem".
    if (isOneOf(text.tokens[j].word, kOwners) && j + 1 < end && text.tokens[j + 1].word == "later") return true;
    if (text.tokens[j].word == "teams" && j + 1 < end && isOneOf(text.tokens[j + 1].word, kOwnedThings)) return true;
    if (!isOneOf(text.tokens[j].word, kOwners)) return false;
    for (std::size_t k = j + 1; k < end && k <= j + 2; ++k)
        if (isOneOf(text.tokens[k].word, kOwnedThings)) return true;
    return false;
}


// "X is HR's job", "X is legal's call": someone else's business.
bool isSomeoneElsesJob(const AnalyzedText& text, std::size_t j, std::size_t end) {
    const std::string& word = text.tokens[j].word;
    return j + 1 < end && word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0 &&
           isOneOf(text.tokens[j + 1].word,
                   {"job", "problem", "call", "responsibility", "concern", "question", "decision", "number"});
}

}  // namespace

// "X would hurt watch time": a cost, which rejects a remedy but not a problem.
bool isHarmClaim(const AnalyzedText& text, std::size_t j, std::size_t end) {
    if (j + 1 < end && isOneOf(text.tokens[j].word, {"would", "will", "only", "just", "mostly"}) &&
        isOneOf(text.tokens[j + 1].word,
                {"hurt", "harm", "slow", "hand", "cost", "break", "leak", "inflate", "flatter", "overstate", "delay",
                 "delays", "hurts", "blow", "lower", "lowers", "reduce", "reduces", "distort", "distorts", "throw",
                 "dilute", "dilutes", "hide", "stifle", "stifles", "multiply", "lengthen", "lengthens", "fight",
                 "fights"}))
        return true;
    // "guardrails will only block launches" (but "we will block the payment" is a plan).
    if (j + 1 < end && isOneOf(text.tokens[j].word, {"only", "just"}) && text.tokens[j + 1].word == "block")
        return true;
    // "3-D Secure challenges annoy shoppers", "ramps slow the team down",
    // "X throws away the long tail" (but "shadow mode delays the launch,
    // which is fine" is a plan).
    if (isOneOf(text.tokens[j].word, {"annoy", "annoys", "frustrate", "frustrates"}) && j + 1 < end) return true;
    if (isOneOf(text.tokens[j].word, {"slow", "slows"}) && j > 0)
        for (std::size_t k = j + 1; k < end && k <= j + 4; ++k)
            if (text.tokens[k].word == "down") return true;
    if (j > 0 && (wordsAt(text, j, end, {"throws", "away"}) || wordsAt(text, j, end, {"throw", "away"}))) return true;
    // "X would only add latency", "X just adds plumbing" (but "we only add a re-ranker if ..." is a plan).
    if (j + 2 < end && isOneOf(text.tokens[j].word, {"would", "just", "mostly"}) &&
        (isOneOf(text.tokens[j + 1].word, {"add", "adds"}) ||
         (text.tokens[j + 1].word == "only" && isOneOf(text.tokens[j + 2].word, {"add", "delay"}))))
        return true;
    // "waiting for watch time would make the model stale", "X just makes the pipeline slower".
    if (j + 2 < end && isOneOf(text.tokens[j].word, {"would", "will", "just", "only"}) &&
        isOneOf(text.tokens[j + 1].word, {"make", "makes"}))
        for (std::size_t k = j + 2; k < end && k <= j + 5; ++k)
            if (isOneOf(text.tokens[k].word, {"stale", "slower", "worse", "harder", "noisier", "brittle"})) return true;
    // "FP8 risks quality", "pinning versions just creates maintenance work".
    if (j + 1 < end && text.tokens[j].word == "risks" && !isOneOf(text.tokens[j + 1].word, {"and", "of", "to"}))
        return true;
    if (j + 1 < end && text.tokens[j].word == "just" && isOneOf(text.tokens[j + 1].word, {"creates", "create"}))
        return true;
    // "(fixed batches caused the 4 s first token)": what caused a problem
    // is the problem, not the plan.
    if (isOneOf(text.tokens[j].word, {"caused", "causes"}) && j + 1 < end) return true;
    // "perplexity as a sanity check": kept, but not what decides.
    if (wordsAt(text, j, end, {"as", "a", "sanity", "check"}) || wordsAt(text, j, end, {"only", "as", "a", "sanity"}))
        return true;
    // "A random split leaks future data": the verb with its object, so that
    // "block PII leaks with a regex" (a noun) stays a remedy.
    // "X would hold back launches".
    if (wordsAt(text, j, end, {"hold", "back"}) && j > 0 && isOneOf(text.tokens[j - 1].word, {"would", "will"}))
        return true;
    return j > 0 && j + 1 < end &&
           isOneOf(text.tokens[j].word, {"leaks", "inflates", "flatters", "overstates", "breaks", "fragments"}) &&
           isOneOf(text.tokens[j + 1].word, {"future", "the", "every", "each", "all", "our", "test", "label", "labels",
                                             "information", "data", "across", "into", "metrics", "offline",
                                             "legitimate"});
}

bool dismissesWhatCameBefore(const AnalyzedText& text, std::size_t j, std::size_t end) {
    if (isOneOf(text.tokens[j].word, kDismissive)) return true;
    // "X is over the top", but not "a trie over the top queries".
    if (wordsAt(text, j, end, {"over", "the", "top"}) &&
        (j + 3 >= end || isOneOf(text.tokens[j + 3].word, {"and", "but", "so", "for", "to", "here", "anyway"})))
        return true;
    for (const Words& phrase : kDismissivePhrases)
        if (wordsAt(text, j, end, phrase)) return true;
    return isSomeoneElsesJob(text, j, end) || isOwnedElsewhere(text, j, end) || namesBurden(text, j, end);
}

std::size_t dismissalLength(const AnalyzedText& text, std::size_t j, std::size_t end) {
    std::size_t longest = 0;
    for (const Words& phrase : kDismissivePhrases)
        if (phrase.size() > longest && wordsAt(text, j, end, phrase)) longest = phrase.size();
    return longest;
}

}  // namespace rehearse::statement_scan
