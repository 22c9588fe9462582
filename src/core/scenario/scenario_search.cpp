#include "core/scenario/scenario_search.hpp"

#include <algorithm>
#include <cctype>

namespace rehearse {
namespace {

std::string folded(const std::string& s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

}  // namespace

ScenarioMatch matchScenario(const Scenario& scenario, const std::string& text) {
    const std::string needle = folded(trimmed(text));
    if (needle.empty() || folded(scenario.title).find(needle) != std::string::npos) return ScenarioMatch::Title;
    for (const std::string& tag : scenario.tags)
        if (folded(tag).find(needle) != std::string::npos) return ScenarioMatch::Tag;
    if (folded(scenario.question).find(needle) != std::string::npos) return ScenarioMatch::Question;
    return ScenarioMatch::None;
}

std::vector<std::size_t> searchScenarios(const std::vector<Scenario>& scenarios, const std::string& text,
                                         const std::set<std::string>& requiredTags, std::optional<Level> level) {
    std::vector<std::pair<ScenarioMatch, std::size_t>> found;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario& s = scenarios[i];
        const bool tagged = std::all_of(requiredTags.begin(), requiredTags.end(), [&](const std::string& tag) {
            return std::find(s.tags.begin(), s.tags.end(), tag) != s.tags.end();
        });
        if (!tagged || (level && s.level != *level)) continue;
        const ScenarioMatch match = matchScenario(s, text);
        if (match != ScenarioMatch::None) found.emplace_back(match, i);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::size_t> order;
    for (const auto& [match, index] : found) order.push_back(index);
    return order;
}

}  // namespace rehearse
