// How much of a weighted whole was covered: key-point weight covered out of
// the weight there was to cover, for a stage, a rubric dimension, a whole
// rehearsal or a stored score. The one place the fraction's rules live; the
// coverage report, the debrief, coverage by dimension and the stored session
// score all hand out this type.
#pragma once

#include <optional>

namespace rehearse {

struct WeightedShare {
    int covered = 0;  // weight covered
    int total = 0;    // weight there was to cover

    // Nothing to cover (a dimension no key point is about, a pair candidate's
    // copy of the scenario): there is no score, and a report says "not
    // assessed" rather than 0% or 100%.
    bool assessed() const { return total > 0; }

    // covered / total, always in 0..1 (a stored score from someone else's
    // file may claim more covered than there was). When not assessed: 1,
    // nothing was left uncovered, so a stage with no key points reads done.
    double fraction() const;
    // The fraction, or nothing when not assessed: for what stores or prints a score.
    std::optional<double> assessedFraction() const;

    WeightedShare& operator+=(const WeightedShare& other);
};

}  // namespace rehearse
