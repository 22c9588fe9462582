// Length-prefixed frames: a 4-byte big-endian length, then that many bytes.
// The decoder takes bytes as they arrive from TCP and hands out whole frames;
// a length over the current cap is an error before any of the body is read,
// so a peer cannot make us allocate more than the cap. The cap is small until
// the peer has proved it knows the code, larger after.
#pragma once

#include "net/bytes.hpp"

#include <cstddef>
#include <deque>
#include <optional>
#include <string>

namespace rehearse::net {

// Hello and handshake messages are well under this.
constexpr std::size_t kFrameLimitBeforeAuth = 512;
// One encrypted message: a pair-session message of up to 1 MiB plus headers.
constexpr std::size_t kMessageLimit = 1024 * 1024;
constexpr std::size_t kFrameLimitAfterAuth = kMessageLimit + 256;
constexpr std::size_t kFrameHeaderBytes = 4;

Bytes encodeFrame(const Bytes& payload);

class FrameDecoder {
public:
    explicit FrameDecoder(std::size_t limit = kFrameLimitBeforeAuth) : m_limit(limit) {}

    void setLimit(std::size_t limit) { m_limit = limit; }
    // Appends bytes from the peer. After an error, further bytes are ignored.
    void feed(const std::uint8_t* data, std::size_t size);
    // The next whole frame's payload, if one has arrived.
    std::optional<Bytes> next();
    bool failed() const { return !m_error.empty(); }
    const std::string& error() const { return m_error; }
    // Bytes fed but not yet handed out as frames.
    std::size_t buffered() const { return m_buffer.size(); }

private:
    std::size_t m_limit;
    std::deque<std::uint8_t> m_buffer;
    std::string m_error;
};

}  // namespace rehearse::net
