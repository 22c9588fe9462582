#include "core/pair/pair_history.hpp"

#include "core/store/scenario_copy.hpp"

#include <algorithm>
#include <cctype>

namespace rehearse {
namespace {

std::string normalisedName(const std::string& name) {
    const auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    auto begin = std::find_if_not(name.begin(), name.end(), isSpace);
    auto end = std::find_if_not(name.rbegin(), name.rend(), isSpace).base();
    std::string out(begin, begin < end ? end : begin);
    // ASCII only: a name's other letters are compared as written.
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

bool samePartnerName(const std::string& a, const std::string& b) {
    const std::string left = normalisedName(a);
    return !left.empty() && left == normalisedName(b);
}

PairHistory pairHistoryOf(const std::vector<SessionRecord>& records, const std::string& name) {
    PairHistory history;
    for (const SessionRecord& record : records) {
        if (!record.pair || record.deletedMs) continue;
        const ScenarioSeen seen{record.scenarioId, record.scenarioHash};
        if (samePartnerName(record.pair->candidate, name)) history.asCandidate.push_back(seen);
        if (samePartnerName(record.pair->interviewer, name)) history.asInterviewer.push_back(seen);
    }
    return history;
}

PairHistory ownPairHistory(const std::vector<SessionRecord>& records, const std::string& name) {
    PairHistory history;
    for (const SessionRecord& record : records) {
        if (record.deletedMs) continue;
        const ScenarioSeen seen{record.scenarioId, record.scenarioHash};
        if (!record.pair) {
            history.asCandidate.push_back(seen);
        } else if (record.pair->keptBy) {
            (*record.pair->keptBy == PairRole::Candidate ? history.asCandidate : history.asInterviewer).push_back(seen);
        } else {
            if (samePartnerName(record.pair->candidate, name)) history.asCandidate.push_back(seen);
            if (samePartnerName(record.pair->interviewer, name)) history.asInterviewer.push_back(seen);
        }
    }
    return history;
}

std::vector<ScenarioSeen> scenariosOffered(const std::vector<Scenario>& library) {
    std::vector<ScenarioSeen> offered;
    for (const Scenario& scenario : library) {
        std::string error;
        const std::optional<ScenarioCopy> copy = scenarioCopyOf(scenario, error);
        offered.push_back({scenario.id, copy ? copy->hash : std::string()});
    }
    return offered;
}

}  // namespace rehearse
