// Words that carry no topic: "what", "the", "we", "is". The clarification
// matcher ignores them when comparing a question with a fact's phrasings;
// concept matching keeps them, because phrases must match word for word.
#pragma once

#include <string_view>

namespace rehearse {

// `word` is a lower-case token from tokenize() (before stemming).
bool isStopWord(std::string_view word);

}  // namespace rehearse
