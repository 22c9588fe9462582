// Weighted stems of a text, compared by cosine: how the clarification
// matcher scores a question against a fact's asks and how a key point's
// examples recognise a sentence that says the same thing in other words.
#pragma once

#include <string>
#include <unordered_map>

namespace rehearse {

using TermWeights = std::unordered_map<std::string, double>;

// 0 when either is empty; 1 for the same stems in the same proportions.
double cosine(const TermWeights& a, const TermWeights& b);

}  // namespace rehearse
