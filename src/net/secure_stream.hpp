// One direction of an encrypted connection: libsodium's
// crypto_secretstream_xchacha20poly1305. Each message is authenticated and
// numbered implicitly by the stream's state, so a tampered, replayed,
// reordered or dropped message fails to open, and the channel is closed.
#pragma once

#include "net/bytes.hpp"

#include <sodium.h>

#include <optional>

namespace rehearse::net {

class SecureSender {
public:
    // `header` receives the stream header the receiver needs first.
    SecureSender(const Bytes& key, Bytes& header);
    ~SecureSender();
    SecureSender(const SecureSender&) = delete;
    SecureSender& operator=(const SecureSender&) = delete;

    Bytes seal(const Bytes& plaintext);

private:
    crypto_secretstream_xchacha20poly1305_state m_state{};
};

class SecureReceiver {
public:
    // Nothing opens if the header is not kStreamHeaderBytes or does not fit the key.
    SecureReceiver(const Bytes& key, const Bytes& header);
    ~SecureReceiver();
    SecureReceiver(const SecureReceiver&) = delete;
    SecureReceiver& operator=(const SecureReceiver&) = delete;

    // The plaintext, or nothing when the message was not sealed by the
    // matching sender as the next message of its stream.
    std::optional<Bytes> open(const Bytes& ciphertext);

private:
    crypto_secretstream_xchacha20poly1305_state m_state{};
    bool m_ready = false;
};

}  // namespace rehearse::net
