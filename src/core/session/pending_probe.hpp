// The follow-up the candidate owes an answer to now: the interviewer's most
// recent probe that is still open. The session screen keeps it, with its
// answer box, in view above the ask box; older open probes stay answerable
// where they were asked.
#pragma once

#include "core/session/session.hpp"

#include <cstddef>
#include <optional>

namespace rehearse {

// Index into Session::probes() of the latest open probe, if any.
std::optional<ProbeIndex> pendingProbe(const Session& session);

// How many probes are open, the pending one included.
std::size_t openProbeCount(const Session& session);

}  // namespace rehearse
