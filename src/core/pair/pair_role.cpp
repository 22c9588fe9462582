#include "core/pair/pair_role.hpp"

namespace rehearse {

const char* pairRoleId(PairRole role) { return role == PairRole::Interviewer ? "interviewer" : "candidate"; }

const char* pairRoleTitle(PairRole role) { return role == PairRole::Interviewer ? "Interviewer" : "Candidate"; }

std::optional<PairRole> pairRoleFromId(const std::string& id) {
    if (id == "interviewer") return PairRole::Interviewer;
    if (id == "candidate") return PairRole::Candidate;
    return std::nullopt;
}

PairRole otherRole(PairRole role) { return role == PairRole::Interviewer ? PairRole::Candidate : PairRole::Interviewer; }

}  // namespace rehearse
