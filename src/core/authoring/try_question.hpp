// "Try it" for questions: what the interviewer would do with a question an
// author types, and why, so the author sees at once which ask to add.
//
// Uses the interviewer's own ClarificationMatcher (its public match and rank)
// on the scenario as written; nothing is re-scored here. The words shown as
// matched are those the question shares, after stemming, with the fact's
// closest ask (stop words left out); a match the matcher found through a
// synonym shows no shared word.
#pragma once

#include "core/scenario/scenario.hpp"

#include <string>
#include <vector>

namespace rehearse {

struct FactTrial {
    std::string id;     // empty: no such candidate
    std::string topic;
    double score = 0;   // 0..1, the matcher's
    std::string closestAsk;
    std::vector<std::string> sharedWords;  // the question's words found in closestAsk, as typed
};

struct QuestionTrial {
    std::vector<std::string> answered;  // fact ids the interviewer answers with, in order; empty: declined
    std::string declinedBecause;        // when declined: why, in the matcher's words
    std::string reply;                  // what the interviewer says
    FactTrial best;                     // the best-scoring fact, answered or not
    FactTrial runnerUp;                 // the second best; its id is empty when the scenario has one fact
    double threshold = 0;               // the score an answer needs
};

QuestionTrial tryQuestion(const Scenario& scenario, const std::string& question);

}  // namespace rehearse
