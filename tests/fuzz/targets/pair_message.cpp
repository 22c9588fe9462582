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
#include "core/store/scenario_copy.hpp"

#include <nlohmann/json.hpp>

namespace rehearse::fuzz {

namespace {

void deliverEverything(PairPeer& a, PairPeer& b) {
    for (bool moved = true; moved;) {
        moved = false;
        for (const std::string& m : a.takeOutgoing()) b.receive(m), moved = true;
        for (const std::string& m : b.takeOutgoing()) a.receive(m), moved = true;
    }
}

// By its type alone: decoding the whole reveal loads the scenario it carries.
bool isRevealByType(const std::string& message) {
    const nlohmann::json parsed = nlohmann::json::parse(message, nullptr, false);
    return parsed.is_object() && parsed.value("type", std::string()) == "reveal";
}

// The scenario's copy, read once: each interviewer below would read the file again.
const std::optional<ScenarioCopy>& shippedCopy() {
    static const std::optional<ScenarioCopy> copy = [] {
        std::string error;
        return scenarioCopyOf(shippedScenario(), error);
    }();
    return copy;
}

// A candidate who wrote a note, finished and scored themselves, in the
// order the candidate acts; between acts, what the interviewer's side sent
// in reply (the reveal left out).
struct FinishedInterview {
    std::vector<Action> candidateActs = {{1, SetNotes{StageIndex(0), "Labels come from user reports, a day late."}},
                                         {2, FinishSession{}},
                                         {3, SetScorecard{ScorecardAuthor::Candidate, Scorecard{}}}};
    std::vector<std::vector<std::string>> replies;  // replies[0]: the opening; replies[i]: after act i
};

// Played once with a real interviewer and recorded: the peers are
// deterministic, so each input replays the interviewer's messages into a
// fresh candidate instead of running a whole interview and its reveal again.
const FinishedInterview& finishedInterview() {
    static const FinishedInterview recorded = [] {
        FinishedInterview interview;
        InterviewerPeer interviewer(shippedScenario(), shippedCopy(), "Ada");
        CandidatePeer candidate("Grace");
        const auto deliver = [&] {
            std::vector<std::string> replies;
            for (bool moved = true; moved;) {
                moved = false;
                for (const std::string& m : candidate.takeOutgoing()) interviewer.receive(m), moved = true;
                for (std::string& m : interviewer.takeOutgoing()) {
                    if (isRevealByType(m)) continue;
                    candidate.receive(m);
                    replies.push_back(std::move(m));
                    moved = true;
                }
            }
            interview.replies.push_back(std::move(replies));
        };
        deliver();
        for (const Action& act : interview.candidateActs) {
            candidate.act(act);
            deliver();
        }
        check(candidate.session() && candidate.session()->scorecard(ScorecardAuthor::Candidate).has_value(),
              "the recorded interview did not reach the self-score");
        return interview;
    }();
    return recorded;
}

void checkPeer(const PairPeer& peer) {
    if (peer.isClosed()) check(!peer.closeReason().empty(), "a pair peer closed without a reason");
    (void)candidateViewToJson(peer.candidateView()).dump();
}

}  // namespace

int pairMessage(const std::uint8_t* data, std::size_t size) {
    {
        InterviewerPeer interviewer(shippedScenario(), shippedCopy(), "Ada");
        CandidatePeer candidate("Grace");
        deliverEverything(interviewer, candidate);
        check(candidate.isOpen(), "a pair session did not open");
        candidate.act({1, PoseQuestion{"How many?"}});
        deliverEverything(interviewer, candidate);
        interviewer.receive(asText(data, size));
        candidate.receive(asText(data, size));
        checkPeer(interviewer);
        checkPeer(candidate);
    }
    {
        const FinishedInterview& interview = finishedInterview();
        CandidatePeer candidate("Grace");
        for (std::size_t i = 0; i < interview.replies.size(); ++i) {
            if (i > 0) candidate.act(interview.candidateActs[i - 1]);
            (void)candidate.takeOutgoing();
            for (const std::string& m : interview.replies[i]) candidate.receive(m);
        }
        check(candidate.session() && candidate.session()->isFinished(), "a pair session did not finish");
        check(candidate.session()->scorecard(ScorecardAuthor::Candidate).has_value(), "the self-score did not land");
        check(!candidate.isClosed(), "the replayed interview was refused");
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
