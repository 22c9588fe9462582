#include "core/pair/swap_suggestion.hpp"

#include <algorithm>
#include <cstddef>

namespace rehearse {
namespace {

bool metById(const PairHistory& history, const std::string& id) {
    const auto same = [&](const ScenarioSeen& seen) { return seen.scenarioId == id; };
    return std::any_of(history.asCandidate.begin(), history.asCandidate.end(), same) ||
           std::any_of(history.asInterviewer.begin(), history.asInterviewer.end(), same);
}

// Everything the person met, newest first: as candidate and as interviewer
// interleaved by position (each list is newest first already).
std::vector<ScenarioSeen> allMet(const PairHistory& history) {
    std::vector<ScenarioSeen> all;
    const std::size_t longest = std::max(history.asCandidate.size(), history.asInterviewer.size());
    for (std::size_t i = 0; i < longest; ++i) {
        if (i < history.asCandidate.size()) all.push_back(history.asCandidate[i]);
        if (i < history.asInterviewer.size()) all.push_back(history.asInterviewer[i]);
    }
    return all;
}

}  // namespace

std::optional<SwapSuggestion> suggestSwapScenario(const PairHistory& newInterviewer, const PairHistory& newCandidate,
                                                  const std::vector<ScenarioSeen>& offered) {
    std::vector<const ScenarioSeen*> fresh;  // offered and new to the new candidate
    for (const ScenarioSeen& scenario : offered)
        if (!metById(newCandidate, scenario.scenarioId)) fresh.push_back(&scenario);
    if (fresh.empty()) return std::nullopt;
    const std::vector<ScenarioSeen> known = allMet(newInterviewer);
    const auto find = [&](bool sameVersion) -> std::optional<SwapSuggestion> {
        for (const ScenarioSeen& seen : known)
            for (const ScenarioSeen* scenario : fresh)
                if (seen.scenarioId == scenario->scenarioId &&
                    (!sameVersion || (!seen.hash.empty() && seen.hash == scenario->hash)))
                    return SwapSuggestion{scenario->scenarioId, true, sameVersion};
        return std::nullopt;
    };
    if (auto exact = find(true)) return exact;
    if (auto other = find(false)) return other;
    return SwapSuggestion{fresh.front()->scenarioId, false, false};
}

std::string swapSuggestionLine(const SwapSuggestion& suggestion, const std::string& scenarioTitle,
                               const std::string& newInterviewer, const std::string& newCandidate) {
    const bool you = newInterviewer.empty();
    std::string why;
    if (suggestion.interviewerKnowsIt) {
        const char* knows = suggestion.sameVersion ? " it" : " an earlier version of it";
        why = (you ? std::string("You know") : newInterviewer + " knows") + knows + "; " + newCandidate +
              " has not met it.";
    } else {
        why = "New to " + newCandidate + "; " + (you ? std::string("you have") : newInterviewer + " has") +
              " not done it either, so read it through first.";
    }
    return "Next: " + scenarioTitle + ". " + why;
}

}  // namespace rehearse
