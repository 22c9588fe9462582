// The five rubric dimensions a key point is judged under, the same five an
// interviewer's scorecard uses (and the partner's scorecard in pair
// practice): problem navigation, data and features, modelling, evaluation and
// deployment, communication. Stages say *when* something is discussed; a
// dimension says *what skill* it shows, so a clarify question about label
// quality counts towards data, and explaining a trade-off aloud towards
// communication.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

enum class StageKind;  // scenario.hpp, which includes this file

enum class RubricDimension { Problem, Data, Modelling, Evaluation, Communication };

inline constexpr RubricDimension kAllRubricDimensions[] = {RubricDimension::Problem, RubricDimension::Data,
                                                           RubricDimension::Modelling, RubricDimension::Evaluation,
                                                           RubricDimension::Communication};

const char* rubricDimensionId(RubricDimension dimension);    // "problem", "data", ...
const char* rubricDimensionName(RubricDimension dimension);  // "Problem navigation", ...
std::optional<RubricDimension> rubricDimensionFromId(const std::string& id);
std::vector<std::string> rubricDimensionIds();               // every id, in order, for messages

// The dimension a key point belongs to when its file does not say:
// clarify -> problem navigation; data, features -> data and features;
// models -> modelling; evaluation, deployment -> evaluation and deployment.
// No stage defaults to communication: a communication point says so.
RubricDimension defaultRubricDimension(StageKind stage);

}  // namespace rehearse
