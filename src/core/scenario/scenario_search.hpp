// Which scenarios a library filter shows, and in what order: the one the
// person most likely means comes first, so Enter starts it. A scenario whose
// title contains the text outranks one that only carries it as a tag, which
// outranks one whose question merely mentions it. Ties keep library order.
#pragma once

#include "core/scenario/scenario.hpp"

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace rehearse {

enum class ScenarioMatch { Title = 0, Tag = 1, Question = 2, None = 3 };

// How `scenario` matches `text` (case-insensitive, surrounding spaces
// ignored); an empty text matches every scenario by title.
ScenarioMatch matchScenario(const Scenario& scenario, const std::string& text);

// Indices into `scenarios` of those that match `text`, carry every tag in
// `requiredTags` and, when `level` is given, are pitched at exactly that
// level; best match first.
std::vector<std::size_t> searchScenarios(const std::vector<Scenario>& scenarios, const std::string& text,
                                         const std::set<std::string>& requiredTags,
                                         std::optional<Level> level = std::nullopt);

}  // namespace rehearse
