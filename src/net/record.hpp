// What travels inside the encrypted stream, one record per frame:
//
//   Data    seq (u64), the pair session's message (opaque bytes)
//   Ack     the next seq this side expects (lets the sender forget older ones)
//   Resume  the same, sent first on every (re)connection: "send me from here"
//   Bye     the session is over, with a sentence why
//
// Messages are numbered from 1 in each direction; numbers survive reconnects,
// so after a drop each side resends what the other has not acknowledged.
#pragma once

#include "net/bytes.hpp"

#include <cstdint>
#include <string>
#include <variant>

namespace rehearse::net {

enum class RecordType : std::uint8_t { Data = 1, Ack = 2, Resume = 3, Bye = 4 };

struct Record {
    RecordType type = RecordType::Data;
    std::uint64_t seq = 0;  // Data: its number; Ack and Resume: the next number expected
    Bytes payload;          // Data: the message; Bye: the reason (UTF-8)
};

Bytes encodeRecord(const Record& record);
std::variant<Record, std::string> parseRecord(const Bytes& bytes);

}  // namespace rehearse::net
