#include "core/interviewer/out_of_scope_questions.hpp"

namespace rehearse {

const std::vector<std::string>& outOfScopeQuestions() {
    // Phrased the way candidates ask; keep them free of any one domain's
    // nouns (users, items, labels), which real facts own.
    static const std::vector<std::string> questions = {
        "how many people are on the team",
        "how many engineers work on this",
        "how large is the team building it",
        "who is on the team and who do we report to",
        "what is the budget for hiring",
        "how much are the staff paid, per hour or per item",
        "what is the budget for the project",
        "which programming language does the team use",
        "which cloud provider or data warehouse does the company use",
        "which vendor has the best price",
        "what does the user interface look like",
        "what does the internal tool look like",
        "is there a legal team to consult",
        "when is the launch deadline",
        "who is the product manager",
        "which team owns or maintains it",
        "who designed or built it",
        "what figures do our competitors get",
        "how do we stack up against competitors",
        "which open source library does the service use",
        "how is it sharded or partitioned across machines",
        "what optimizer, epochs and batch size does the model train with",
        "what is the team's headcount and how is it organised",
        "what is the team's sprint cadence or process",
    };
    return questions;
}

}  // namespace rehearse
