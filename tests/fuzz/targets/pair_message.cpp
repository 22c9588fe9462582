// Pair messages as a partner's peer sends them (later over the network):
// any bytes are decoded; a message this version reads must encode to bytes
// that decode to the same message; an action in it is checked against both
// roles and applied to a pair session on a shipped scenario, whose
// candidate's view is then built and written. Refusals must say something.
#include "fuzz_targets.hpp"

#include "core/pair/candidate_view.hpp"
#include "core/pair/pair_authority.hpp"
#include "core/pair/pair_message.hpp"

namespace rehearse::fuzz {

int pairMessage(const std::uint8_t* data, std::size_t size) {
    PairMessageDecoding decoded = decodePairMessage(asText(data, size));
    if (!decoded.message) {
        check(!decoded.error.empty(), "a refused pair message without a reason");
        return 0;
    }
    const std::string written = encodePairMessage(*decoded.message);
    PairMessageDecoding again = decodePairMessage(written);
    check(again.message.has_value(), "a pair message's own encoding is refused");
    check(encodePairMessage(*again.message) == written, "a pair message changes when decoded and encoded again");

    if (const auto* message = std::get_if<PairActionMessage>(&*decoded.message)) {
        Session session(shippedScenario());
        session.apply({0, StartPair{"interviewer", "candidate"}});
        (void)mayIssue(PairRole::Candidate, message->action.payload);
        (void)mayIssue(PairRole::Interviewer, message->action.payload);
        (void)actionForCandidate(session, message->action);
        session.apply(message->action);
        (void)candidateViewToJson(buildCandidateView(session)).dump();
    }
    return 0;
}

}  // namespace rehearse::fuzz
