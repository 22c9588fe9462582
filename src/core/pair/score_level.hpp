// The four-level scale of the pair scorecard (very weak / weak / strong /
// very strong), as structured interviews use it: no middle level to hide in,
// and each level of each dimension carries anchor text (what an answer at
// that level sounds like) so two people scoring the same rehearsal read the
// levels the same way.
#pragma once

#include "core/scenario/rubric_dimension.hpp"

#include <optional>
#include <string>

namespace rehearse {

enum class ScoreLevel { Unscored, VeryWeak, Weak, Strong, VeryStrong };

inline constexpr ScoreLevel kScoreLevels[] = {ScoreLevel::VeryWeak, ScoreLevel::Weak, ScoreLevel::Strong,
                                              ScoreLevel::VeryStrong};

const char* scoreLevelId(ScoreLevel level);     // "unscored", "very_weak", ... "very_strong"
const char* scoreLevelTitle(ScoreLevel level);  // "Not scored", "Very weak", ... "Very strong"
std::optional<ScoreLevel> scoreLevelFromId(const std::string& id);

// What an answer at `level` looks like on `dimension`; empty for Unscored.
const char* scoreLevelAnchor(RubricDimension dimension, ScoreLevel level);

}  // namespace rehearse
