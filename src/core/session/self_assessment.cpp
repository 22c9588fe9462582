#include "core/session/self_assessment.hpp"

#include <algorithm>

namespace rehearse {

const char* assessmentDimensionId(AssessmentDimension dimension) {
    switch (dimension) {
        case AssessmentDimension::ProblemFraming: return "problem_framing";
        case AssessmentDimension::MlDepth: return "ml_depth";
        case AssessmentDimension::TradeOffs: return "trade_offs";
        case AssessmentDimension::Communication: return "communication";
        case AssessmentDimension::Pacing: return "pacing";
    }
    return "";
}

const char* assessmentDimensionTitle(AssessmentDimension dimension) {
    switch (dimension) {
        case AssessmentDimension::ProblemFraming: return "Problem framing";
        case AssessmentDimension::MlDepth: return "ML depth";
        case AssessmentDimension::TradeOffs: return "Trade-offs";
        case AssessmentDimension::Communication: return "Communication";
        case AssessmentDimension::Pacing: return "Pacing";
    }
    return "";
}

const char* assessmentDimensionPrompt(AssessmentDimension dimension) {
    switch (dimension) {
        case AssessmentDimension::ProblemFraming:
            return "Did I pin down the goal, the label, the constraints and what the output drives before designing?";
        case AssessmentDimension::MlDepth:
            return "Were my data, features, models and metrics specific and right for this problem?";
        case AssessmentDimension::TradeOffs:
            return "Did I name alternatives and say why I chose one, with costs (latency, data, risk)?";
        case AssessmentDimension::Communication:
            return "Could an interviewer follow my structure, and did I state assumptions out loud?";
        case AssessmentDimension::Pacing:
            return "Did I spend time where it mattered and reach evaluation and deployment?";
    }
    return "";
}

const char* ratingTitle(int rating) {
    switch (rating) {
        case 1: return "Strong no";
        case 2: return "Lean no";
        case 3: return "Lean yes";
        case 4: return "Strong yes";
        default: return "Not rated";
    }
}

void SelfAssessment::setRating(AssessmentDimension dimension, int rating) {
    ratings[static_cast<std::size_t>(dimension)] = std::clamp(rating, 0, kMaxRating);
}

bool SelfAssessment::isComplete() const {
    return std::all_of(ratings.begin(), ratings.end(), [](int r) { return r > 0; });
}

}  // namespace rehearse
