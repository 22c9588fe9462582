// The scorecard as JSON, in a journal and in a pair message. Reading never
// throws: anything that is not a scorecard gives a message saying what is wrong.
#pragma once

#include "core/pair/scorecard.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace rehearse {

nlohmann::json scorecardToJson(const Scorecard& scorecard);
std::optional<Scorecard> scorecardFromJson(const nlohmann::json& json, std::string* error = nullptr);

}  // namespace rehearse
