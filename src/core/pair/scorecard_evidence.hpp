// The evidence a scorecard starts with, written from the session so the
// person scoring quotes what happened instead of remembering it: questions
// asked, important facts not asked, probes and the answers given, and which
// key points of each dimension the coverage engine found. The candidate's
// blind self-score starts from what the candidate saw: no key points and no
// facts they did not ask for, even where the session holds them (hot seat).
#pragma once

#include "core/interviewer/coverage.hpp"
#include "core/pair/scorecard.hpp"
#include "core/session/session.hpp"

#include <string>

namespace rehearse {

// The evidence for one dimension, several lines of plain text, for whoever scores.
std::string dimensionEvidence(const Session& session, const CoverageReport& coverage, RubricDimension dimension,
                              ScorecardAuthor author);

// A blank scorecard (nothing scored) with every dimension's evidence filled in.
Scorecard prefilledScorecard(const Session& session, const CoverageReport& coverage, ScorecardAuthor author);

}  // namespace rehearse
