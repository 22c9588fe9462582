#include "core/pair/scenario_opening.hpp"

#include <cmath>

namespace rehearse {

using nlohmann::json;

namespace {

// Generous for any shipped or authored scenario; a bound on a partner's bytes.
constexpr std::size_t kMaxOpeningTextBytes = 64 * 1024;
constexpr double kMaxStageMinutes = 24 * 60;

std::optional<std::string> text(const json& j, const char* key, std::string& error, bool required = true) {
    auto it = j.find(key);
    if (it == j.end()) {
        if (!required) return std::string();
        return error = std::string("'") + key + "' is missing", std::nullopt;
    }
    if (!it->is_string()) return error = std::string("'") + key + "' must be a string", std::nullopt;
    std::string value = it->get<std::string>();
    if (value.size() > kMaxOpeningTextBytes)
        return error = std::string("'") + key + "' is longer than " + std::to_string(kMaxOpeningTextBytes) + " bytes",
               std::nullopt;
    return value;
}

}  // namespace

ScenarioOpening openingOf(const Scenario& scenario) {
    ScenarioOpening opening{scenario.id, scenario.title, scenario.question, scenario.level, {}};
    for (const Stage& stage : scenario.stages)
        opening.stages.push_back({stage.kind, stage.title, stage.minutes, stage.goal});
    return opening;
}

RevealedFactText revealedFactText(const Fact& fact) { return {fact.id, fact.topic, fact.answer}; }

Scenario publicScenario(const ScenarioOpening& opening, const std::vector<RevealedFactText>& revealed) {
    Scenario scenario;
    scenario.id = opening.id;
    scenario.title = opening.title;
    scenario.question = opening.question;
    scenario.level = opening.level;
    double minutes = 0;
    for (const auto& s : opening.stages) {
        Stage stage;
        stage.kind = s.kind;
        stage.title = s.title;
        stage.minutes = s.minutes;
        stage.goal = s.goal;
        scenario.stages.push_back(std::move(stage));
        minutes += s.minutes;
    }
    scenario.minutes = minutes;
    for (const auto& f : revealed) {
        Fact fact;
        fact.id = f.id;
        fact.topic = f.topic;
        fact.answer = f.answer;
        scenario.facts.push_back(std::move(fact));
    }
    return scenario;
}

json openingToJson(const ScenarioOpening& opening) {
    json stages = json::array();
    for (const auto& s : opening.stages)
        stages.push_back({{"kind", stageKindId(s.kind)}, {"title", s.title}, {"minutes", s.minutes}, {"goal", s.goal}});
    return {{"id", opening.id},       {"title", opening.title},           {"question", opening.question},
            {"level", levelId(opening.level)}, {"stages", stages}};
}

std::optional<ScenarioOpening> openingFromJson(const json& j, std::string& error) {
    if (!j.is_object()) return error = "the opening must be a JSON object", std::nullopt;
    ScenarioOpening opening;
    auto id = text(j, "id", error);
    auto title = text(j, "title", error);
    auto question = text(j, "question", error);
    auto level = text(j, "level", error);
    if (!id || !title || !question || !level) return std::nullopt;
    if (id->empty()) return error = "the opening's 'id' is empty", std::nullopt;
    auto parsedLevel = levelFromId(*level);
    if (!parsedLevel) return error = "the opening's 'level' must be mid, senior or staff", std::nullopt;
    opening.id = *id;
    opening.title = *title;
    opening.question = *question;
    opening.level = *parsedLevel;
    auto stages = j.find("stages");
    if (stages == j.end() || !stages->is_array() || stages->empty() || stages->size() > std::size(kAllStageKinds))
        return error = "the opening's 'stages' must be a list of 1 to 6 stages", std::nullopt;
    for (const json& s : *stages) {
        if (!s.is_object()) return error = "each opening stage must be a JSON object", std::nullopt;
        auto kind = text(s, "kind", error);
        auto stageTitle = text(s, "title", error, false);
        auto goal = text(s, "goal", error, false);
        if (!kind || !stageTitle || !goal) return std::nullopt;
        auto parsedKind = stageKindFromId(*kind);
        if (!parsedKind) return error = "unknown stage kind '" + *kind + "' in the opening", std::nullopt;
        for (const auto& earlier : opening.stages)
            if (earlier.kind == *parsedKind) return error = "stage '" + *kind + "' appears twice in the opening", std::nullopt;
        auto minutes = s.find("minutes");
        if (minutes == s.end() || !minutes->is_number() || !std::isfinite(minutes->get<double>()) ||
            !(minutes->get<double>() > 0) || !(minutes->get<double>() <= kMaxStageMinutes))
            return error = "stage '" + *kind + "' needs 'minutes', a number above 0 and at most 1440", std::nullopt;
        opening.stages.push_back({*parsedKind, *stageTitle, minutes->get<double>(), *goal});
    }
    return opening;
}

json revealedFactToJson(const RevealedFactText& fact) {
    return {{"id", fact.id.value}, {"topic", fact.topic}, {"answer", fact.answer}};
}

std::optional<RevealedFactText> revealedFactFromJson(const json& j, std::string& error) {
    if (!j.is_object()) return error = "'fact' must be a JSON object", std::nullopt;
    auto id = text(j, "id", error);
    auto topic = text(j, "topic", error);
    auto answer = text(j, "answer", error);
    if (!id || !topic || !answer) return std::nullopt;
    if (id->empty()) return error = "the fact's 'id' is empty", std::nullopt;
    return RevealedFactText{FactId(*id), *topic, *answer};
}

}  // namespace rehearse
