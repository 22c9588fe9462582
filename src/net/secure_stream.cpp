#include "net/secure_stream.hpp"

#include "net/handshake_message.hpp"

#include <stdexcept>

namespace rehearse::net {

static_assert(kStreamHeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);

SecureSender::SecureSender(const Bytes& key, Bytes& header) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium cannot start");
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES) throw std::invalid_argument("stream key size");
    header.assign(crypto_secretstream_xchacha20poly1305_HEADERBYTES, 0);
    crypto_secretstream_xchacha20poly1305_init_push(&m_state, header.data(), key.data());
}

SecureSender::~SecureSender() { sodium_memzero(&m_state, sizeof m_state); }

Bytes SecureSender::seal(const Bytes& plaintext) {
    Bytes ciphertext(plaintext.size() + crypto_secretstream_xchacha20poly1305_ABYTES);
    crypto_secretstream_xchacha20poly1305_push(&m_state, ciphertext.data(), nullptr, plaintext.data(),
                                               plaintext.size(), nullptr, 0,
                                               crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    return ciphertext;
}

SecureReceiver::SecureReceiver(const Bytes& key, const Bytes& header) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium cannot start");
    m_ready = key.size() == crypto_secretstream_xchacha20poly1305_KEYBYTES &&
              header.size() == crypto_secretstream_xchacha20poly1305_HEADERBYTES &&
              crypto_secretstream_xchacha20poly1305_init_pull(&m_state, header.data(), key.data()) == 0;
}

SecureReceiver::~SecureReceiver() { sodium_memzero(&m_state, sizeof m_state); }

std::optional<Bytes> SecureReceiver::open(const Bytes& ciphertext) {
    if (!m_ready || ciphertext.size() < crypto_secretstream_xchacha20poly1305_ABYTES) return std::nullopt;
    Bytes plaintext(ciphertext.size() - crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state, plaintext.data(), nullptr, &tag, ciphertext.data(),
                                                   ciphertext.size(), nullptr, 0) != 0 ||
        tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
        // A failed pull leaves the state as it was; refuse everything after it too.
        m_ready = false;
        return std::nullopt;
    }
    return plaintext;
}

}  // namespace rehearse::net
