// A TCP socket that reads and writes whole frames (frame.hpp), blocking.
// One thread reads, one thread writes; shutdown() may come from any thread
// and wakes both (that is how a watchdog ends a silent or slow connection).
#pragma once

#include "net/bytes.hpp"
#include "net/frame.hpp"

#include <asio.hpp>

#include <mutex>
#include <string>
#include <variant>

namespace rehearse::net {

class FramedSocket {
public:
    explicit FramedSocket(asio::ip::tcp::socket socket);

    // The next frame's payload, or a sentence: the connection closed, failed,
    // or the peer broke the framing (then the socket is shut down).
    std::variant<Bytes, std::string> readFrame();
    // False (and `error` set) when the connection is gone.
    bool writeFrame(const Bytes& payload, std::string& error);

    // For the relay's line-based greeting: raw text out, one line in (without
    // its '\n', at most `limit` bytes), read byte by byte so no frame byte
    // after it is consumed.
    bool writeText(const std::string& text, std::string& error);
    std::variant<std::string, std::string> readLine(std::size_t limit);

    void setFrameLimit(std::size_t limit) { m_decoder.setLimit(limit); }
    void shutdown();

private:
    asio::ip::tcp::socket m_socket;
    FrameDecoder m_decoder;
    std::mutex m_writeMutex;
};

// "HOST:PORT" (a name, IPv4, or [IPv6]) split in two; a sentence on error.
std::variant<std::pair<std::string, std::uint16_t>, std::string> parseHostPort(const std::string& text);

// A connected socket, or a sentence naming where it could not connect.
std::variant<asio::ip::tcp::socket, std::string> connectTo(asio::io_context& io, const std::string& host,
                                                          std::uint16_t port);

}  // namespace rehearse::net
