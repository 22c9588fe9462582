#include "core/pair/ended_early.hpp"

namespace rehearse {

std::string endedEarlyLine(const Session& session) {
    const std::optional<PairRole>& left = session.endedEarlyBy();
    if (!left) return "";
    const bool candidate = *left == PairRole::Candidate;
    const std::string part = candidate ? "the candidate" : "the interviewer";
    std::string name;
    if (session.pair()) name = candidate ? session.pair()->candidateName : session.pair()->interviewerName;
    return "The interview ended early: " + (name.empty() ? part : name + ", " + part + ",") + " left.";
}

}  // namespace rehearse
