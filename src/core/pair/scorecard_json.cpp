#include "core/pair/scorecard_json.hpp"

namespace rehearse {

using nlohmann::json;

json scorecardToJson(const Scorecard& scorecard) {
    json dims = json::object();
    for (RubricDimension d : kAllRubricDimensions)
        dims[rubricDimensionId(d)] = {{"level", scoreLevelId(scorecard.score(d).level)},
                                      {"evidence", scorecard.score(d).evidence}};
    return {{"dimensions", dims},
            {"advance", advanceVerdictId(scorecard.advance)},
            {"strengths", scorecard.strengths},
            {"improvements", scorecard.improvements}};
}

namespace {

bool fail(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return false;
}

bool readString(const json& object, const char* key, std::string& out, std::string* error, const std::string& where) {
    auto it = object.find(key);
    if (it == object.end()) return fail(error, where + "'" + key + "' is missing");
    if (!it->is_string()) return fail(error, where + "'" + key + "' must be a string");
    out = it->get<std::string>();
    return true;
}

std::nullopt_t refuse(std::string* error, std::string message) {
    fail(error, std::move(message));
    return std::nullopt;
}

}  // namespace

std::optional<Scorecard> scorecardFromJson(const json& j, std::string* error) {
    if (!j.is_object()) return refuse(error, "a scorecard must be an object");
    Scorecard card;
    auto dims = j.find("dimensions");
    if (dims == j.end() || !dims->is_object())
        return refuse(error, "a scorecard needs 'dimensions', an object");
    for (auto it = dims->begin(); it != dims->end(); ++it)
        if (!rubricDimensionFromId(it.key()))
            return refuse(error, "unknown scorecard dimension '" + it.key() + "'");
    for (RubricDimension d : kAllRubricDimensions) {
        const std::string where = std::string("dimension '") + rubricDimensionId(d) + "': ";
        auto entry = dims->find(rubricDimensionId(d));
        if (entry == dims->end()) continue;  // not scored
        if (!entry->is_object()) return refuse(error, where + "must be an object");
        std::string level;
        if (!readString(*entry, "level", level, error, where)) return std::nullopt;
        auto parsed = scoreLevelFromId(level);
        if (!parsed) return refuse(error, where + "unknown level '" + level + "'");
        card.score(d).level = *parsed;
        if (entry->contains("evidence") && !readString(*entry, "evidence", card.score(d).evidence, error, where))
            return std::nullopt;
    }
    std::string advance;
    if (!readString(j, "advance", advance, error, "scorecard: ")) return std::nullopt;
    auto verdict = advanceVerdictFromId(advance);
    if (!verdict) return refuse(error, "scorecard: 'advance' must be yes, no or undecided, not '" + advance + "'");
    card.advance = *verdict;
    if (!readString(j, "strengths", card.strengths, error, "scorecard: ")) return std::nullopt;
    if (!readString(j, "improvements", card.improvements, error, "scorecard: ")) return std::nullopt;
    return card;
}

}  // namespace rehearse
