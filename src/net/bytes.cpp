#include "net/bytes.hpp"

namespace rehearse::net {

Bytes bytesOf(const std::string& text) { return Bytes(text.begin(), text.end()); }

std::string textOf(const Bytes& bytes) { return std::string(bytes.begin(), bytes.end()); }

std::string toHex(const std::uint8_t* data, std::size_t size) {
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        hex.push_back(digits[data[i] >> 4]);
        hex.push_back(digits[data[i] & 0x0f]);
    }
    return hex;
}

void appendU16(Bytes& out, std::uint16_t value) {
    out.push_back(static_cast<std::uint8_t>(value >> 8));
    out.push_back(static_cast<std::uint8_t>(value));
}

void appendU32(Bytes& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(value >> shift));
}

void appendU64(Bytes& out, std::uint64_t value) {
    for (int shift = 56; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(value >> shift));
}

void appendBytes(Bytes& out, const std::uint8_t* data, std::size_t size) { out.insert(out.end(), data, data + size); }

std::optional<std::uint8_t> ByteReader::u8() {
    if (remaining() < 1) return std::nullopt;
    return m_data[m_offset++];
}

std::optional<std::uint16_t> ByteReader::u16() {
    if (remaining() < 2) return std::nullopt;
    auto value = static_cast<std::uint16_t>((m_data[m_offset] << 8) | m_data[m_offset + 1]);
    m_offset += 2;
    return value;
}

std::optional<std::uint64_t> ByteReader::u64() {
    if (remaining() < 8) return std::nullopt;
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i) value = (value << 8) | m_data[m_offset++];
    return value;
}

std::optional<Bytes> ByteReader::take(std::size_t count) {
    if (remaining() < count) return std::nullopt;
    Bytes out(m_data + m_offset, m_data + m_offset + count);
    m_offset += count;
    return out;
}

Bytes ByteReader::rest() {
    Bytes out(m_data + m_offset, m_data + m_size);
    m_offset = m_size;
    return out;
}

}  // namespace rehearse::net
