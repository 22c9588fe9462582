// The handshake on one connection, from the first hello to two secretstreams:
// the joiner proves it knows the join code's words (or, on a reconnect, the
// session's resume secret) and the host proves the same, with CPace; each
// side checks the other's key-confirmation tag before anything is encrypted.
#pragma once

#include "net/framed_socket.hpp"
#include "net/handshake_message.hpp"
#include "net/secure_stream.hpp"
#include "net/session_keys.hpp"

#include <memory>
#include <string>

namespace rehearse::net {

// What the two sides agree on besides the password: the protocol's name and
// the join code's public channel, so a code for one channel fails on another.
Bytes pairCustomizationString(std::uint16_t channel);

enum class HandshakeOutcome {
    Ok,
    NetworkError,  // the connection failed: try again
    Refused,       // not a partner, wrong version, unknown session: give up on this connection
    WrongCode,     // the PAKE ran and the keys differ: someone used a wrong code
};

struct HandshakeResult {
    HandshakeOutcome outcome = HandshakeOutcome::NetworkError;
    std::string message;  // a sentence for the screen when not Ok
    HelloKind kind = HelloKind::Join;
    SessionKeys keys;
    std::unique_ptr<SecureSender> sender;
    std::unique_ptr<SecureReceiver> receiver;
};

// The host's side. `joinSecret` is the current code's words; a Join is
// refused once `sessionId` is set (someone joined already), a Resume is
// accepted only for that session id with `resumeSecret`.
HandshakeResult hostHandshake(FramedSocket& socket, std::uint16_t channel, const Bytes& joinSecret,
                              const Bytes& sessionId, const Bytes& resumeSecret);

// The joiner's side: a Join with the code's words when `sessionId` is empty,
// else a Resume of that session.
HandshakeResult joinerHandshake(FramedSocket& socket, std::uint16_t channel, const Bytes& joinSecret,
                                const Bytes& sessionId, const Bytes& resumeSecret);

}  // namespace rehearse::net
