#include "core/scenario/rubric_dimension.hpp"

#include "core/scenario/scenario.hpp"

namespace rehearse {

const char* rubricDimensionId(RubricDimension dimension) {
    switch (dimension) {
        case RubricDimension::Problem: return "problem";
        case RubricDimension::Data: return "data";
        case RubricDimension::Modelling: return "modelling";
        case RubricDimension::Evaluation: return "evaluation";
        case RubricDimension::Communication: return "communication";
    }
    return "problem";
}

const char* rubricDimensionName(RubricDimension dimension) {
    switch (dimension) {
        case RubricDimension::Problem: return "Problem navigation";
        case RubricDimension::Data: return "Data and features";
        case RubricDimension::Modelling: return "Modelling";
        case RubricDimension::Evaluation: return "Evaluation and deployment";
        case RubricDimension::Communication: return "Communication";
    }
    return "";
}

std::optional<RubricDimension> rubricDimensionFromId(const std::string& id) {
    for (RubricDimension dimension : kAllRubricDimensions)
        if (id == rubricDimensionId(dimension)) return dimension;
    return std::nullopt;
}

std::vector<std::string> rubricDimensionIds() {
    std::vector<std::string> ids;
    for (RubricDimension dimension : kAllRubricDimensions) ids.emplace_back(rubricDimensionId(dimension));
    return ids;
}

RubricDimension defaultRubricDimension(StageKind stage) {
    switch (stage) {
        case StageKind::Clarify: return RubricDimension::Problem;
        case StageKind::Data:
        case StageKind::Features: return RubricDimension::Data;
        case StageKind::Models: return RubricDimension::Modelling;
        case StageKind::Evaluation:
        case StageKind::Deployment: return RubricDimension::Evaluation;
    }
    return RubricDimension::Problem;
}

}  // namespace rehearse
