// Who owns what: questions that ask who owns, approves or decides something,
// and answers that say so. The clarification matcher answers such a
// question only with a fact written to say who (one of its asks is such a
// question); the authoring lint finds facts whose answer says who but whose
// asks do not, so that candidates asking who get the answer.
#pragma once

#include <string>
#include <string_view>

namespace rehearse {

// "Who approved the boosting rules?", "and whose team maintains the index?":
// a question for a role inside the company, by its verb (owns, approves,
// decides, built). Not "who are the users?", nor "users who pause", where
// no question opens.
bool asksWhoOwns(std::string_view question);

// The words of an answer that say who owns, approves or decides something
// ("Finance approved", "owned by the search team"), or empty.
std::string saysWhoOwns(std::string_view answer);

}  // namespace rehearse
