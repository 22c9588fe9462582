#include "core/interviewer/clarification_matcher.hpp"

#include "core/interviewer/out_of_scope_questions.hpp"
#include "core/interviewer/owner_questions.hpp"
#include "core/text/stop_words.hpp"
#include "core/text/tokenizer.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <set>
#include <string_view>

namespace rehearse {

namespace {

double norm(const std::unordered_map<std::string, double>& v) {
    double sum = 0;
    for (const auto& [term, weight] : v) sum += weight * weight;
    return std::sqrt(sum);
}

double cosine(const std::unordered_map<std::string, double>& a, const std::unordered_map<std::string, double>& b) {
    const double na = norm(a), nb = norm(b);
    if (na == 0 || nb == 0) return 0;
    const auto& small = a.size() <= b.size() ? a : b;
    const auto& large = a.size() <= b.size() ? b : a;
    double dot = 0;
    for (const auto& [term, weight] : small)
        if (auto found = large.find(term); found != large.end()) dot += weight * found->second;
    return dot / (na * nb);
}

// The kind of figure a question asks for, or an answer gives (bit flags).
enum AnswerType : unsigned { kShortTime = 1, kLongTime = 2, kAnyTime = 4, kMoment = 8 };

bool hasWord(const std::vector<std::string>& words, std::initializer_list<std::string_view> any) {
    for (const std::string& word : words)
        for (std::string_view w : any)
            if (word == w) return true;
    return false;
}

bool hasPhrase(const std::vector<std::string>& words, std::initializer_list<std::string_view> phrase) {
    for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
        std::size_t j = 0;
        for (std::string_view w : phrase) {
            if (words[i + j] != w) break;
            ++j;
        }
        if (j == phrase.size()) return true;
    }
    return false;
}

// "Does it have to answer in time?" asks for a deadline; "a drop in time
// spent" and "in time series" name a quantity.
bool saysInTime(const std::vector<std::string>& w) {
    for (std::size_t i = 0; i + 1 < w.size(); ++i)
        if (w[i] == "in" && w[i + 1] == "time" &&
            !(i + 2 < w.size() && (w[i + 2] == "spent" || w[i + 2] == "series" || w[i + 2] == "zone" ||
                                   w[i + 2] == "zones" || w[i + 2] == "watched" || w[i + 2] == "on")))
            return true;
    return false;
}

unsigned questionType(std::string_view question) {
    const std::vector<std::string> w = tokenWords(question);
    unsigned type = 0;
    // "before the page renders" asks for a time; "do apps render images?" does not.
    const bool deadline = hasWord(w, {"before", "within", "until", "till"}) || saysInTime(w) ||
                          hasPhrase(w, {"how", "long"}) || hasPhrase(w, {"how", "fast"}) ||
                          hasPhrase(w, {"how", "quickly"});
    if (hasPhrase(w, {"time", "out"}) || hasPhrase(w, {"times", "out"}) ||
        hasWord(w, {"timeout", "timeouts", "latency", "milliseconds", "ms", "p99"}) ||
        (deadline && hasWord(w, {"respond", "render", "renders"})) ||
        hasPhrase(w, {"how", "long", "do", "i", "have"}) || hasPhrase(w, {"how", "long", "do", "we", "have"}) ||
        hasPhrase(w, {"how", "long", "can", "we", "take"}) || saysInTime(w))
        type |= kShortTime;
    if (hasPhrase(w, {"how", "many", "days"}) || hasPhrase(w, {"how", "many", "weeks"}) ||
        hasPhrase(w, {"how", "long", "until"}) || hasPhrase(w, {"how", "long", "before"}) ||
        hasPhrase(w, {"how", "long", "after"}) || hasPhrase(w, {"how", "soon"}) ||
        // "how quickly do we find out?" asks for a delay; "how do we find out it was fraud?" for a source.
        ((deadline || hasWord(w, {"when"})) && (hasPhrase(w, {"find", "out"}) || hasPhrase(w, {"learn", "about"}))) ||
        hasWord(w, {"delay", "delayed", "lag", "mature", "matured"}))
        type |= kLongTime;
    return type;
}

// "When do you need it in production?", "When's the launch?": a question
// that asks for a moment (a date, a deadline, a day of the week). Not "when
// a user signs up, ...", where "when" opens a condition and the question
// comes after it: the interrogative is followed by a verb.
bool asksWhen(std::string_view question) {
    const std::vector<std::string> w = tokenWords(question);
    static const std::set<std::string> leads = {"and", "also", "so", "ok", "okay", "but", "then", "right"};
    static const std::set<std::string> verbs = {"do", "does", "did", "is", "are", "was", "were", "will", "would",
                                                "should", "must", "can", "could", "has", "have", "had", "might"};
    std::size_t i = 0;
    while (i < w.size() && leads.count(w[i])) ++i;
    if (i >= w.size()) return false;
    if (w[i] == "when's" || w[i] == "whens") return true;
    return w[i] == "when" && i + 1 < w.size() && verbs.count(w[i + 1]) > 0;
}

// "How long are the prompts?" may ask for a length in tokens or words, not a time.
bool mayAskLength(std::string_view question) {
    const std::vector<std::string> w = tokenWords(question);
    for (std::string_view be : {"is", "are", "was", "were"})
        if (hasPhrase(w, {"how", "long", be})) return true;
    return false;
}

bool asksHowLong(std::string_view question) {
    const std::vector<std::string> w = tokenWords(question);
    return hasPhrase(w, {"how", "long"}) || hasPhrase(w, {"how", "quickly"}) || hasPhrase(w, {"how", "fast"}) ||
           hasPhrase(w, {"how", "soon"}) || hasPhrase(w, {"how", "much", "time"});
}

// "40 million a day", "460 per second": a unit of time read as a rate says
// how much, not how long, so it is not a time the answer gives.
bool isRate(const std::vector<std::string>& words, std::size_t unit) {
    if (unit == 0) return false;
    const std::string& before = words[unit - 1];
    if (before == "per" || before == "each" || before == "every") return true;
    if (before != "a" && before != "an") return false;
    // "within a day", "about a week" are durations after all.
    static const std::set<std::string> durationLeads = {"within", "in", "about", "after", "for", "under", "than",
                                                        "over", "to", "takes", "take", "half", "only", "around",
                                                        "roughly", "nearly", "almost", "least", "most"};
    return unit < 2 || durationLeads.count(words[unit - 2]) == 0;
}

unsigned answerType(std::string_view answer) {
    const std::vector<std::string> w = tokenWords(answer);
    static const std::set<std::string> shortUnits = {"ms", "millisecond", "milliseconds", "p99", "p95"};
    static const std::set<std::string> longUnits = {"day", "days", "week", "weeks", "month", "months"};
    static const std::set<std::string> otherUnits = {"second", "seconds", "minute", "minutes", "hour", "hours",
                                                     "year", "years", "s", "min", "h"};
    // Words that place something in time: a date, a day, a clock time, a cadence.
    static const std::set<std::string> moments = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "weekday", "weekdays", "weekend", "weekends", "daily", "nightly", "weekly", "monthly", "quarterly",
        "hourly", "yearly", "annually", "am", "pm", "midnight", "noon", "overnight", "q1", "q2", "q3", "q4",
        "ago", "deadline", "season", "holiday", "holidays", "christmas", "morning", "evening", "night"};
    unsigned type = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (moments.count(w[i])) type |= kMoment;
        if (shortUnits.count(w[i])) type |= kShortTime | kAnyTime;
        if (isRate(w, i)) continue;
        if (longUnits.count(w[i])) type |= kLongTime | kAnyTime;
        if (otherUnits.count(w[i])) type |= kAnyTime;
    }
    return type;
}

// The calendar years a text names ("in 2019", "2020's numbers").
std::set<std::string> yearsNamed(std::string_view text) {
    std::set<std::string> years;
    for (const Token& token : tokenize(text)) {
        const std::string& w = token.word;
        const std::string digits = w.size() >= 4 ? w.substr(0, 4) : std::string();
        const bool year = digits.size() == 4 && (digits.compare(0, 2, "19") == 0 || digits.compare(0, 2, "20") == 0) &&
                          std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                          (w.size() == 4 || !std::isdigit(static_cast<unsigned char>(w[4])));
        if (year) years.insert(digits);
    }
    return years;
}

// The well-known companies a text names ("Meta's feed", "TikTok"): a
// question about another company's figures is not about ours.
std::set<std::string> companiesNamed(std::string_view text) {
    static const std::set<std::string> companies = {
        "meta",      "facebook", "instagram", "whatsapp", "tiktok",  "amazon",   "google",  "youtube",  "netflix",
        "spotify",   "linkedin", "airbnb",    "uber",     "lyft",    "doordash", "apple",   "microsoft", "openai",
        "anthropic", "pinterest", "twitter",  "snapchat", "ebay",    "etsy",     "expedia", "zillow",   "yelp",
        "reddit",    "gmail",    "yahoo",     "outlook",  "walmart", "shopify",  "stripe",  "paypal",   "alibaba",
        "temu",      "shein",    "deliveroo", "instacart", "grubhub", "hulu",    "disney",  "bing",     "baidu",
        "gpt",       "chatgpt",  "claude",    "gemini",   "adyen"};
    std::set<std::string> named;
    for (const Token& token : tokenize(text)) {
        std::string word = token.word;
        if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
        if (companies.count(word)) named.insert(word);
    }
    return named;
}

// "What was the rate two years ago?", "last year's numbers": a question
// about an earlier period, which a fact only about today does not answer.
bool asksAboutThePast(std::string_view text) {
    const std::vector<std::string> w = tokenWords(text);
    for (std::string_view unit : {"year", "years", "month", "months", "quarter", "quarters"})
        if (hasPhrase(w, {unit, "ago"})) return true;
    for (std::string_view lead : {"last", "previous", "prior"})
        for (std::string_view unit : {"year", "year's", "years", "quarter", "quarter's"})
            if (hasPhrase(w, {lead, unit})) return true;
    // "over the past three years", "the last couple of years".
    for (std::size_t i = 0; i < w.size(); ++i)
        if (w[i] == "past" || w[i] == "last")
            for (std::size_t k = i + 1; k < w.size() && k <= i + 4; ++k)
                if (w[k] == "years" || w[k] == "quarters") return true;
    // "before the last redesign", "before the previous launch".
    return hasPhrase(w, {"over", "the", "years"}) ||
           hasPhrase(w, {"used", "to", "be"}) || hasPhrase(w, {"before", "the", "last"}) ||
           hasPhrase(w, {"before", "the", "previous"});
}

// A fact that says anything about an earlier time: a year, "ago", "last
// year", or a verb in the past ("was", "had").
bool speaksOfThePast(std::string_view text) {
    // "past" only as a time: "in the past", "the past year", not "past site visitors".
    const std::vector<std::string> w = tokenWords(text);
    bool pastTime = hasPhrase(w, {"in", "the", "past"});
    for (std::string_view unit : {"year", "years", "month", "months", "quarter", "quarters", "decade", "week", "weeks"})
        pastTime = pastTime || hasPhrase(w, {"past", unit});
    return hasWord(w, {"ago", "was", "were", "had", "previously", "since", "used", "earlier", "once"}) || pastTime ||
           !yearsNamed(text).empty() || asksAboutThePast(text);
}

bool isQuestionWord(const std::string& word) {
    static const std::set<std::string> words = {"what", "what's", "whats", "which", "how", "how's", "who", "when", "where",
                                                "why", "is", "are", "do", "does", "did", "can", "could", "will",
                                                "would", "should", "has", "have", "any", "anything", "whether"};
    return words.count(word) > 0;
}

// "how quickly do we find out about it": a part that points back at what
// was asked before it.
bool refersBack(std::string_view part) {
    static const std::set<std::string> words = {"it", "its", "it's", "they", "them", "their", "that", "this",
                                                "those", "these", "there"};
    const std::vector<std::string> w = tokenWords(part);
    // "how many appeals are there?", "is there a budget?": no place is meant.
    const bool existential = hasPhrase(w, {"is", "there"}) || hasPhrase(w, {"are", "there"}) ||
                             hasPhrase(w, {"there", "is"}) || hasPhrase(w, {"there", "are"});
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (!words.count(w[i]) || (w[i] == "there" && existential)) continue;
        // "how bad is it to junk a bank alert?", "is it OK to ...": "it" stands for what follows.
        if (w[i] == "it" && ((i + 1 < w.size() && w[i + 1] == "to") || (i + 2 < w.size() && w[i + 2] == "to")))
            continue;
        return true;
    }
    return false;
}

// "When a user signs up, ...", "If we block it, ...": a clause that sets the
// scene for the question after it ("when" here is no question: no verb follows).
bool opensCondition(std::string_view part) {
    const std::vector<std::string> w = tokenWords(part);
    if (w.empty()) return false;
    static const std::set<std::string> openers = {"if", "once", "after", "before", "while", "unless", "assuming"};
    return openers.count(w[0]) > 0 || (w[0] == "when" && !asksWhen(part));
}

// The words that open a part of a question without changing what it asks.
bool isLeadWord(const std::string& word) {
    static const std::set<std::string> leads = {"and", "also", "so", "ok", "okay", "but", "then", "or", "plus"};
    return leads.count(word) > 0;
}

// Whether a part of a compound question asks something itself. "Fraud rate?
// in bps of volume", "how long until we know? hours? days?": the later parts
// only say more about the first, and matched alone they find other facts.
// "New or logged-out users, what history do we have for them?": the first
// part names what the second asks about. "Budget for judge calls, and do we
// have raters?": the first part asks, since the second opens a new request.
bool asksItself(const std::vector<std::string_view>& parts, std::size_t index) {
    const std::string_view part = parts[index];
    for (const std::string& word : tokenWords(part))
        if (isQuestionWord(word)) return true;
    if (index > 0) return false;
    const std::size_t end = part.find_last_not_of(" \t\r\n");
    if (end != std::string_view::npos && part[end] == '?') return true;
    const std::vector<std::string> next = tokenWords(parts[1]);
    return !next.empty() && isLeadWord(next.front());
}

// Where a compound question splits: "which languages, and can people appeal?"
std::vector<std::string_view> questionParts(std::string_view question) {
    std::vector<std::string_view> parts;
    const std::vector<Token> tokens = tokenize(question);
    std::size_t start = 0;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        const std::string_view gap = question.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end);
        bool split = gap.find('?') != std::string_view::npos || gap.find(';') != std::string_view::npos;
        // "..., and what is X" / "and do we have Y" / "also, ..." / "and roughly what share ..."
        if (!split && (tokens[i].word == "and" || tokens[i].word == "also" || tokens[i].word == "plus")) {
            std::size_t next = i + 1;
            while (next < tokens.size() && next <= i + 2 &&
                   (tokens[next].word == "roughly" || tokens[next].word == "approximately" ||
                    tokens[next].word == "also" || tokens[next].word == "then"))
                ++next;
            split = next < tokens.size() && isQuestionWord(tokens[next].word);
        }
        if (!split && gap.find(',') != std::string_view::npos && isQuestionWord(tokens[i].word) &&
            tokens[i].word != "any")
            split = true;
        if (!split) continue;
        parts.push_back(question.substr(start, tokens[i].begin - start));
        start = tokens[i].begin;
    }
    parts.push_back(question.substr(start));
    return parts;
}

}  // namespace

ClarificationMatcher::ClarificationMatcher(const Scenario& scenario, ClarificationOptions options)
    : m_scenario(scenario), m_options(options) {
    // The scenario's own words, before any is read: a typo is repaired only
    // towards a word a fact or an assumption uses.
    const auto know = [&](std::string_view text) {
        for (const Token& token : tokenize(text)) m_typos.addKnownWord(token.word);
    };
    for (const Fact& fact : m_scenario.facts) {
        know(fact.topic);
        know(fact.answer);
        for (const std::string& ask : fact.asks) know(ask);
    }
    for (const Assumption& assumption : m_scenario.assumptions)
        for (const std::string& ask : assumption.asks) know(ask);
    // Phrasings as stem lists first: document frequencies need them all.
    std::vector<std::vector<std::vector<std::string>>> phrasings;
    std::vector<std::vector<std::string>> answers;
    for (const Fact& fact : m_scenario.facts) {
        std::vector<std::vector<std::string>> perFact;
        perFact.push_back(terms(fact.topic));
        for (const std::string& ask : fact.asks) perFact.push_back(terms(ask));
        answers.push_back(terms(fact.answer));
        std::set<std::string> distinct;
        for (const auto& phrasing : perFact) distinct.insert(phrasing.begin(), phrasing.end());
        if (m_options.answerInFrequency) distinct.insert(answers.back().begin(), answers.back().end());
        for (const std::string& term : distinct) ++m_factFrequency[term];
        phrasings.push_back(std::move(perFact));
    }
    m_maxIdf = idf("");  // a stem used by no fact is the rarest kind

    for (std::size_t i = 0; i < m_scenario.facts.size(); ++i) {
        FactModel model;
        model.fact = &m_scenario.facts[i];
        std::vector<std::string> all;
        for (const auto& phrasing : phrasings[i]) {
            model.asks.push_back(weigh(phrasing));
            all.insert(all.end(), phrasing.begin(), phrasing.end());
        }
        // Pooled: a stem repeated across phrasings is central to the fact,
        // but only logarithmically more so.
        std::unordered_map<std::string, int> counts;
        for (const std::string& term : all) ++counts[term];
        for (const auto& [term, count] : counts) model.pooled[term] = idf(term) * (1 + std::log(count));
        if (m_options.answerWeight > 0) {
            for (const std::string& term : answers[i]) {
                double& weight = model.pooled[term];
                weight = std::max(weight, idf(term) * m_options.answerWeight);
            }
        }
        m_facts.push_back(std::move(model));
        m_answerTypes.push_back(answerType(m_scenario.facts[i].answer));
        std::set<std::string> years = yearsNamed(m_scenario.facts[i].answer);
        for (const std::string& ask : m_scenario.facts[i].asks) years.merge(yearsNamed(ask));
        m_factYears.push_back(std::move(years));
        bool past = speaksOfThePast(m_scenario.facts[i].answer);
        for (const std::string& ask : m_scenario.facts[i].asks) past = past || speaksOfThePast(ask);
        m_factSpeaksOfThePast.push_back(past);
        bool answersWho = false;
        for (const std::string& ask : m_scenario.facts[i].asks) answersWho = answersWho || asksWhoOwns(ask);
        m_factAnswersWho.push_back(answersWho);
        std::set<std::string> companies = companiesNamed(m_scenario.facts[i].answer + " " + m_scenario.facts[i].topic);
        for (const std::string& ask : m_scenario.facts[i].asks) companies.merge(companiesNamed(ask));
        m_factCompanies.push_back(std::move(companies));
    }
    if (m_options.declineOutOfScope)
        for (const std::string& question : outOfScopeQuestions()) m_outOfScope.push_back(weigh(terms(question)));
    for (const Assumption& assumption : m_scenario.assumptions) {
        // Asks only: a topic is a short label ("Ad creatives") that would
        // decline every question about the thing it names.
        AssumptionModel model{&assumption, {}};
        for (const std::string& ask : assumption.asks) model.asks.push_back(weigh(terms(ask)));
        m_assumptions.push_back(std::move(model));
    }
}

std::vector<std::string> ClarificationMatcher::terms(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& token : tokenize(text))
        if (!isStopWord(token.word)) {
            const std::optional<std::string> repaired = m_typos.repair(token.word);
            const std::string& stem = m_stemmer.stem(repaired ? *repaired : token.word);
            out.push_back(m_options.useSynonyms ? m_synonyms.canonical(stem) : stem);
        }
    return out;
}

double ClarificationMatcher::idf(const std::string& term) const {
    const double facts = static_cast<double>(m_scenario.facts.size());
    const auto found = m_factFrequency.find(term);
    const int frequency = found == m_factFrequency.end() ? 0 : found->second;
    return std::log((facts + 1) / (frequency + 1)) + 1;
}

ClarificationMatcher::TermWeights ClarificationMatcher::weigh(const std::vector<std::string>& terms) const {
    TermWeights weights;
    for (const std::string& term : terms) {
        const bool known = m_factFrequency.count(term) > 0;
        // Words no fact uses ("roughly", "receive") are mostly the asker's own
        // style; they should dilute a match, but less than a topic word would.
        weights[term] = known ? idf(term) : m_maxIdf * m_options.unknownTermWeight;
    }
    return weights;
}

std::vector<FactScore> ClarificationMatcher::rank(std::string_view question) {
    return rank(weigh(terms(question)), questionType(question));
}

std::vector<FactScore> ClarificationMatcher::rank(const TermWeights& query, unsigned asked) const {
    std::vector<FactScore> scores;
    for (std::size_t f = 0; f < m_facts.size(); ++f) {
        const FactModel& model = m_facts[f];
        FactScore score;
        score.fact = model.fact;
        double bestAsk = 0;
        for (std::size_t a = 0; a < model.asks.size(); ++a) {
            const double s = cosine(query, model.asks[a]);
            if (s > bestAsk) {
                bestAsk = s;
                score.closestAsk = a == 0 ? model.fact->topic : model.fact->asks[a - 1];
            }
        }
        const double pooled = cosine(query, model.pooled);
        score.score = (1 - m_options.pooledWeight) * bestAsk + m_options.pooledWeight * pooled;
        if (asked & m_answerTypes[f]) score.score = std::min(1.0, score.score + m_options.typeBonus);
        scores.push_back(std::move(score));
    }
    std::stable_sort(scores.begin(), scores.end(),
                     [](const FactScore& a, const FactScore& b) { return a.score > b.score; });
    return scores;
}

ClarificationResult ClarificationMatcher::match(std::string_view question) {
    ClarificationResult whole = matchOne(question);
    if (!m_options.splitCompound) return whole;
    const std::vector<std::string_view> parts = questionParts(question);
    if (parts.size() < 2) return whole;
    // Each part on its own; the whole question's answer stands when no two parts agree on different facts.
    std::vector<const Fact*> facts;
    const Assumption* leftOpen = nullptr;
    // "When we catch one, do we block it?": the opening clause sets up the
    // question; it asks for nothing itself.
    const bool opening = opensCondition(parts.front());
    for (std::size_t i = opening ? 1 : 0; i < parts.size(); ++i) {
        if (!asksItself(parts, i)) continue;
        // "New merchants, how common are they?": the first part names what
        // the second asks about, so they are read together.
        std::string_view part = parts[i];
        if (i == 1 && !opening && !asksItself(parts, 0))
            part = question.substr(0, static_cast<std::size_t>(parts[1].data() + parts[1].size() - question.data()));
        // "..., and how quickly do we find out about it?": a later part
        // leans on what the first part asked about.
        const ClarificationResult one = matchOne(part, i > 0 ? parts.front() : std::string_view());
        // "..., and what's its drop-off rate?": a part that leans on the
        // first has fewer words of its own, so it adds a fact of its own only
        // on a clearer match.
        if (one.fact && !facts.empty() && i > 0 && refersBack(part) && one.score < m_options.referBackThreshold)
            continue;
        if (one.fact && std::find(facts.begin(), facts.end(), one.fact) == facts.end()) facts.push_back(one.fact);
        if (!leftOpen) leftOpen = one.leftOpen;
    }
    // One part answered: the other parts asked for nothing a fact holds,
    // and the whole question's answer would mix them in.
    if (facts.empty()) return whole;
    whole.facts = facts;
    whole.fact = facts.front();
    // "How many users, and are ads in scope?": the facts, then what to assume.
    whole.leftOpen = leftOpen;
    return whole;
}

ClarificationResult ClarificationMatcher::matchOne(std::string_view question, std::string_view context) {
    ClarificationResult result;
    TermWeights query = weigh(terms(question));
    if (m_options.contextWeight > 0 && !context.empty() && refersBack(question))
        for (const auto& [term, weight] : weigh(terms(context))) {
            double& own = query[term];
            own = std::max(own, weight * m_options.contextWeight);
        }
    const unsigned asked = questionType(question);
    std::vector<FactScore> scores = rank(query, asked);
    if (scores.empty()) return result;
    result.score = scores.front().score;
    result.closestAsk = scores.front().closestAsk;
    // "How quickly do we find out?" asks for a time: only a fact whose answer
    // gives one can be what was asked for; it shares its words with the label
    // source, but the label delay answers it. "How long are the prompts?" may
    // ask for a length instead: it is declined when the best fact gives no
    // time, rather than sent to a fact that does.
    if (asked != 0 || asksHowLong(question)) {
        const auto givesTime = [&](const FactScore& score) {
            return (m_answerTypes[static_cast<std::size_t>(score.fact - m_scenario.facts.data())] & kAnyTime) != 0;
        };
        if (mayAskLength(question) && asked == 0) {
            if (!givesTime(scores.front())) return result;
        } else {
            scores.erase(std::remove_if(scores.begin(), scores.end(),
                                        [&](const FactScore& score) { return !givesTime(score); }),
                         scores.end());
            if (scores.empty()) return result;
        }
    }
    // "When do you need this in production?" asks for a date; a fact that
    // places nothing in time does not answer it, whatever nouns it shares
    // (an assumption may still be what was asked).
    const std::size_t best = static_cast<std::size_t>(scores.front().fact - m_scenario.facts.data());
    bool bestRuledOut = asksWhen(question) && (m_answerTypes[best] & (kAnyTime | kMoment)) == 0;
    // "What was the spam rate in 2015?" asks about a year the facts do not
    // describe: today's figure is not its answer.
    for (const std::string& year : yearsNamed(question))
        if (!m_factYears[best].count(year)) bestRuledOut = true;
    // "What was the duplicate rate two years ago?": nor is it when the
    // question names an earlier period and the fact only describes today.
    // "How was it two years ago? Has it got worse?": a part that points back
    // asks about the period the part before it named.
    const bool pointsBack = !context.empty() && refersBack(question);
    if ((asksAboutThePast(question) || (pointsBack && asksAboutThePast(context))) && !m_factSpeaksOfThePast[best])
        bestRuledOut = true;
    // "Who approved the boosting rules?": nor is it when the question asks
    // who owns, approves or decides something and the fact was not written
    // to say so (none of its asks is such a question). Many facts name a
    // team in passing ("legal reviews the wording"); only the author knows
    // whether one says who owns the thing asked about.
    if (asksWhoOwns(question) && !m_factAnswersWho[best]) bestRuledOut = true;
    // "How does our CTR compare with what Meta sees?": nor is it when the
    // question asks about a company the fact does not speak of.
    for (const std::string& company : companiesNamed(question))
        if (!m_factCompanies[best].count(company)) bestRuledOut = true;
    const double runnerUp = scores.size() > 1 ? scores[1].score : 0.0;
    // A question about the team or its tools, or about something the
    // scenario leaves to the candidate, is declined even when it shares a
    // noun with a fact: it is closer to one of those than to the fact.
    double outOfScope = 0;
    for (const TermWeights& decline : m_outOfScope) outOfScope = std::max(outOfScope, cosine(query, decline));
    double leftOpen = 0;
    for (const AssumptionModel& model : m_assumptions)
        for (const TermWeights& ask : model.asks) {
            const double s = cosine(query, ask);
            if (s > leftOpen) {
                leftOpen = s;
                result.leftOpen = model.assumption;
            }
        }
    const bool declined = std::max(outOfScope, leftOpen) >= scores.front().score;
    // "How many cities, and are they all in one country?" against the city
    // count: words the best fact lacks but other facts use say the question
    // is partly about something else, so the match must be clearer.
    const TermWeights& bestWords = m_facts[best].pooled;
    double total = 0, elsewhere = 0;
    for (const auto& [term, weight] : query) {
        total += weight * weight;
        if (!bestWords.count(term) && m_factFrequency.count(term)) elsewhere += weight * weight;
    }
    const double otherWordsShare = total > 0 ? elsewhere / total : 0;
    // (Not when the question asks for a time, and only facts that give one
    // were in the running: "how quickly do we find out a payment was
    // fraud?" shares its nouns with other facts and still asks for the
    // label delay.)
    const bool asksForTime = asked != 0 || asksHowLong(question);
    if (!asksForTime && scores.front().score < m_options.otherWordsBase + m_options.otherWordsSlope * otherWordsShare)
        bestRuledOut = true;
    if (scores.front().score >= m_options.threshold && scores.front().score - runnerUp >= m_options.margin &&
        !declined && !bestRuledOut) {
        result.fact = scores.front().fact;
        result.facts = {result.fact};
    }
    // The assumption's own reply only when it is what the question was about.
    if (result.fact || leftOpen < m_options.threshold || leftOpen < outOfScope) result.leftOpen = nullptr;
    return result;
}

}  // namespace rehearse
