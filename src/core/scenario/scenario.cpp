#include "core/scenario/scenario.hpp"

namespace rehearse {

const char* stageKindId(StageKind kind) {
    switch (kind) {
        case StageKind::Clarify: return "clarify";
        case StageKind::Data: return "data";
        case StageKind::Features: return "features";
        case StageKind::Models: return "models";
        case StageKind::Evaluation: return "evaluation";
        case StageKind::Deployment: return "deployment";
    }
    return "clarify";
}

const char* stageKindTitle(StageKind kind) {
    switch (kind) {
        case StageKind::Clarify: return "Clarify";
        case StageKind::Data: return "Data";
        case StageKind::Features: return "Features";
        case StageKind::Models: return "Models";
        case StageKind::Evaluation: return "Evaluation";
        case StageKind::Deployment: return "Deployment & monitoring";
    }
    return "";
}

std::optional<StageKind> stageKindFromId(const std::string& id) {
    for (StageKind kind : kAllStageKinds)
        if (id == stageKindId(kind)) return kind;
    return std::nullopt;
}

const char* difficultyId(Difficulty difficulty) {
    switch (difficulty) {
        case Difficulty::Easy: return "easy";
        case Difficulty::Medium: return "medium";
        case Difficulty::Hard: return "hard";
    }
    return "medium";
}

std::optional<Difficulty> difficultyFromId(const std::string& id) {
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard})
        if (id == difficultyId(d)) return d;
    return std::nullopt;
}

const char* levelId(Level level) {
    switch (level) {
        case Level::Mid: return "mid";
        case Level::Senior: return "senior";
        case Level::Staff: return "staff";
    }
    return "senior";
}

std::optional<Level> levelFromId(const std::string& id) {
    for (Level level : {Level::Mid, Level::Senior, Level::Staff})
        if (id == levelId(level)) return level;
    return std::nullopt;
}

bool followUpAppliesAtLevel(const FollowUp& followUp, Level candidate) {
    return !followUp.level || static_cast<int>(candidate) >= static_cast<int>(*followUp.level);
}

std::string Scenario::stageTitle(StageKind kind) const {
    const Stage* stage = findStage(kind);
    return stage ? stage->displayTitle() : stageKindTitle(kind);
}

const Stage* Scenario::findStage(StageKind kind) const {
    for (const Stage& stage : stages)
        if (stage.kind == kind) return &stage;
    return nullptr;
}

const KeyPoint* Scenario::findKeyPoint(const std::string& keyPointId) const {
    for (const Stage& stage : stages)
        for (const KeyPoint& point : stage.keyPoints)
            if (point.id == keyPointId) return &point;
    return nullptr;
}

const Fact* Scenario::findFact(const FactId& factId) const {
    for (const Fact& fact : facts)
        if (fact.id == factId) return &fact;
    return nullptr;
}

const Assumption* Scenario::findAssumption(const std::string& assumptionId) const {
    for (const Assumption& assumption : assumptions)
        if (assumption.id == assumptionId) return &assumption;
    return nullptr;
}

}  // namespace rehearse
