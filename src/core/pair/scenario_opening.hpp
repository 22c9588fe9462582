// The public part of a scenario: what the interviewer's side sends the
// candidate's side when a pair rehearsal opens, and the one fact at a time it
// sends when the interviewer reveals it. These types have no field for a
// hidden fact, a key point, a probe, a pitfall, guidance or the reference, so
// no message built from them can carry one. The candidate's side runs an
// ordinary Session over publicScenario(): its notes, canvas, journal and
// screens work unchanged while it holds nothing hidden.
#pragma once

#include "core/scenario/scenario.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

struct ScenarioOpening {
    struct StageOpening {
        StageKind kind = StageKind::Clarify;
        std::string title;  // the scenario's own, or empty for the kind's
        double minutes = 5;
        std::string goal;
    };
    std::string id;
    std::string title;
    std::string question;
    Level level = Level::Senior;
    std::vector<StageOpening> stages;
};

// A fact the interviewer revealed: what the candidate's view shows of it.
struct RevealedFactText {
    FactId id;
    std::string topic;
    std::string answer;
};

ScenarioOpening openingOf(const Scenario& scenario);
RevealedFactText revealedFactText(const Fact& fact);

// A Scenario holding only the opening and the facts revealed so far.
Scenario publicScenario(const ScenarioOpening& opening, const std::vector<RevealedFactText>& revealed);

nlohmann::json openingToJson(const ScenarioOpening& opening);
// Nothing (and a sentence in `error`) for JSON that is not an opening: stages
// missing, repeated or out of order, minutes not a positive finite number,
// texts too long.
std::optional<ScenarioOpening> openingFromJson(const nlohmann::json& json, std::string& error);

nlohmann::json revealedFactToJson(const RevealedFactText& fact);
std::optional<RevealedFactText> revealedFactFromJson(const nlohmann::json& json, std::string& error);

}  // namespace rehearse
