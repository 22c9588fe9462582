// One person's pair history from the stored sessions: the pair sessions in
// which they, by display name, were the candidate or the interviewer. On a
// shared machine (hot seat) both partners' sessions sit in one store, so the
// name is what tells them apart. Sessions with the app are left out: the
// store does not say who rehearsed them.
#pragma once

#include "core/pair/swap_suggestion.hpp"
#include "core/scenario/scenario.hpp"
#include "core/store/session_store.hpp"

#include <string>
#include <vector>

namespace rehearse {

// Names match ignoring case and surrounding spaces ("Ana " is "ana").
// `records` newest first, as SessionStore::listSessions gives them.
PairHistory pairHistoryOf(const std::vector<SessionRecord>& records, const std::string& name);

bool samePartnerName(const std::string& a, const std::string& b);

// The history of this machine's own person, for pairing across machines:
// the part they played in each pair session kept here (the copy says
// whose it is; a shared hot-seat copy goes by `name`), and every session
// rehearsed alone here as met as the candidate (this store is theirs).
PairHistory ownPairHistory(const std::vector<SessionRecord>& records, const std::string& name);

// What can be started here, for suggestSwapScenario: each scenario's id and
// the hash of its current version (empty when its file cannot be read), in
// the library's order.
std::vector<ScenarioSeen> scenariosOffered(const std::vector<Scenario>& library);

}  // namespace rehearse
