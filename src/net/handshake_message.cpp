#include "net/handshake_message.hpp"

#include "net/cpace.hpp"

#include <cstring>

namespace rehearse::net {

namespace {

const char kMagic[] = "RHRSPAIR";
constexpr std::size_t kMagicBytes = 8;

void appendMagicAndVersion(Bytes& out, std::uint16_t version) {
    appendBytes(out, reinterpret_cast<const std::uint8_t*>(kMagic), kMagicBytes);
    appendU16(out, version);
}

// Reads the magic and the version; a sentence when this is not our protocol.
std::variant<std::uint16_t, std::string> readMagicAndVersion(ByteReader& reader, const char* what) {
    std::optional<Bytes> magic = reader.take(kMagicBytes);
    if (!magic || std::memcmp(magic->data(), kMagic, kMagicBytes) != 0)
        return std::string("the other side is not a Rehearse pair partner (its ") + what +
               " does not start with the pair protocol's tag)";
    std::optional<std::uint16_t> version = reader.u16();
    if (!version) return std::string("the partner's ") + what + " ends before its protocol version";
    return *version;
}

std::string sizeError(const char* what) {
    return std::string("the partner's ") + what + " has the wrong size for pair protocol " +
           std::to_string(kPairProtocolVersion);
}

}  // namespace

Bytes encodeHello(const Hello& hello) {
    Bytes out;
    appendMagicAndVersion(out, hello.version);
    out.push_back(static_cast<std::uint8_t>(hello.kind));
    appendBytes(out, hello.sid);
    appendBytes(out, hello.share);
    if (hello.kind == HelloKind::Resume) appendBytes(out, hello.sessionId);
    return out;
}

std::variant<Hello, std::string> parseHello(const Bytes& bytes) {
    ByteReader reader(bytes);
    auto version = readMagicAndVersion(reader, "hello");
    if (auto* error = std::get_if<std::string>(&version)) return *error;
    Hello hello;
    hello.version = std::get<std::uint16_t>(version);
    if (hello.version != kPairProtocolVersion) return hello;  // the rest is another version's business
    std::optional<std::uint8_t> kind = reader.u8();
    if (!kind || (*kind != static_cast<std::uint8_t>(HelloKind::Join) &&
                  *kind != static_cast<std::uint8_t>(HelloKind::Resume)))
        return std::string("the partner's hello asks for neither joining nor resuming");
    hello.kind = static_cast<HelloKind>(*kind);
    const std::size_t expected =
        kSidBytes + kCpacePointBytes + (hello.kind == HelloKind::Resume ? kSessionIdBytes : 0);
    if (reader.remaining() != expected) return sizeError("hello");
    hello.sid = *reader.take(kSidBytes);
    hello.share = *reader.take(kCpacePointBytes);
    if (hello.kind == HelloKind::Resume) hello.sessionId = *reader.take(kSessionIdBytes);
    return hello;
}

Bytes encodeHelloReply(const HelloReply& reply) {
    Bytes out;
    appendMagicAndVersion(out, reply.version);
    out.push_back(static_cast<std::uint8_t>(reply.status));
    if (reply.status == HelloStatus::Accepted) {
        appendBytes(out, reply.share);
        appendBytes(out, reply.tag);
        appendBytes(out, reply.streamHeader);
    }
    return out;
}

std::variant<HelloReply, std::string> parseHelloReply(const Bytes& bytes) {
    ByteReader reader(bytes);
    auto version = readMagicAndVersion(reader, "reply");
    if (auto* error = std::get_if<std::string>(&version)) return *error;
    HelloReply reply;
    reply.version = std::get<std::uint16_t>(version);
    std::optional<std::uint8_t> status = reader.u8();
    if (!status) return std::string("the partner's reply ends before its status");
    if (*status > static_cast<std::uint8_t>(HelloStatus::NotAccepting))
        return "the partner's reply has an unknown status " + std::to_string(*status);
    reply.status = static_cast<HelloStatus>(*status);
    if (reply.status != HelloStatus::Accepted) {
        if (!reader.atEnd()) return sizeError("reply");
        return reply;
    }
    if (reply.version != kPairProtocolVersion)
        return std::string("the partner accepted with another protocol version: ") +
               describeVersionMismatch(reply.version);
    if (reader.remaining() != kCpacePointBytes + kTagBytes + kStreamHeaderBytes) return sizeError("reply");
    reply.share = *reader.take(kCpacePointBytes);
    reply.tag = *reader.take(kTagBytes);
    reply.streamHeader = *reader.take(kStreamHeaderBytes);
    return reply;
}

Bytes encodeConfirm(const Confirm& confirm) {
    Bytes out = confirm.tag;
    appendBytes(out, confirm.streamHeader);
    return out;
}

std::variant<Confirm, std::string> parseConfirm(const Bytes& bytes) {
    if (bytes.size() != kTagBytes + kStreamHeaderBytes) return sizeError("key confirmation");
    ByteReader reader(bytes);
    Confirm confirm;
    confirm.tag = *reader.take(kTagBytes);
    confirm.streamHeader = *reader.take(kStreamHeaderBytes);
    return confirm;
}

std::string describeVersionMismatch(std::uint16_t theirs) {
    if (theirs == kPairProtocolVersion) return "";
    const std::string versions = " (pair protocol " + std::to_string(theirs) + "; this one speaks " +
                                 std::to_string(kPairProtocolVersion) + ")";
    if (theirs > kPairProtocolVersion)
        return "your partner's Rehearse is too new for this one" + versions + ": update Rehearse on this computer";
    return "your partner's Rehearse is too old for this one" + versions + ": your partner should update Rehearse";
}

}  // namespace rehearse::net
