// The messages two pair peers exchange, as JSON text: what the transport
// (a later network layer) carries as opaque frame bytes. Every message is
// validated here before anything acts on it; bytes that are not a message
// this version understands give a clear error, never an exception or a crash.
//
//   hello    {"type":"hello","magic":"rehearse-pair","protocol":1,"role":"interviewer","name":"Ada"}
//   action   {"type":"action","seq":12,"action":{...an Action, see session/action.hpp...}}
//   resend   {"type":"resend","from":12}     (after a dropped connection: send again from seq 12)
//   bye      {"type":"bye","reason":"The interviewer ended the session."}
#pragma once

#include "core/pair/pair_role.hpp"
#include "core/session/action.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace rehearse {

inline constexpr const char* kPairMagic = "rehearse-pair";
inline constexpr int kPairProtocolVersion = 1;
// Larger than any action Rehearse writes (a pasted canvas is capped well below).
inline constexpr std::size_t kMaxPairMessageBytes = 4 * 1024 * 1024;
inline constexpr std::size_t kMaxDisplayNameBytes = 80;

struct PairHello {
    int protocol = kPairProtocolVersion;
    PairRole role = PairRole::Interviewer;  // the sender's part
    std::string name;                       // the sender's display name
};

struct PairActionMessage {
    std::uint64_t seq = 0;  // numbered from 1 by the sender, one per action
    Action action;
};

struct PairResend {
    std::uint64_t from = 0;
};

struct PairBye {
    std::string reason;
};

using PairMessage = std::variant<PairHello, PairActionMessage, PairResend, PairBye>;

struct PairMessageDecoding {
    std::optional<PairMessage> message;
    std::string error;  // set when `message` is not
};

std::string encodePairMessage(const PairMessage& message);
PairMessageDecoding decodePairMessage(std::string_view bytes);

// "too old" / "too new" in words for a hello of another protocol version;
// empty when `protocol` is this version's.
std::string pairProtocolMismatch(int protocol);

}  // namespace rehearse
