// The three plaintext messages before the channel is encrypted, each one
// frame (at most kFrameLimitBeforeAuth bytes):
//
//   joiner -> host  Hello       magic, version, kind, sid, Ya [, session id]
//   host -> joiner  HelloReply  magic, version, status [, Yb, host tag, header]
//   joiner -> host  Confirm     joiner tag, stream header
//
// Ya and Yb are the CPace shares; the tags prove each side derived the same
// keys (key confirmation), the headers start each direction's secretstream.
// Every parser checks sizes exactly and answers a sentence on failure. A
// Hello or HelloReply of another protocol version parses as far as the
// version, so each side can say "too old" or "too new" in words.
#pragma once

#include "net/bytes.hpp"

#include <cstdint>
#include <string>
#include <variant>

namespace rehearse::net {

constexpr std::uint16_t kPairProtocolVersion = 1;
constexpr std::size_t kSidBytes = 16;
constexpr std::size_t kSessionIdBytes = 16;
constexpr std::size_t kTagBytes = 32;
constexpr std::size_t kStreamHeaderBytes = 24;  // crypto_secretstream_xchacha20poly1305_HEADERBYTES

enum class HelloKind : std::uint8_t {
    Join = 1,    // first contact: the PAKE's password is the join code's words
    Resume = 2,  // after a dropped connection: the password is the session's resume secret
};

struct Hello {
    std::uint16_t version = kPairProtocolVersion;
    HelloKind kind = HelloKind::Join;
    Bytes sid;        // kSidBytes, chosen by the joiner for this attempt
    Bytes share;      // Ya
    Bytes sessionId;  // Resume only
};

enum class HelloStatus : std::uint8_t {
    Accepted = 0,
    VersionMismatch = 1,   // the reply carries the host's version
    UnknownSession = 2,    // a resume for a session this host does not have
    NotAccepting = 3,      // the code is spent or someone already joined
};

struct HelloReply {
    std::uint16_t version = kPairProtocolVersion;
    HelloStatus status = HelloStatus::Accepted;
    Bytes share;         // Yb
    Bytes tag;           // host's key confirmation
    Bytes streamHeader;  // host -> joiner secretstream header
};

struct Confirm {
    Bytes tag;
    Bytes streamHeader;  // joiner -> host
};

Bytes encodeHello(const Hello& hello);
Bytes encodeHelloReply(const HelloReply& reply);
Bytes encodeConfirm(const Confirm& confirm);

std::variant<Hello, std::string> parseHello(const Bytes& bytes);
std::variant<HelloReply, std::string> parseHelloReply(const Bytes& bytes);
std::variant<Confirm, std::string> parseConfirm(const Bytes& bytes);

// "Your partner's Rehearse is newer (pair protocol 2; this one speaks 1):
// update Rehearse here" and the reverse; empty when they match.
std::string describeVersionMismatch(std::uint16_t theirs);

}  // namespace rehearse::net
