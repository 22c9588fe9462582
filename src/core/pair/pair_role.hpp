// The two parts of a pair rehearsal: one person interviews (and holds the
// scenario), the other is interviewed.
#pragma once

#include <optional>
#include <string>

namespace rehearse {

enum class PairRole { Interviewer, Candidate };

const char* pairRoleId(PairRole role);     // "interviewer", "candidate"
const char* pairRoleTitle(PairRole role);  // "Interviewer", "Candidate"
std::optional<PairRole> pairRoleFromId(const std::string& id);
PairRole otherRole(PairRole role);

}  // namespace rehearse
