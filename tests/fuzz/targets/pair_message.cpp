// Pair messages as a partner's peer sends them (later over the network):
// any bytes are decoded; a message this version reads must encode to bytes
// that decode to the same message; an action in it is checked against both
// roles and applied to a pair session on a shipped scenario, whose
// candidate's view is then built and written. Refusals must say something.
// The same bytes then reach both peers of an open pair session
// (pair_peer.hpp): whatever they are, each either applies them or closes
// with a sentence, never crashes. They reach once more a candidate's side
// whose interview just finished and who scored themselves, waiting for the
// debrief's reveal: a reveal there is checked against the session and, if
// it fits, rebuilds it.
#include "fuzz_targets.hpp"

#include "core/pair/candidate_view.hpp"
#include "core/pair/pair_authority.hpp"
#include "core/pair/pair_message.hpp"
#include "core/pair/pair_peer.hpp"

#include <nlohmann/json.hpp>

namespace rehearse::fuzz {

namespace {

void exchange(PairPeer& a, PairPeer& b) {
    for (bool moved = true; moved;) {
        moved = false;
        for (const std::string& m : a.takeOutgoing()) b.receive(m), moved = true;
        for (const std::string& m : b.takeOutgoing()) a.receive(m), moved = true;
    }
}

// By its type alone: decoding the whole reveal loads the scenario it
// carries, which for every input was most of this target's time.
bool isReveal(const std::string& message) {
    const nlohmann::json parsed = nlohmann::json::parse(message, nullptr, false);
    return parsed.is_object() && parsed.value("type", std::string()) == "reveal";
}

void checkPeer(const PairPeer& peer) {
    if (peer.isClosed()) check(!peer.closeReason().empty(), "a pair peer closed without a reason");
    (void)candidateViewToJson(peer.candidateView()).dump();
}

}  // namespace

int pairMessage(const std::uint8_t* data, std::size_t size) {
    {
        InterviewerPeer interviewer(shippedScenario(), "Ada");
        CandidatePeer candidate("Grace");
        exchange(interviewer, candidate);
        check(candidate.isOpen(), "a pair session did not open");
        candidate.act({1, PoseQuestion{"How many?"}});
        exchange(interviewer, candidate);
        interviewer.receive(asText(data, size));
        candidate.receive(asText(data, size));
        checkPeer(interviewer);
        checkPeer(candidate);
    }
    {
        InterviewerPeer interviewer(shippedScenario(), "Ada");
        CandidatePeer candidate("Grace");
        exchange(interviewer, candidate);
        candidate.act({1, SetNotes{0, "Labels come from user reports, a day late."}});
        candidate.act({2, FinishSession{}});
        exchange(interviewer, candidate);
        candidate.act({3, SetScorecard{ScorecardAuthor::Candidate, Scorecard{}}});
        for (const std::string& m : candidate.takeOutgoing()) interviewer.receive(m);
        for (const std::string& m : interviewer.takeOutgoing())
            if (!isReveal(m)) candidate.receive(m);
        check(candidate.session() && candidate.session()->isFinished(), "a pair session did not finish");
        check(candidate.session()->scorecard(ScorecardAuthor::Candidate).has_value(), "the self-score did not land");
        candidate.receive(asText(data, size));
        checkPeer(candidate);
        if (candidate.scenarioCopy()) check(candidate.hasDebrief(), "a revealed scenario without the debrief");
    }
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
