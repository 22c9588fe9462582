// Questions a candidate asks that no scenario answers with a fact: about the
// team, its budget and tools, the company's vendors and schedule. They share
// nouns with real facts ("how many people are on the ads team?" shares
// "people" with the user count), so without them the matcher answers the
// wrong thing. The interviewer declines a question closer to one of these
// than to any fact, and says to make an assumption.
#pragma once

#include <string>
#include <vector>

namespace rehearse {

const std::vector<std::string>& outOfScopeQuestions();

}  // namespace rehearse
