#include "net/frame.hpp"

#include <stdexcept>

namespace rehearse::net {

Bytes encodeFrame(const Bytes& payload) {
    if (payload.size() > kFrameLimitAfterAuth) throw std::length_error("frame larger than the protocol allows");
    Bytes frame;
    frame.reserve(kFrameHeaderBytes + payload.size());
    appendU32(frame, static_cast<std::uint32_t>(payload.size()));
    appendBytes(frame, payload);
    return frame;
}

void FrameDecoder::feed(const std::uint8_t* data, std::size_t size) {
    if (failed()) return;
    m_buffer.insert(m_buffer.end(), data, data + size);
}

std::optional<Bytes> FrameDecoder::next() {
    if (failed() || m_buffer.size() < kFrameHeaderBytes) return std::nullopt;
    std::size_t length = 0;
    for (std::size_t i = 0; i < kFrameHeaderBytes; ++i) length = (length << 8) | m_buffer[i];
    if (length > m_limit) {
        m_error = "the partner sent a frame of " + std::to_string(length) + " bytes; at most " +
                  std::to_string(m_limit) + " are allowed here";
        m_buffer.clear();
        return std::nullopt;
    }
    if (m_buffer.size() < kFrameHeaderBytes + length) return std::nullopt;
    auto begin = m_buffer.begin() + static_cast<std::ptrdiff_t>(kFrameHeaderBytes);
    auto end = begin + static_cast<std::ptrdiff_t>(length);
    Bytes payload(begin, end);
    m_buffer.erase(m_buffer.begin(), end);
    return payload;
}

}  // namespace rehearse::net
