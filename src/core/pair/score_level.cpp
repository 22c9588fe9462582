#include "core/pair/score_level.hpp"

#include <cstddef>

namespace rehearse {

const char* scoreLevelId(ScoreLevel level) {
    switch (level) {
        case ScoreLevel::Unscored: return "unscored";
        case ScoreLevel::VeryWeak: return "very_weak";
        case ScoreLevel::Weak: return "weak";
        case ScoreLevel::Strong: return "strong";
        case ScoreLevel::VeryStrong: return "very_strong";
    }
    return "unscored";
}

const char* scoreLevelTitle(ScoreLevel level) {
    switch (level) {
        case ScoreLevel::Unscored: return "Not scored";
        case ScoreLevel::VeryWeak: return "Very weak";
        case ScoreLevel::Weak: return "Weak";
        case ScoreLevel::Strong: return "Strong";
        case ScoreLevel::VeryStrong: return "Very strong";
    }
    return "Not scored";
}

std::optional<ScoreLevel> scoreLevelFromId(const std::string& id) {
    for (ScoreLevel level : {ScoreLevel::Unscored, ScoreLevel::VeryWeak, ScoreLevel::Weak, ScoreLevel::Strong,
                             ScoreLevel::VeryStrong})
        if (id == scoreLevelId(level)) return level;
    return std::nullopt;
}

namespace {

// [dimension][level - 1], dimensions in kAllRubricDimensions order.
constexpr const char* kAnchors[5][4] = {
    {// problem understanding
     "Starts designing at once; the goal, users and constraints stay unstated.",
     "Asks a few questions but misses the ones that change the design (scale, labels, latency).",
     "Turns the prompt into a measurable objective, asks for scale, labels and constraints, states assumptions.",
     "Frames the business goal and its ML proxy, finds the question nobody asked, and scopes what to build first."},
    {// data and features
     "Assumes clean labelled data exists; no word on where labels come from.",
     "Names data sources but not label quality, delay or leakage.",
     "Explains label sources, their delay and noise, splits without leakage, and features with their freshness.",
     "Designs the data loop: label collection, bias in what gets labelled, feature store and online/offline parity."},
    {// modelling
     "Names a model with no reason, or the most complex one available.",
     "Picks a reasonable model but cannot say why it beats a simpler baseline.",
     "Starts from a baseline, justifies the model by data size and latency, weighs the main trade-offs.",
     "Compares options with numbers (cost, latency, quality), knows where the chosen model fails and what follows."},
    {// evaluation and deployment
     "Accuracy as the metric; no plan for shipping or watching the model.",
     "Names an offline metric but no online test, rollout or monitoring.",
     "Offline metric fits the class balance and cost, online A/B test, staged rollout, drift monitoring.",
     "Ties offline to online metrics, guards against feedback loops, plans retraining and a rollback."},
    {// communication
     "Hard to follow; long silences or jumps between topics.",
     "Understandable but unstructured; trade-offs left implicit.",
     "Structured, signposts each stage, checks in with the interviewer, answers probes directly.",
     "Drives the conversation, keeps time, states trade-offs and recovers well from pushback."},
};

}  // namespace

const char* scoreLevelAnchor(RubricDimension dimension, ScoreLevel level) {
    if (level == ScoreLevel::Unscored) return "";
    return kAnchors[static_cast<std::size_t>(dimension)][static_cast<std::size_t>(level) - 1];
}

}  // namespace rehearse
