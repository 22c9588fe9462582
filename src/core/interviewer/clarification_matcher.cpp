#include "core/interviewer/clarification_matcher.hpp"

#include "core/interviewer/answer_types.hpp"
#include "core/interviewer/out_of_scope_questions.hpp"
#include "core/interviewer/owner_questions.hpp"
#include "core/interviewer/question_parts.hpp"
#include "core/interviewer/question_scope.hpp"
#include "core/numeric/score_text.hpp"
#include "core/text/stop_words.hpp"
#include "core/text/tokenizer.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>

namespace rehearse {

namespace {

std::string factName(const Fact& fact) { return "fact '" + fact.id.value + "'"; }

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

TermWeights ClarificationMatcher::weigh(const std::vector<std::string>& terms) const {
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
        // "..., and what % of orders turn up late?" after "how wrong are the
        // estimates?": the fact already given answers this part nearly as
        // well as the part's own best, so it asks nothing new.
        if (one.fact && !facts.empty() && m_options.alreadyAnsweredMargin > 0 && alreadyAnswered(part, facts, one.score))
            continue;
        if (one.fact && std::find(facts.begin(), facts.end(), one.fact) == facts.end()) facts.push_back(one.fact);
        if (!leftOpen) leftOpen = one.leftOpen;
    }
    // One part answered: the other parts asked for nothing a fact holds,
    // and the whole question's answer would mix them in.
    if (facts.empty()) return whole;
    whole.facts = facts;
    whole.fact = facts.front();
    whole.declinedBecause.clear();
    // "How many users, and are ads in scope?": the facts, then what to assume.
    whole.leftOpen = leftOpen;
    return whole;
}

bool ClarificationMatcher::alreadyAnswered(std::string_view part, const std::vector<const Fact*>& given,
                                           double partScore) {
    for (const FactScore& ranked : rank(part))
        if (std::find(given.begin(), given.end(), ranked.fact) != given.end() &&
            ranked.score >= partScore - m_options.alreadyAnsweredMargin)
            return true;
    return false;
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
    const bool asksForTime = asked != 0 || asksHowLong(question);
    if (asksForTime) {
        const auto givesTime = [&](const FactScore& score) {
            return (m_answerTypes[static_cast<std::size_t>(score.fact - m_scenario.facts.data())] & kAnyTime) != 0;
        };
        if (mayAskLength(question) && asked == 0) {
            if (!givesTime(scores.front())) {
                result.declinedBecause = "it may ask for a length, and " + factName(*scores.front().fact) +
                                         ", the closest, gives no time";
                return result;
            }
        } else {
            scores.erase(std::remove_if(scores.begin(), scores.end(),
                                        [&](const FactScore& score) { return !givesTime(score); }),
                         scores.end());
            if (scores.empty()) {
                result.declinedBecause = "it asks for a time, and no fact's answer gives one";
                return result;
            }
        }
    }
    // "When do you need this in production?" asks for a date; a fact that
    // places nothing in time does not answer it, whatever nouns it shares
    // (an assumption may still be what was asked).
    const std::size_t best = static_cast<std::size_t>(scores.front().fact - m_scenario.facts.data());
    const std::string bestName = factName(m_scenario.facts[best]);
    std::string ruledOut;  // why the best fact is not the answer; empty: it may be
    const auto ruleOut = [&](std::string why) {
        if (ruledOut.empty()) ruledOut = std::move(why);
    };
    if (asksWhen(question) && (m_answerTypes[best] & (kAnyTime | kMoment)) == 0)
        ruleOut("it asks when, and " + bestName + " places nothing in time");
    // "What was the spam rate in 2015?" asks about a year the facts do not
    // describe: today's figure is not its answer.
    for (const std::string& year : yearsNamed(question))
        if (!m_factYears[best].count(year)) ruleOut("it asks about " + year + ", a year " + bestName + " does not describe");
    // "What was the duplicate rate two years ago?": nor is it when the
    // question names an earlier period and the fact only describes today.
    // "How was it two years ago? Has it got worse?": a part that points back
    // asks about the period the part before it named.
    const bool pointsBack = !context.empty() && refersBack(question);
    if ((asksAboutThePast(question) || (pointsBack && asksAboutThePast(context))) && !m_factSpeaksOfThePast[best])
        ruleOut("it asks about an earlier period, and " + bestName + " describes only today");
    // "Who approved the boosting rules?": nor is it when the question asks
    // who owns, approves or decides something and the fact was not written
    // to say so (none of its asks is such a question). Many facts name a
    // team in passing ("legal reviews the wording"); only the author knows
    // whether one says who owns the thing asked about.
    if (asksWhoOwns(question) && !m_factAnswersWho[best])
        ruleOut("it asks who owns or decides something, and none of the asks of " + bestName +
                " is such a question (add one, such as 'who approves it', if its answer says)");
    // "How does our CTR compare with what Meta sees?": nor is it when the
    // question asks about a company the fact does not speak of.
    for (const std::string& company : companiesNamed(question))
        if (!m_factCompanies[best].count(company)) ruleOut("it asks about '" + company + "', which " + bestName + " does not name");
    const double runnerUp = scores.size() > 1 ? scores[1].score : 0.0;
    // A question about the team or its tools, or about something the
    // scenario leaves to the candidate, is declined even when it shares a
    // noun with a fact: it is closer to one of those than to the fact.
    double outOfScope = 0;
    std::size_t closestOutOfScope = 0;
    for (std::size_t i = 0; i < m_outOfScope.size(); ++i)
        if (const double s = cosine(query, m_outOfScope[i]); s > outOfScope) {
            outOfScope = s;
            closestOutOfScope = i;
        }
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
    const double clearer = m_options.otherWordsBase + m_options.otherWordsSlope * otherWordsShare;
    if (!asksForTime && scores.front().score < clearer)
        ruleOut("much of it is in other facts' words, so " + bestName + " needs a score of " + scoreText(clearer) +
                ", not " + scoreText(scores.front().score));
    if (scores.front().score <= 0)
        result.declinedBecause = "it shares no word with any fact's topic or asks";
    else if (scores.front().score < m_options.threshold)
        result.declinedBecause = "the best score, " + scoreText(scores.front().score) + " (" + bestName +
                                 "), is under " + scoreText(m_options.threshold);
    else if (!ruledOut.empty())
        result.declinedBecause = ruledOut;
    else if (declined && outOfScope >= leftOpen)
        result.declinedBecause = "it is closer to a question no fact answers ('" +
                                 outOfScopeQuestions()[closestOutOfScope] + "') than to " + bestName;
    else if (scores.front().score - runnerUp < m_options.margin)
        result.declinedBecause = bestName + " leads the runner-up by only " + scoreText(scores.front().score - runnerUp);
    if (result.declinedBecause.empty() && !declined) {
        result.fact = scores.front().fact;
        result.facts = {result.fact};
    }
    // The assumption's own reply only when it is what the question was about
    // (then it is also the reason no fact answers).
    if (result.fact || leftOpen < m_options.threshold || leftOpen < outOfScope) result.leftOpen = nullptr;
    if (result.leftOpen)
        result.declinedBecause = "the scenario leaves it to the candidate: assumption '" + result.leftOpen->id + "' replies";
    return result;
}

}  // namespace rehearse
