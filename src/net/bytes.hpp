// Byte strings on the wire, and a reader that never reads past its end.
// Everything the peer sends goes through ByteReader, so a short or oversized
// field is an error value, not an out-of-bounds read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rehearse::net {

using Bytes = std::vector<std::uint8_t>;

Bytes bytesOf(const std::string& text);
std::string textOf(const Bytes& bytes);
std::string toHex(const std::uint8_t* data, std::size_t size);
inline std::string toHex(const Bytes& bytes) { return toHex(bytes.data(), bytes.size()); }

void appendU16(Bytes& out, std::uint16_t value);  // big-endian
void appendU32(Bytes& out, std::uint32_t value);
void appendU64(Bytes& out, std::uint64_t value);
void appendBytes(Bytes& out, const std::uint8_t* data, std::size_t size);
inline void appendBytes(Bytes& out, const Bytes& more) { appendBytes(out, more.data(), more.size()); }

class ByteReader {
public:
    ByteReader(const std::uint8_t* data, std::size_t size) : m_data(data), m_size(size) {}
    explicit ByteReader(const Bytes& bytes) : ByteReader(bytes.data(), bytes.size()) {}

    std::optional<std::uint8_t> u8();
    std::optional<std::uint16_t> u16();
    std::optional<std::uint64_t> u64();
    // Exactly `count` bytes, or nothing when fewer are left.
    std::optional<Bytes> take(std::size_t count);
    Bytes rest();
    std::size_t remaining() const { return m_size - m_offset; }
    bool atEnd() const { return m_offset == m_size; }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_offset = 0;
};

}  // namespace rehearse::net
