// A pair channel: the connection between the two machines (or two windows)
// of a pair session, carrying the session's messages as opaque byte strings,
// in order, each exactly once, across dropped connections.
//
// The host listens (or waits on a relay) and shows a join code; the joiner
// connects with it. Each connection starts with the handshake
// (pair_handshake.hpp); then every message is numbered (record.hpp) and sealed
// (secure_stream.hpp). When a connection drops, the joiner dials again and
// resumes with the session's resume secret; both sides then resend what the
// other has not received. Three threads per channel: one connects and reads,
// one writes, one keeps time (heartbeats, silence, handshake deadlines).
#pragma once

#include "net/bytes.hpp"
#include "net/join_code.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rehearse::net {

struct PairChannelOptions {
    // A magic-wormhole transit relay, "HOST:PORT"; empty means a direct TCP connection.
    std::string relay;
    // The joiner's direct connection: the host's address (the port is the code's channel).
    std::string hostAddress = "127.0.0.1";
    // The joiner's direct port when it is not the code's channel (a port
    // forward, or a test's proxy); 0: the channel.
    std::uint16_t hostPort = 0;
    // The host's direct listening address and port (0: any free port). Only
    // loopback by default; "0.0.0.0" lets a partner on the LAN join.
    std::string listenAddress = "127.0.0.1";
    std::uint16_t port = 0;
    // How long a lost partner may stay away before the session closes.
    std::chrono::milliseconds reconnectFor{120000};
    // A connection with no record for this long is taken for dead.
    std::chrono::milliseconds silenceLimit{10000};
    // Each side sends an acknowledgement at least this often.
    std::chrono::milliseconds heartbeat{2000};
    // A connection must finish its handshake within this.
    std::chrono::milliseconds handshakeLimit{10000};
    // How long a joiner looks for the host of its code before saying nobody
    // hosts it: a host that is up answers at once (directly, or waiting on
    // the relay), so only a code nobody hosts, a wrong address or a relay
    // the host does not use takes this long.
    std::chrono::milliseconds findHostFor{4000};
};

enum class PairState { WaitingForPartner, Connected, Reconnecting, Closed };

struct PairStatus {
    PairState state = PairState::WaitingForPartner;
    std::string code;         // the host's current join code ("" on the joiner)
    std::string verifier;     // two words both screens show once paired
    std::string closeReason;  // why the channel closed, in words
    std::uint64_t sent = 0;       // messages handed to send()
    std::uint64_t received = 0;   // messages delivered to receive()
    int connections = 0;          // successful handshakes (1 + reconnects)
    std::uint64_t wireBytesSent = 0;      // after the handshake, frames included
    std::uint64_t wireBytesReceived = 0;
};

class PairChannel {
public:
    // Starts hosting: listens (or dials the relay) and makes a join code.
    // Throws std::runtime_error with a sentence when it cannot listen.
    static std::unique_ptr<PairChannel> host(const PairChannelOptions& options);
    static std::unique_ptr<PairChannel> join(const JoinCode& code, const PairChannelOptions& options);

    ~PairChannel();
    PairChannel(const PairChannel&) = delete;
    PairChannel& operator=(const PairChannel&) = delete;

    // Queues one message for the partner; it is delivered even if the
    // connection drops meanwhile. False once the channel is closed, or when
    // the message is larger than kMessageLimit.
    bool send(Bytes message);
    // The next message from the partner, waiting at most `wait`.
    std::optional<Bytes> receive(std::chrono::milliseconds wait);
    // Waits until the partner has acknowledged every message sent so far
    // (or the channel closed); true when all were acknowledged.
    bool flush(std::chrono::milliseconds wait);
    // Waits until paired (or closed); true when connected.
    bool waitUntilConnected(std::chrono::milliseconds wait);
    PairStatus status() const;
    // Lines for the screen since the last call: joined, lost, wrong code, ...
    std::vector<std::string> takeNotices();
    // Called (on the channel's own threads, under its lock: do no more than
    // wake a loop) whenever something changed: a message or notice arrived,
    // the state moved. A window sleeping until input uses it to poll at once.
    void setOnChange(std::function<void()> onChange);
    // Tells the partner (when connected) and closes; idempotent.
    void close(const std::string& reason = "the partner left the session");

    class Impl;

private:
    explicit PairChannel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace rehearse::net
