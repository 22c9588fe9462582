// What the session and store tests share: an action stamped with the
// seconds into the rehearsal at which it happened.
#pragma once

#include "core/session/action.hpp"

#include <utility>

namespace rehearse::test {

inline Action at(double seconds, ActionPayload payload) { return Action{seconds, std::move(payload)}; }

}  // namespace rehearse::test
