#include "net/cpace.hpp"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

namespace rehearse::net {

namespace {

const char kDsi[] = "CPaceRistretto255";
const char kDsiIsk[] = "CPaceRistretto255_ISK";
constexpr std::size_t kSha512BlockBytes = 128;  // H.s_in_bytes

void ensureSodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium cannot start");
}

Bytes sha512(const Bytes& message) {
    Bytes digest(crypto_hash_sha512_BYTES);
    crypto_hash_sha512(digest.data(), message.data(), message.size());
    return digest;
}

}  // namespace

Bytes cpacePrependLen(const Bytes& data) {
    Bytes out;
    std::size_t length = data.size();
    // LEB128: 7 bits a byte, least significant first, high bit = more follows.
    do {
        auto low = static_cast<std::uint8_t>(length & 0x7f);
        length >>= 7;
        out.push_back(length ? static_cast<std::uint8_t>(low | 0x80) : low);
    } while (length);
    appendBytes(out, data);
    return out;
}

Bytes cpaceLvCat(std::initializer_list<const Bytes*> parts) {
    Bytes out;
    for (const Bytes* part : parts) appendBytes(out, cpacePrependLen(*part));
    return out;
}

Bytes cpaceGeneratorString(const Bytes& prs, const Bytes& ci, const Bytes& sid) {
    const Bytes dsi = bytesOf(kDsi);
    const std::size_t used = cpacePrependLen(prs).size() + cpacePrependLen(dsi).size() + 1;
    const Bytes zpad(kSha512BlockBytes > used ? kSha512BlockBytes - used : 0, 0);
    return cpaceLvCat({&dsi, &prs, &zpad, &ci, &sid});
}

Bytes cpaceTranscriptIr(const Bytes& ya, const Bytes& ada, const Bytes& yb, const Bytes& adb) {
    Bytes out = cpaceLvCat({&ya, &ada});
    appendBytes(out, cpaceLvCat({&yb, &adb}));
    return out;
}

Bytes cpaceGenerator(const Bytes& prs, const Bytes& ci, const Bytes& sid) {
    ensureSodium();
    const Bytes hash = sha512(cpaceGeneratorString(prs, ci, sid));
    Bytes point(crypto_core_ristretto255_BYTES);
    crypto_core_ristretto255_from_hash(point.data(), hash.data());
    return point;
}

CpaceParty::CpaceParty(const Bytes& prs, const Bytes& ci, const Bytes& sid,
                       std::optional<std::array<std::uint8_t, kCpaceScalarBytes>> scalar)
    : m_sid(sid) {
    ensureSodium();
    if (scalar) {
        m_scalar = *scalar;
    } else {
        randombytes_buf(m_scalar.data(), m_scalar.size());
        m_scalar[31] &= 0x0f;  // clear the bits above group_size_bits (252)
    }
    const Bytes generator = cpaceGenerator(prs, ci, sid);
    Bytes share(crypto_scalarmult_ristretto255_BYTES);
    if (crypto_scalarmult_ristretto255(share.data(), m_scalar.data(), generator.data()) == 0) m_share = share;
}

CpaceParty::~CpaceParty() { sodium_memzero(m_scalar.data(), m_scalar.size()); }

std::optional<Bytes> CpaceParty::sharedPoint(const Bytes& peerShare) const {
    if (peerShare.size() != crypto_scalarmult_ristretto255_BYTES || m_share.empty()) return std::nullopt;
    // libsodium refuses an encoding that does not decode and an identity result.
    Bytes point(crypto_scalarmult_ristretto255_BYTES);
    if (crypto_scalarmult_ristretto255(point.data(), m_scalar.data(), peerShare.data()) != 0) return std::nullopt;
    return point;
}

std::optional<Bytes> CpaceParty::intermediateKey(const Bytes& ya, const Bytes& ada, const Bytes& yb,
                                                 const Bytes& adb, const Bytes& peerShare) const {
    std::optional<Bytes> k = sharedPoint(peerShare);
    if (!k) return std::nullopt;
    const Bytes dsiIsk = bytesOf(kDsiIsk);
    Bytes input = cpaceLvCat({&dsiIsk, &m_sid, &*k});
    appendBytes(input, cpaceTranscriptIr(ya, ada, yb, adb));
    Bytes isk = sha512(input);
    sodium_memzero(k->data(), k->size());
    return isk;
}

}  // namespace rehearse::net
