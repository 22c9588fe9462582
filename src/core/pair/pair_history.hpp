// One person's pair history from the stored sessions: the pair sessions in
// which they, by display name, were the candidate or the interviewer. On a
// shared machine (hot seat) both partners' sessions sit in one store, so the
// name is what tells them apart. Sessions with the app are left out: the
// store does not say who rehearsed them.
#pragma once

#include "core/pair/swap_suggestion.hpp"
#include "core/store/session_store.hpp"

#include <string>
#include <vector>

namespace rehearse {

// Names match ignoring case and surrounding spaces ("Ana " is "ana").
// `records` newest first, as SessionStore::listSessions gives them.
PairHistory pairHistoryOf(const std::vector<SessionRecord>& records, const std::string& name);

bool samePartnerName(const std::string& a, const std::string& b);

}  // namespace rehearse
