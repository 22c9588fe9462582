// The messages two pair peers exchange, as JSON text: what the transport
// (a later network layer) carries as opaque frame bytes. Every message is
// validated here before anything acts on it; bytes that are not a message
// this version understands give a clear error, never an exception or a crash.
//
//   hello    {"type":"hello","magic":"rehearse-pair","protocol":1,"role":"interviewer","name":"Ada",
//             "scenario":"feed-ranking"}   (scenario: the host's choice, optional)
//   opening  {"type":"opening","scenario":{...the public part, see scenario_opening.hpp...}}
//   action   {"type":"action","seq":12,"action":{...an Action, see session/action.hpp...},
//             "of":7,                    (optional: it applies the partner's request 7)
//             "fact":{"id":..,"topic":..,"answer":..}}  (optional: the fact an answer reveals)
//   resend   {"type":"resend","from":12}     (after a dropped connection: send again from seq 12)
//   reveal   {"type":"reveal","scenario":{...the scenario file as the interviewer's side holds it...}}
//            (once, from the interviewer's side, right after the action that
//            finished the interview: what the debrief shows; "scenario" is
//            absent when that side keeps no copy of its scenario)
//   history  {"type":"history","as_candidate":[{"id":"spam-email-detection","hash":"9f2c..."}],
//             "as_interviewer":[...]}
//            (once from each side, after the debrief: the scenarios this side's
//            person met, newest first, ids and content hashes only, so the
//            partner's side can suggest a scenario for "Swap roles")
//   done     {"type":"done"}      (this side has nothing more to do; from the
//                                  interviewer's side, after the candidate's: the end)
//   bye      {"type":"bye","reason":"The interviewer ended the session."}
#pragma once

#include "core/pair/pair_role.hpp"
#include "core/pair/scenario_opening.hpp"
#include "core/pair/swap_suggestion.hpp"
#include "core/session/action.hpp"
#include "core/store/scenario_copy.hpp"

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
// Scenarios per list in a history message: more than anyone rehearses.
inline constexpr std::size_t kMaxHistoryEntries = 2000;

struct PairHello {
    int protocol = kPairProtocolVersion;
    PairRole role = PairRole::Interviewer;  // the sender's part
    std::string name;                       // the sender's display name
    std::string scenario;                   // the host's chosen scenario id; empty: none
};

// Sent once by the interviewer's side, before any action.
struct PairOpening {
    ScenarioOpening scenario;
};

struct PairActionMessage {
    std::uint64_t seq = 0;  // numbered from 1 by the sender, one per action
    Action action;
    // From the interviewer's side: the seq of the candidate's request this
    // action is (0: the interviewer's own). The interviewer's session orders
    // both sides' actions; the candidate's side applies them in that order.
    std::uint64_t of = 0;
    // From the interviewer's side, with the answer that first reveals it.
    std::optional<RevealedFactText> fact;
};

struct PairResend {
    std::uint64_t from = 0;
};

// The debrief's half of the scenario, sent only once the interview is over
// and the candidate has scored themselves blind: the candidate's side then
// scores its own copy with the same coverage engine over the same journal
// (see InterviewerPeer::revealOnceSelfScored).
struct PairReveal {
    // Both or neither: the copy as it travelled (canonical text, content
    // hash) and the scenario loaded from it by the scenario loader.
    std::optional<ScenarioCopy> copy;
    std::optional<Scenario> scenario;
};

struct PairHistoryMessage {
    PairHistory history;
};

struct PairDone {};

struct PairBye {
    std::string reason;
};

using PairMessage = std::variant<PairHello, PairOpening, PairActionMessage, PairResend, PairReveal,
                                 PairHistoryMessage, PairDone, PairBye>;

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
