// Why a pair interview stopped before its end, in a sentence for the screens
// that show it (the pair status bar, the debrief of a stored session): "The
// interview ended early: Ben, the candidate, left."
#pragma once

#include "core/session/session.hpp"

#include <string>

namespace rehearse {

// Empty when the session did not end early (FinishSession::partnerLeft).
std::string endedEarlyLine(const Session& session);

}  // namespace rehearse
