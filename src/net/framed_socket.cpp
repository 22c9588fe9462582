#include "net/framed_socket.hpp"

#include <sys/socket.h>

#include <array>

namespace rehearse::net {

FramedSocket::FramedSocket(asio::ip::tcp::socket socket) : m_socket(std::move(socket)) {
    asio::error_code ignored;
    // Small messages go out at once: latency matters more than packet count.
    m_socket.set_option(asio::ip::tcp::no_delay(true), ignored);
}

std::variant<Bytes, std::string> FramedSocket::readFrame() {
    std::array<std::uint8_t, 16 * 1024> buffer;
    for (;;) {
        if (std::optional<Bytes> frame = m_decoder.next()) return std::move(*frame);
        if (m_decoder.failed()) {
            shutdown();
            return m_decoder.error();
        }
        asio::error_code error;
        std::size_t got = m_socket.read_some(asio::buffer(buffer), error);
        if (error) {
            if (error == asio::error::eof) return std::string("the partner closed the connection");
            return "the connection failed: " + error.message();
        }
        m_decoder.feed(buffer.data(), got);
    }
}

bool FramedSocket::writeFrame(const Bytes& payload, std::string& error) {
    const Bytes frame = encodeFrame(payload);
    std::lock_guard<std::mutex> lock(m_writeMutex);
    asio::error_code code;
    asio::write(m_socket, asio::buffer(frame), code);
    if (code) error = "the connection failed: " + code.message();
    return !code;
}

bool FramedSocket::writeText(const std::string& text, std::string& error) {
    std::lock_guard<std::mutex> lock(m_writeMutex);
    asio::error_code code;
    asio::write(m_socket, asio::buffer(text), code);
    if (code) error = "the connection failed: " + code.message();
    return !code;
}

std::variant<std::string, std::string> FramedSocket::readLine(std::size_t limit) {
    std::string line;
    for (;;) {
        char c = 0;
        asio::error_code error;
        asio::read(m_socket, asio::buffer(&c, 1), error);
        if (error) return std::variant<std::string, std::string>(std::in_place_index<1>, "the connection closed");
        if (c == '\n') return std::variant<std::string, std::string>(std::in_place_index<0>, line);
        if (line.size() >= limit)
            return std::variant<std::string, std::string>(std::in_place_index<1>, "the line is too long");
        line.push_back(c);
    }
}

void FramedSocket::shutdown() {
    // ::shutdown on the descriptor is safe while another thread is blocked in
    // a read or write on it, and wakes that thread; asio's close() is not.
    ::shutdown(m_socket.native_handle(), SHUT_RDWR);
}

std::variant<std::pair<std::string, std::uint16_t>, std::string> parseHostPort(const std::string& text) {
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        return "'" + text + "' is not HOST:PORT (for example relay.example.org:4001)";
    std::string host = text.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    const std::string port = text.substr(colon + 1);
    unsigned long value = 0;
    for (char c : port) {
        if (c < '0' || c > '9' || port.size() > 5) return "'" + port + "' is not a port number";
        value = value * 10 + static_cast<unsigned long>(c - '0');
    }
    if (value == 0 || value > 65535) return "'" + port + "' is not a port number (1 to 65535)";
    return std::make_pair(host, static_cast<std::uint16_t>(value));
}

std::variant<asio::ip::tcp::socket, std::string> connectTo(asio::io_context& io, const std::string& host,
                                                          std::uint16_t port) {
    asio::ip::tcp::resolver resolver(io);
    asio::error_code error;
    auto endpoints = resolver.resolve(host, std::to_string(port), error);
    if (error) return "cannot find " + host + ": " + error.message();
    asio::ip::tcp::socket socket(io);
    asio::connect(socket, endpoints, error);
    if (error) return "cannot connect to " + host + ":" + std::to_string(port) + ": " + error.message();
    return socket;
}

}  // namespace rehearse::net
