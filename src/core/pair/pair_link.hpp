// One side of a pair session across machines, driven as an ordinary
// Rehearsal: the front end draws and dispatches exactly as on one screen
// (the interviewer console, the candidate's session screen, the scorecard),
// and this routes the rehearsal's actions to the PairPeer and keeps the
// rehearsal's session equal to the peer's. The peer decides what is allowed
// and what the candidate's side may hold; the rehearsal only mirrors it, so
// the candidate's screens are built from what that side received.
//
//   PairLink link(std::make_unique<CandidatePeer>(name));
//   each frame: for each message from the channel: link.receive(bytes);
//               for (auto& m : link.takeOutgoing()) channel.send(m);
//               if (!link.rehearsal() && link.peer().isOpen()) app.adopt(link.makeRehearsal());
#pragma once

#include "core/pair/pair_peer.hpp"
#include "core/session/rehearsal.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rehearse {

class PairLink {
public:
    explicit PairLink(std::unique_ptr<PairPeer> peer);
    // Stops routing the rehearsal's actions here (they are refused).
    ~PairLink();
    PairLink(const PairLink&) = delete;
    PairLink& operator=(const PairLink&) = delete;

    PairPeer& peer() { return *m_peer; }
    const PairPeer& peer() const { return *m_peer; }
    PairRole role() const { return m_peer->role(); }

    // A message from the partner; the rehearsal follows what it changed. A
    // bye in the middle of the interview ends it early on this side, either
    // part (PairPeer::endEarly), at the rehearsal's time.
    void receive(std::string_view bytes);
    // The connection to the partner closed for good without a bye: as if it had come.
    void partnerGone(const std::string& reason);
    std::vector<std::string> takeOutgoing() { return m_peer->takeOutgoing(); }

    // Once the peer is open: a rehearsal of a copy of the peer's session
    // whose actions go to the peer. The caller owns it and keeps it no
    // longer than this link unless it calls detach() first.
    std::unique_ptr<Rehearsal> makeRehearsal();
    Rehearsal* rehearsal() const { return m_rehearsal; }
    // Stops following the rehearsal (it may already be gone); what it sends
    // from now on is refused.
    void detach();

private:
    bool send(const Action& action);
    void follow();
    void endIfPartnerLeft();

    std::unique_ptr<PairPeer> m_peer;
    Rehearsal* m_rehearsal = nullptr;
    std::shared_ptr<bool> m_attached;  // shared with the rehearsal's sender: false once detached
};

}  // namespace rehearse
