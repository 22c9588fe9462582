// CPace on ristretto255 with SHA-512 (CPACE-RISTR255-SHA512), as specified by
// draft-irtf-cfrg-cpace: a balanced password-authenticated key exchange. Each
// side sends one group element; someone who does not know the password (PRS)
// learns nothing from a run that lets them test a second guess offline, so an
// attacker gets exactly one guess per run. Built only from libsodium's
// ristretto255 and SHA-512; checked against the draft's test vectors.
//
// Roles follow the draft's initiator-responder setting: A (initiator) sends
// Ya first, B (responder) answers with Yb; the transcript is transcript_ir.
#pragma once

#include "net/bytes.hpp"

#include <array>
#include <optional>

namespace rehearse::net {

constexpr std::size_t kCpacePointBytes = 32;
constexpr std::size_t kCpaceScalarBytes = 32;
constexpr std::size_t kCpaceIskBytes = 64;

// The draft's string utilities (its appendix A).
Bytes cpacePrependLen(const Bytes& data);
Bytes cpaceLvCat(std::initializer_list<const Bytes*> parts);
Bytes cpaceGeneratorString(const Bytes& prs, const Bytes& ci, const Bytes& sid);
Bytes cpaceTranscriptIr(const Bytes& ya, const Bytes& ada, const Bytes& yb, const Bytes& adb);

// g = element_derivation(SHA-512(generator_string)), encoded.
Bytes cpaceGenerator(const Bytes& prs, const Bytes& ci, const Bytes& sid);

class CpaceParty {
public:
    // A fresh random scalar (the draft's sample_scalar: 32 random bytes with
    // the bits above 252 cleared); `scalar` is only given by the test vectors.
    CpaceParty(const Bytes& prs, const Bytes& ci, const Bytes& sid,
               std::optional<std::array<std::uint8_t, kCpaceScalarBytes>> scalar = std::nullopt);
    ~CpaceParty();
    CpaceParty(const CpaceParty&) = delete;
    CpaceParty& operator=(const CpaceParty&) = delete;

    // Y = y * g; what this side sends. Empty if the generator was the
    // identity (cannot happen for a hash output, but never send it).
    const Bytes& share() const { return m_share; }
    // K = scalar_mult_vfy(y, peer); nothing when the peer's element does not
    // decode or K is the identity (the draft's abort).
    std::optional<Bytes> sharedPoint(const Bytes& peerShare) const;
    // ISK = SHA-512(lv_cat(DSI || "_ISK", sid, K) || transcript_ir(Ya, ADa, Yb, ADb)).
    // Nothing when sharedPoint() aborts.
    std::optional<Bytes> intermediateKey(const Bytes& ya, const Bytes& ada, const Bytes& yb, const Bytes& adb,
                                         const Bytes& peerShare) const;

private:
    std::array<std::uint8_t, kCpaceScalarBytes> m_scalar{};
    Bytes m_sid;
    Bytes m_share;
};

}  // namespace rehearse::net
