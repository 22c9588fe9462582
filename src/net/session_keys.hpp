// Everything both sides derive from one CPace run's intermediate session key
// (ISK), with libsodium's crypto_kdf under a context of our own: a key per
// direction for crypto_secretstream, a key-confirmation tag per side, the
// two-word verifier shown on both screens, and (from the first run) the
// resume secret and session id a reconnect presents. Nothing here is derived
// from the join code's words directly, and the relay token never is.
#pragma once

#include "net/bytes.hpp"

#include <string>

namespace rehearse::net {

struct SessionKeys {
    Bytes joinerToHost;   // crypto_secretstream key
    Bytes hostToJoiner;
    Bytes hostTag;        // what the host sends to prove it has the same keys
    Bytes joinerTag;
    std::string verifier;  // two words, e.g. "harbor-quill"
    Bytes resumeSecret;   // the PAKE password of later reconnects (32 bytes)
    Bytes sessionId;      // public name of the session for a reconnect (16 bytes)
};

SessionKeys deriveSessionKeys(const Bytes& isk);

// Compares two tags in constant time.
bool tagsEqual(const Bytes& a, const Bytes& b);

}  // namespace rehearse::net
