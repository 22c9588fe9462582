#include "core/pair/pair_peer.hpp"

#include "core/pair/pair_authority.hpp"

#include <algorithm>

namespace rehearse {

// --- both sides -------------------------------------------------------------

PairPeer::PairPeer(PairRole role, std::string name, std::string scenarioId)
    : m_role(role), m_name(std::move(name)), m_scenarioId(std::move(scenarioId)) {
    send(PairHello{kPairProtocolVersion, m_role, m_name, m_scenarioId});
}

const char* PairPeer::partnerTitle() const {
    return otherRole(m_role) == PairRole::Interviewer ? "the interviewer's side" : "the candidate's side";
}

void PairPeer::send(const PairMessage& message) {
    if (!m_closed) m_outgoing.push_back(encodePairMessage(message));
}

std::vector<std::string> PairPeer::takeOutgoing() {
    std::vector<std::string> out;
    out.swap(m_outgoing);
    return out;
}

CandidateView PairPeer::candidateView() const {
    const Session* s = session();
    return s ? buildCandidateView(*s) : CandidateView{};
}

void PairPeer::close(const std::string& reason) {
    if (m_closed) return;
    send(PairBye{reason});
    m_closed = true;
    m_closeReason = reason;
}

void PairPeer::refuse(const std::string& why) {
    if (m_closed) return;
    const std::string sentence = "The session was closed: " + why;
    send(PairBye{sentence});
    m_closed = true;
    m_closeReason = sentence;
}

void PairPeer::markDone() {
    if (m_closed || m_done) return;
    m_done = true;
    if (m_role == PairRole::Candidate) send(PairDone{});
    endIfBothDone();
}

void PairPeer::endIfBothDone() {
    if (m_role != PairRole::Interviewer || !m_done || !m_partnerDone || m_closed) return;
    send(PairDone{});
    m_closed = m_ended = true;
    m_closeReason = "The interviewer ended the session.";
}

void PairPeer::doneReceived() {
    if (m_partnerDone) return refuse(std::string(partnerTitle()) + " said it was done twice.");
    m_partnerDone = true;
    if (m_role == PairRole::Candidate) {
        // The interviewer's last message: everything before it was applied.
        m_closed = m_ended = true;
        m_closeReason = "The interviewer ended the session.";
        return;
    }
    endIfBothDone();
}

void PairPeer::openingReceived(const PairOpening&) {
    refuse(std::string(partnerTitle()) + " sent a scenario, which only the interviewer's side sends.");
}

void PairPeer::revealReceived(const PairReveal&) {
    refuse(std::string(partnerTitle()) + " sent the scenario's debrief, which only the interviewer's side sends.");
}

bool PairPeer::sendHistory(const PairHistory& history) {
    if (m_closed || m_historySent || !hasDebrief()) return false;
    m_historySent = true;
    send(PairHistoryMessage{history});
    return true;
}

bool PairPeer::startsNextRound(std::string_view bytes) const {
    if (!hasDebrief() || !m_helloReceived) return false;
    // Most messages are not hellos: look at the type before reading the rest.
    if (bytes.find("\"hello\"") == std::string_view::npos) return false;
    PairMessageDecoding decoded = decodePairMessage(bytes);
    const auto* hello = decoded.message ? std::get_if<PairHello>(&*decoded.message) : nullptr;
    return hello && hello->role == m_role;
}

void PairPeer::partnerGone(const std::string& reason) {
    if (m_closed) return;
    m_closed = true;
    m_partnerLeft = true;
    m_closeReason = reason.empty() ? std::string("Your partner left the session.") : reason;
}

bool PairPeer::scoreAlone(const Action& action) {
    const Session* own = session();
    const auto* card = std::get_if<SetScorecard>(&action.payload);
    if (!card || !own || !own->endedEarlyBy() || !isClosed()) return false;
    const ScorecardAuthor mine = m_role == PairRole::Interviewer ? ScorecardAuthor::Interviewer : ScorecardAuthor::Candidate;
    return card->author == mine && applyOwn(action);
}

bool PairPeer::endEarly(double at) {
    const Session* own = session();
    if (!partnerLeft() || !isOpen() || !own || own->isFinished()) return false;
    FinishSession finish;
    finish.partnerLeft = otherRole(m_role);
    return applyOwn({at, finish});
}

void PairPeer::receive(std::string_view bytes) {
    if (m_closed) return;
    if (onReceive) onReceive(bytes);
    PairMessageDecoding decoded = decodePairMessage(bytes);
    if (!decoded.message) return refuse(std::string(partnerTitle()) + " sent a message this version cannot read (" +
                                        decoded.error + ").");
    PairMessage& message = *decoded.message;
    if (auto* hello = std::get_if<PairHello>(&message)) {
        if (m_helloReceived) return refuse("your partner said hello twice.");
        if (std::string mismatch = pairProtocolMismatch(hello->protocol); !mismatch.empty()) return refuse(mismatch);
        if (hello->role == m_role)
            return refuse(std::string("both of you chose to be the ") + pairRoleId(m_role) +
                          ": one must interview, the other be interviewed.");
        m_helloReceived = true;
        m_partnerName = hello->name;
        helloReceived();
        return;
    }
    if (auto* bye = std::get_if<PairBye>(&message)) return partnerGone(bye->reason);
    if (!m_helloReceived) return refuse(std::string(partnerTitle()) + " sent a message before saying hello.");
    if (std::holds_alternative<PairResend>(message)) return;  // the channel resends by itself; nothing to do
    if (std::holds_alternative<PairDone>(message)) return doneReceived();
    if (m_partnerDone) return refuse(std::string(partnerTitle()) + " sent more after saying it was done.");
    if (auto* opening = std::get_if<PairOpening>(&message)) return openingReceived(*opening);
    if (auto* reveal = std::get_if<PairReveal>(&message)) return revealReceived(*reveal);
    if (auto* history = std::get_if<PairHistoryMessage>(&message)) {
        if (m_partnerHistory) return refuse(std::string(partnerTitle()) + " sent its history twice.");
        if (!session() || !session()->isFinished())
            return refuse(std::string(partnerTitle()) + " sent its history before the interview was over.");
        m_partnerHistory = history->history;
        return;
    }
    auto& action = std::get<PairActionMessage>(message);
    if (action.seq != m_receivedSeq + 1)
        return refuse(std::string(partnerTitle()) + " sent action number " + std::to_string(action.seq) +
                      " where number " + std::to_string(m_receivedSeq + 1) + " was due.");
    m_receivedSeq = action.seq;
    actionReceived(action);
}

// --- the interviewer's side -------------------------------------------------

namespace {

// Read now, while the file is what the session runs on (the copy checks
// that); without one the reveal says so and the candidate's debrief stays
// unscored.
std::optional<ScenarioCopy> copyReadNow(const Scenario& scenario) {
    std::string error;
    return scenarioCopyOf(scenario, error);
}

}  // namespace

InterviewerPeer::InterviewerPeer(Scenario scenario, std::string name, std::string helloScenarioId)
    : InterviewerPeer(scenario, copyReadNow(scenario), std::move(name), std::move(helloScenarioId)) {}

InterviewerPeer::InterviewerPeer(Scenario scenario, std::optional<ScenarioCopy> copy, std::string name,
                                 std::string helloScenarioId)
    : PairPeer(PairRole::Interviewer, std::move(name), std::move(helloScenarioId)),
      m_session(std::move(scenario)),
      m_copy(std::move(copy)) {}

void InterviewerPeer::helloReceived() {
    send(PairOpening{openingOf(m_session.scenario())});
    if (m_session.apply({0, StartPair{this->name(), partnerName(), PairRole::Interviewer}})) forward(0);
}

bool InterviewerPeer::act(const Action& action) {
    if (isClosed()) return scoreAlone(action);
    if (isDone() || !isOpen() || !mayIssue(PairRole::Interviewer, action.payload)) return false;
    if (!m_session.apply(action)) return false;
    forward(0);
    return true;
}

void InterviewerPeer::actionReceived(const PairActionMessage& message) {
    if (message.of != 0 || message.fact)
        return refuse("the candidate's side sent an action marked as the interviewer's; nothing was changed.");
    if (!mayIssue(PairRole::Candidate, message.action.payload))
        return refuse(std::string("the candidate's side sent '") + actionTypeName(message.action) +
                      "', which only the interviewer may do; nothing was changed.");
    // A request that no longer fits (a probe answered meanwhile, a stage
    // already left) is dropped, as the same click on one machine would be.
    if (!m_session.apply(message.action)) return;
    forward(message.seq);
    const auto* card = std::get_if<SetScorecard>(&message.action.payload);
    if (card && card->author == ScorecardAuthor::Candidate && m_scorecardHeld) {
        // The blind self-score is in: the interviewer's card may now be seen.
        m_scorecardHeld = false;
        send(PairActionMessage{++m_sentSeq,
                               {m_session.lastActionAt(),
                                SetScorecard{ScorecardAuthor::Interviewer, *m_session.scorecard(ScorecardAuthor::Interviewer)}},
                               0,
                               std::nullopt});
    }
}

// The whole scenario, not the debrief's figures: the candidate's side then
// scores its copy with the same coverage engine over the same journal (every
// action coverage reads -- notes, canvas, answers -- is the candidate's own
// and is in it), so scoring has one rule and one source of truth, and the
// candidate's stored copy is an ordinary session that reopens, exports and
// rescores like any other. Figures computed here would make a second kind of
// stored session whose score came from elsewhere and could not be redone.
// Sent only once the interview is over and the candidate's blind self-score
// is in: until then it is hidden by construction, and a self-score form
// prefilled with the key points missed would not be blind.
void InterviewerPeer::revealOnceSelfScored() {
    if (m_revealed || !m_session.isFinished() || !m_session.scorecard(ScorecardAuthor::Candidate)) return;
    m_revealed = true;
    PairReveal reveal;
    if (m_copy) {
        reveal.copy = m_copy;
        reveal.scenario = m_session.scenario();
    }
    send(reveal);
}

void InterviewerPeer::forward(std::uint64_t of) {
    const Action& applied = m_session.journal().back();
    std::optional<Action> sent = actionForCandidate(m_session, applied);
    if (!sent) {
        if (const auto* card = std::get_if<SetScorecard>(&applied.payload))
            if (card->author == ScorecardAuthor::Interviewer) m_scorecardHeld = true;
        revealOnceSelfScored();
        return;
    }
    // The words are filled in; the probe bank's id stays here.
    if (auto* probe = std::get_if<RaiseFollowUp>(&sent->payload)) probe->followUpId = FollowUpId();
    std::optional<RevealedFactText> fact;
    if (const auto* answer = std::get_if<AnswerQuestion>(&sent->payload); answer && !answer->factId.empty()) {
        if (std::find(m_factsSent.begin(), m_factsSent.end(), answer->factId) == m_factsSent.end()) {
            if (const Fact* revealed = m_session.scenario().findFact(answer->factId)) {
                fact = revealedFactText(*revealed);
                m_factsSent.push_back(answer->factId);
            }
        }
    }
    send(PairActionMessage{++m_sentSeq, *sent, of, fact});
    revealOnceSelfScored();
}

// --- the candidate's side ---------------------------------------------------

CandidatePeer::CandidatePeer(std::string name, std::string helloScenarioId)
    : PairPeer(PairRole::Candidate, std::move(name), std::move(helloScenarioId)) {}

bool CandidatePeer::act(const Action& action) {
    if (isClosed()) return scoreAlone(action);
    if (isDone() || !isOpen() || !mayIssue(PairRole::Candidate, action.payload)) return false;
    const std::uint64_t seq = ++m_sentSeq;
    m_requests.emplace(seq, action);
    send(PairActionMessage{seq, action, 0, std::nullopt});
    return true;
}

void CandidatePeer::openingReceived(const PairOpening& opening) {
    if (m_opening) return refuse("the interviewer's side sent the scenario twice.");
    m_opening = opening.scenario;
    m_session = std::make_unique<Session>(publicScenario(*m_opening, m_facts));
}

namespace {

bool samePayload(const Action& a, const Action& b) {
    return actionToJson(Action{0, a.payload}) == actionToJson(Action{0, b.payload});
}

}  // namespace

void CandidatePeer::revealReceived(const PairReveal& reveal) {
    if (m_revealReceived) return refuse("the interviewer's side sent the debrief twice.");
    if (!m_session || !m_session->isFinished())
        return refuse("the interviewer's side sent the debrief before the interview was over; nothing was shown.");
    if (!m_session->scorecard(ScorecardAuthor::Candidate))
        return refuse("the interviewer's side sent the debrief before your self-score; nothing was shown.");
    m_revealReceived = true;
    if (!reveal.scenario) return;  // that side keeps no copy: the debrief stays unscored
    const Scenario& revealed = *reveal.scenario;
    // It must be the scenario the session ran on: the same opening, and
    // every fact revealed during the interview as it was revealed.
    bool same = revealed.id == m_opening->id && openingToJson(openingOf(revealed)) == openingToJson(*m_opening);
    for (const RevealedFactText& fact : m_facts) {
        const Fact* found = revealed.findFact(fact.id);
        const RevealedFactText text = found ? revealedFactText(*found) : RevealedFactText{};
        same = same && found && text.topic == fact.topic && text.answer == fact.answer;
    }
    if (!same)
        return refuse("the interviewer's side sent a debrief for another scenario than the one you rehearsed; "
                      "your session is kept as it was.");
    std::size_t skipped = 0;
    auto rebuilt = std::make_unique<Session>(replaySession(revealed, m_session->journal(), &skipped));
    if (skipped != 0)
        return refuse("the interviewer's side sent a debrief your session does not fit; your session is kept as it was.");
    m_session = std::move(rebuilt);
    m_copy = reveal.copy;
}

void CandidatePeer::actionReceived(const PairActionMessage& message) {
    if (!m_session) return refuse("the interviewer's side sent an action before the scenario.");
    const char* type = actionTypeName(message.action);
    if (message.of != 0) {
        auto request = m_requests.find(message.of);
        if (request == m_requests.end() || !samePayload(request->second, message.action))
            return refuse(std::string("the interviewer's side sent back a '") + type +
                          "' this side never asked for; nothing was changed.");
        // Earlier requests it skipped no longer fitted the session there.
        m_requests.erase(m_requests.begin(), std::next(request));
        if (message.fact) return refuse("the interviewer's side attached a fact to the candidate's own action.");
    } else if (!mayIssue(PairRole::Interviewer, message.action.payload)) {
        return refuse(std::string("the interviewer's side sent '") + type +
                      "', which only the candidate may do; nothing was changed.");
    }
    if (message.fact) {
        if (m_revealReceived) return refuse("the interviewer's side revealed a fact after the debrief.");
        const auto* answer = std::get_if<AnswerQuestion>(&message.action.payload);
        const bool known = std::any_of(m_facts.begin(), m_facts.end(),
                                       [&](const RevealedFactText& f) { return f.id == message.fact->id; });
        if (!answer || answer->factId != message.fact->id || known)
            return refuse("the interviewer's side sent a fact that no answer of theirs reveals; nothing was changed.");
        m_facts.push_back(*message.fact);
        // The fact joins the public scenario; the session is rebuilt from its own journal.
        auto rebuilt = std::make_unique<Session>(replaySession(publicScenario(*m_opening, m_facts), m_session->journal()));
        if (!rebuilt->apply(message.action)) {
            m_facts.pop_back();
            return refuse(std::string("the interviewer's side sent '") + type +
                          "', which does not fit the session; nothing was changed.");
        }
        m_session = std::move(rebuilt);
        return;
    }
    Action applied = message.action;
    // This side's journal is the candidate's copy, whatever the partner says.
    if (auto* start = std::get_if<StartPair>(&applied.payload)) start->keptBy = PairRole::Candidate;
    if (!m_session->apply(applied))
        return refuse(std::string("the interviewer's side sent '") + type +
                      "', which does not fit the session; nothing was changed.");
}

}  // namespace rehearse
