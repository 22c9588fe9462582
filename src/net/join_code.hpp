// The join code a host reads aloud: "<channel>-<word>-<word>", for example
// "47213-crossbow-lantern". The channel is public: it says where to meet (the
// host's port on a direct connection, the rendezvous on a relay). The two
// words are the secret (16 bits) that the PAKE turns into keys; with one
// guess per attempt and a new code after a wrong one, 16 bits is plenty.
#pragma once

#include "net/bytes.hpp"

#include <cstdint>
#include <string>
#include <variant>

namespace rehearse::net {

struct JoinCode {
    std::uint16_t channel = 0;  // 1..65535
    std::string firstWord;
    std::string secondWord;

    std::string text() const;
    // What the PAKE uses as its password: only the secret words.
    Bytes secret() const;
};

// A fresh code on `channel` with two random words.
JoinCode makeJoinCode(std::uint16_t channel);

// Reads a code as a person types it: any case, surrounding spaces, spaces or
// dashes between parts. A string on failure says what is wrong in words.
std::variant<JoinCode, std::string> parseJoinCode(const std::string& text);

}  // namespace rehearse::net
