// The predicates that reject what was said before them, for the statement
// analysis (statement.cpp): "X is unnecessary", "X says little", "X is
// legal's call", "a lot of streaming machinery", and harms claimed for an
// idea ("X would hurt watch time"). The word lists grow with every writer
// whose rejections the scorer learns to read. Internal to core/text.
#pragma once

#include "core/text/analyzed_text.hpp"
#include "core/text/statement_scan.hpp"

#include <cstddef>

namespace rehearse::statement_scan {

// Whether the words from `j` (before `end`, the clause's end) dismiss,
// belittle or hand to someone else what came before them.
bool dismissesWhatCameBefore(const AnalyzedText& text, std::size_t j, std::size_t end);

// How many words of a multi-word dismissal start at `j` ("operational
// overhead", "a product wish"), 0 when none does: what an explanation quotes.
std::size_t dismissalLength(const AnalyzedText& text, std::size_t j, std::size_t end);

// Whether the words from `j` claim a cost for what came before them ("X
// would hurt watch time", "X throws away the long tail"): that rejects a
// remedy, but not a problem.
bool isHarmClaim(const AnalyzedText& text, std::size_t j, std::size_t end);

}  // namespace rehearse::statement_scan
