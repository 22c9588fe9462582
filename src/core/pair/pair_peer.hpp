// One side of a pair rehearsal between two machines (or two windows), with
// no transport: bytes from the partner go into receive(), bytes for the
// partner come out of takeOutgoing(). The network glue only moves them.
//
// The interviewer's side holds the scenario and the one Session that orders
// both sides' actions. The candidate's actions are requests: the
// interviewer's side applies each (when the candidate may issue it and it
// fits the session) and sends it back in order, among its own actions as
// actionForCandidate filters them. The candidate's side holds no scenario:
// it runs a Session over publicScenario(opening, facts revealed so far),
// built only from what it received, so its view equals
// buildCandidateView(the interviewer's session).
//
// Every received message is checked before anything acts on it: the hello
// (magic, protocol, the other part), then numbering (each action's seq is the
// previous one plus one), who may issue it (mayIssue), and that it fits the
// session. A message that fails closes the session: closeReason() says why in
// a sentence for this side's screen, and a bye carrying it goes to the partner.
//
// Once the interview is over the interviewer's side reveals the scenario
// (PairReveal); the candidate's side checks it is the one the session ran on
// and from then on runs its session over it, so its debrief and its stored
// copy show coverage, misses and the reference as the interviewer's do.
#pragma once

#include "core/pair/candidate_view.hpp"
#include "core/pair/pair_message.hpp"
#include "core/pair/pair_role.hpp"
#include "core/session/session.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rehearse {

class PairPeer {
public:
    virtual ~PairPeer() = default;

    PairRole role() const { return m_role; }
    const std::string& name() const { return m_name; }
    // The partner's display name, from their hello ("" until then).
    const std::string& partnerName() const { return m_partnerName; }

    // One message from the partner, as the channel delivered it.
    void receive(std::string_view bytes);
    // This side's own action (stamped with session time): false when this
    // side may not issue it, the session is not open yet, or it is closed.
    virtual bool act(const Action& action) = 0;
    // Messages for the partner, in order, since the last call.
    std::vector<std::string> takeOutgoing();

    // Both hellos exchanged and (candidate) the opening received.
    virtual bool isOpen() const = 0;
    // The session as this side holds it; null on the candidate's side until the opening.
    virtual const Session* session() const = 0;
    // What the candidate sees; equal on both sides once each has what the other sent.
    CandidateView candidateView() const;

    // The copy of the scenario this side's stored session keeps: the
    // interviewer's own (null when its file could not be read again); on the
    // candidate's side the one revealed at the end, null before.
    virtual const ScenarioCopy* scenarioCopy() const = 0;
    // The interview is over and this side has all the debrief will show: on
    // the candidate's side, once the reveal arrived (or the session closed).
    virtual bool hasDebrief() const = 0;

    // This side has nothing more to do (a script's actions are all issued).
    // The candidate's side says so; the interviewer's side, once both have,
    // sends its own as the last message and the session ends.
    void markDone();
    // The session ended as agreed (both sides done), not refused or left.
    bool hasEnded() const { return m_ended; }
    bool isDone() const { return m_done; }

    bool isClosed() const { return m_closed; }
    // Why the session closed, in a sentence for the screen.
    const std::string& closeReason() const { return m_closeReason; }
    // Ends the session: a bye with `reason` goes to the partner.
    void close(const std::string& reason);
    // The partner is gone without a bye (the connection closed for good):
    // closed as their bye would have closed it, with `reason`.
    void partnerGone(const std::string& reason);
    // The session closed because the partner left it (their bye, or gone),
    // not because this side ended it or refused a message.
    bool partnerLeft() const { return m_partnerLeft; }
    // Once the partner left mid-interview: this side's session ends here, at
    // session time `at`, marked as ended early because they left
    // (FinishSession::partnerLeft), whichever part they played. False when
    // there is nothing to end: the session not open or already over, or the
    // partner still here. Kept on this side: the partner is gone, nothing is sent.
    bool endEarly(double at);
    // Once the interview ended early: this side's own scorecard (and nothing
    // else) is still taken, kept on this side, so whoever stayed can score
    // what they saw. False for any other action or another author's card.
    bool scoreAlone(const Action& action);

    // "Swap roles" on two machines. Once this side has the debrief, it sends
    // the scenarios its person met (ids and content hashes only), once; the
    // partner's arrive as partnerHistory(). The side that was the candidate
    // then picks the next scenario with suggestSwapScenario and starts the
    // next round as its interviewer: a new InterviewerPeer on the same
    // channel, whose hello goes out as a host's does.
    bool sendHistory(const PairHistory& history);
    bool hasSentHistory() const { return m_historySent; }
    const std::optional<PairHistory>& partnerHistory() const { return m_partnerHistory; }
    // The partner started that next round: a hello that takes this side's
    // part, after this side has the debrief. The caller leaves this peer
    // (no bye: the channel stays) and makes the next one from that hello,
    // as a joining side does.
    bool startsNextRound(std::string_view bytes) const;

    // Called with each message as it arrived, before it is checked (tests
    // record what reached this side).
    std::function<void(std::string_view)> onReceive;

protected:
    PairPeer(PairRole role, std::string name, std::string scenarioId);
    void send(const PairMessage& message);
    // Refuses the partner's message: closes with `why` on this screen and
    // "Your partner refused ..." on theirs.
    void refuse(const std::string& why);
    virtual void helloReceived() {}
    virtual void openingReceived(const PairOpening& opening);
    virtual void actionReceived(const PairActionMessage& message) = 0;
    virtual void revealReceived(const PairReveal& reveal);
    // Applies an action of this side's own to the session it holds, without
    // sending it (endEarly's mark, which no partner may send).
    virtual bool applyOwn(const Action& action) = 0;
    const char* partnerTitle() const;
    void doneReceived();
    void endIfBothDone();

    std::uint64_t m_sentSeq = 0;

private:
    PairRole m_role;
    std::string m_name;
    std::string m_scenarioId;
    std::string m_partnerName;
    bool m_helloReceived = false;
    std::uint64_t m_receivedSeq = 0;
    bool m_closed = false;
    bool m_partnerLeft = false;
    bool m_done = false;
    bool m_partnerDone = false;
    bool m_ended = false;
    bool m_historySent = false;
    std::optional<PairHistory> m_partnerHistory;
    std::string m_closeReason;
    std::vector<std::string> m_outgoing;
};

class InterviewerPeer : public PairPeer {
public:
    // `scenarioId`: put in the hello when this side hosts (empty otherwise).
    // Reads the scenario's copy (what the reveal sends) from its file now.
    InterviewerPeer(Scenario scenario, std::string name, std::string helloScenarioId = {});
    // With the copy already read; without one the reveal says the scenario is not kept.
    InterviewerPeer(Scenario scenario, std::optional<ScenarioCopy> copy, std::string name,
                    std::string helloScenarioId = {});
    bool act(const Action& action) override;
    bool isOpen() const override { return m_session.isPair(); }
    const Session* session() const override { return &m_session; }
    const ScenarioCopy* scenarioCopy() const override { return m_copy ? &*m_copy : nullptr; }
    bool hasDebrief() const override { return m_session.isFinished() || isClosed(); }

private:
    bool applyOwn(const Action& action) override { return m_session.apply(action); }
    void helloReceived() override;
    void actionReceived(const PairActionMessage& message) override;
    // Sends what the candidate may see of the session's last action.
    void forward(std::uint64_t of);
    // Once the interview is over: the reveal, once.
    void revealOnceSelfScored();

    Session m_session;
    std::optional<ScenarioCopy> m_copy;  // read once the session starts: what the reveal sends
    bool m_revealed = false;
    std::vector<FactId> m_factsSent;
    // The interviewer's scorecard, held back until the candidate's blind self-score is in.
    bool m_scorecardHeld = false;
};

class CandidatePeer : public PairPeer {
public:
    // `scenarioId`: the host's choice when this side hosts (empty otherwise).
    explicit CandidatePeer(std::string name, std::string helloScenarioId = {});
    bool act(const Action& action) override;
    bool isOpen() const override { return m_session != nullptr && m_session->isPair(); }
    const Session* session() const override { return m_session.get(); }
    // Requests sent that the interviewer's side has not applied (yet).
    std::size_t unansweredRequests() const { return m_requests.size(); }
    const ScenarioCopy* scenarioCopy() const override { return m_copy ? &*m_copy : nullptr; }
    bool hasDebrief() const override { return m_revealReceived || isClosed(); }

private:
    bool applyOwn(const Action& action) override { return m_session && m_session->apply(action); }
    void openingReceived(const PairOpening& opening) override;
    void actionReceived(const PairActionMessage& message) override;
    void revealReceived(const PairReveal& reveal) override;
    std::optional<ScenarioCopy> m_copy;
    bool m_revealReceived = false;

    std::optional<ScenarioOpening> m_opening;
    std::vector<RevealedFactText> m_facts;
    std::unique_ptr<Session> m_session;
    std::map<std::uint64_t, Action> m_requests;  // by seq
};

}  // namespace rehearse
