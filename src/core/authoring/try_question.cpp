#include "core/authoring/try_question.hpp"

#include "core/interviewer/clarification_matcher.hpp"
#include "core/interviewer/interviewer.hpp"
#include "core/session/session.hpp"
#include "core/text/stemmer.hpp"
#include "core/text/stop_words.hpp"
#include "core/text/tokenizer.hpp"

#include <set>

namespace rehearse {
namespace {

std::vector<std::string> sharedWords(const std::string& question, const std::string& ask, Stemmer& stemmer) {
    std::set<std::string> askStems;
    for (const std::string& word : tokenWords(ask))
        if (!isStopWord(word)) askStems.insert(stemmer.stem(word));
    std::vector<std::string> shared;
    std::set<std::string> seen;
    for (const std::string& word : tokenWords(question)) {
        if (isStopWord(word) || !askStems.count(stemmer.stem(word))) continue;
        if (seen.insert(word).second) shared.push_back(word);
    }
    return shared;
}

FactTrial trialOf(const FactScore& ranked, const std::string& question, Stemmer& stemmer) {
    FactTrial trial;
    if (!ranked.fact) return trial;
    trial.id = ranked.fact->id.value;
    trial.topic = ranked.fact->topic;
    trial.score = ranked.score;
    trial.closestAsk = ranked.closestAsk;
    trial.sharedWords = sharedWords(question, ranked.closestAsk, stemmer);
    return trial;
}

}  // namespace

QuestionTrial tryQuestion(const Scenario& scenario, const std::string& question) {
    QuestionTrial trial;
    ClarificationMatcher matcher(scenario);
    trial.threshold = matcher.options().threshold;
    const ClarificationResult result = matcher.match(question);
    for (const Fact* fact : result.facts) trial.answered.push_back(fact->id.value);
    trial.declinedBecause = result.declinedBecause;
    trial.reply = Session::replyTo(scenario, Interviewer::askAction(question, result));

    const std::vector<FactScore> ranked = matcher.rank(question);
    Stemmer stemmer;
    if (!ranked.empty()) trial.best = trialOf(ranked[0], question, stemmer);
    if (ranked.size() > 1) trial.runnerUp = trialOf(ranked[1], question, stemmer);
    return trial;
}

}  // namespace rehearse
