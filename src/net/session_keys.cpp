#include "net/session_keys.hpp"

#include "net/handshake_message.hpp"
#include "net/word_list.hpp"

#include <sodium.h>

namespace rehearse::net {

namespace {

const char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "RhrsPair";

enum SubkeyId : std::uint64_t {
    JoinerToHost = 1,
    HostToJoiner = 2,
    HostConfirm = 3,
    JoinerConfirm = 4,
    Verifier = 5,
    ResumeSecret = 6,
    SessionId = 7,
};

Bytes subkey(const std::uint8_t* master, SubkeyId id, std::size_t size) {
    Bytes key(size);
    crypto_kdf_derive_from_key(key.data(), size, id, kKdfContext, master);
    return key;
}

Bytes confirmationTag(const Bytes& key, const char* who) {
    Bytes tag(kTagBytes);
    crypto_generichash(tag.data(), tag.size(), reinterpret_cast<const std::uint8_t*>(who),
                       std::char_traits<char>::length(who), key.data(), key.size());
    return tag;
}

}  // namespace

SessionKeys deriveSessionKeys(const Bytes& isk) {
    std::uint8_t master[crypto_kdf_KEYBYTES];
    crypto_generichash(master, sizeof master, isk.data(), isk.size(), nullptr, 0);
    SessionKeys keys;
    keys.joinerToHost = subkey(master, JoinerToHost, crypto_secretstream_xchacha20poly1305_KEYBYTES);
    keys.hostToJoiner = subkey(master, HostToJoiner, crypto_secretstream_xchacha20poly1305_KEYBYTES);
    keys.hostTag = confirmationTag(subkey(master, HostConfirm, 32), "rehearse pair: host confirms");
    keys.joinerTag = confirmationTag(subkey(master, JoinerConfirm, 32), "rehearse pair: joiner confirms");
    const Bytes verifier = subkey(master, Verifier, 16);
    keys.verifier = std::string(pairWords()[verifier[0]]) + "-" + pairWords()[verifier[1]];
    keys.resumeSecret = subkey(master, ResumeSecret, 32);
    keys.sessionId = subkey(master, SessionId, kSessionIdBytes);
    sodium_memzero(master, sizeof master);
    return keys;
}

bool tagsEqual(const Bytes& a, const Bytes& b) {
    return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace rehearse::net
