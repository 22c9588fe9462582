// The client side of magic-wormhole's transit relay (Debian package
// magic-wormhole-transit-relay): both partners connect out to the relay and
// send "please relay TOKEN for side SIDE\n"; when two connections with the
// same token and different sides are there, the relay answers "ok\n" to both
// and from then on copies raw bytes between them. We never run our own server.
#pragma once

#include "net/framed_socket.hpp"

#include <cstdint>
#include <string>

namespace rehearse::net {

// The rendezvous name on the relay: a hash of the join code's public channel
// number only. The secret words never leave this machine in any form but the
// PAKE's, so a relay operator learns nothing that helps guess them.
std::string relayToken(std::uint16_t channel);
// 16 random hex digits naming this side of the pairing.
std::string randomRelaySide();
std::string relayRequest(const std::string& token, const std::string& side);

// Sends the request and waits (as long as it takes) for the relay's "ok".
// An empty string on success, else a sentence.
std::string requestRelay(FramedSocket& socket, const std::string& token, const std::string& side);

}  // namespace rehearse::net
