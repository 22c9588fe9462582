#include "core/pair/pair_link.hpp"

namespace rehearse {

PairLink::PairLink(std::unique_ptr<PairPeer> peer) : m_peer(std::move(peer)) {}

PairLink::~PairLink() { detach(); }

void PairLink::detach() {
    // The rehearsal may be gone already: it is not touched. Anything it
    // still sends (notes on closing) is refused through the token.
    if (m_attached) *m_attached = false;
    m_attached.reset();
    m_rehearsal = nullptr;
}

void PairLink::receive(std::string_view bytes) {
    m_peer->receive(bytes);
    endIfPartnerLeft();
    follow();
}

void PairLink::partnerGone(const std::string& reason) {
    m_peer->partnerGone(reason);
    endIfPartnerLeft();
    follow();
}

void PairLink::endIfPartnerLeft() {
    if (!m_peer->partnerLeft() || !m_peer->session()) return;
    // Now on the rehearsal's clock, which stamps this side's actions; with
    // no rehearsal (a headless peer), when the session last changed.
    m_peer->endEarly(m_rehearsal ? m_rehearsal->now() : m_peer->session()->lastActionAt());
}

std::unique_ptr<Rehearsal> PairLink::makeRehearsal() {
    const Session* theirs = m_peer->session();
    if (!theirs || !m_peer->isOpen()) return nullptr;
    auto rehearsal = std::make_unique<Rehearsal>(
        std::make_unique<Session>(replaySession(theirs->scenario(), theirs->journal())));
    detach();
    m_attached = std::make_shared<bool>(true);
    rehearsal->sendActionsTo([this, attached = m_attached](const Action& action) { return *attached && send(action); });
    m_rehearsal = rehearsal.get();
    return rehearsal;
}

bool PairLink::send(const Action& action) {
    const bool taken = m_peer->act(action);
    // The interviewer's side applied it at once: show it this frame.
    follow();
    return taken;
}

void PairLink::follow() {
    if (m_rehearsal && m_peer->session()) m_rehearsal->follow(*m_peer->session());
}

}  // namespace rehearse
