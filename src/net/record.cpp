#include "net/record.hpp"

#include "net/frame.hpp"

namespace rehearse::net {

namespace {
constexpr std::size_t kByeReasonLimit = 1000;
}

Bytes encodeRecord(const Record& record) {
    Bytes out;
    out.push_back(static_cast<std::uint8_t>(record.type));
    if (record.type != RecordType::Bye) appendU64(out, record.seq);
    if (record.type == RecordType::Data || record.type == RecordType::Bye) appendBytes(out, record.payload);
    return out;
}

std::variant<Record, std::string> parseRecord(const Bytes& bytes) {
    ByteReader reader(bytes);
    std::optional<std::uint8_t> type = reader.u8();
    if (!type) return std::string("the partner sent an empty message");
    Record record;
    switch (*type) {
    case static_cast<std::uint8_t>(RecordType::Data):
    case static_cast<std::uint8_t>(RecordType::Ack):
    case static_cast<std::uint8_t>(RecordType::Resume): {
        record.type = static_cast<RecordType>(*type);
        std::optional<std::uint64_t> seq = reader.u64();
        if (!seq) return std::string("the partner sent a message cut short before its number");
        if (*seq == 0 || *seq == UINT64_MAX) return std::string("the partner sent a message numbered out of range");
        record.seq = *seq;
        if (record.type == RecordType::Data) {
            if (reader.remaining() > kMessageLimit) return std::string("the partner sent a message over 1 MiB");
            record.payload = reader.rest();
        } else if (!reader.atEnd()) {
            return std::string("the partner sent an acknowledgement with extra bytes");
        }
        return record;
    }
    case static_cast<std::uint8_t>(RecordType::Bye):
        record.type = RecordType::Bye;
        if (reader.remaining() > kByeReasonLimit) return std::string("the partner's goodbye is too long");
        record.payload = reader.rest();
        return record;
    default:
        return "the partner sent a message of unknown type " + std::to_string(*type);
    }
}

}  // namespace rehearse::net
