// Sections: Impl state | starting | public API | the connecting and reading
// thread | the writing thread | the timekeeping thread | small shared pieces.
#include "net/pair_channel.hpp"

#include "net/frame.hpp"
#include "net/framed_socket.hpp"
#include "net/pair_handshake.hpp"
#include "net/record.hpp"
#include "net/transit_relay.hpp"

#include <sodium.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace rehearse::net {

namespace {

using Clock = std::chrono::steady_clock;

// Acknowledge after this many messages even between heartbeats, so the
// sender's resend buffer stays short on a busy session.
constexpr std::uint64_t kAckEvery = 32;
constexpr auto kRedialPause = std::chrono::milliseconds(200);

// One authenticated connection.
struct Link {
    std::shared_ptr<FramedSocket> socket;
    std::unique_ptr<SecureSender> sender;      // used by the writing thread only
    std::unique_ptr<SecureReceiver> receiver;  // used by the reading thread only
    bool resumeSent = false;
    bool live = false;  // the partner's Resume arrived: data may flow
    Clock::time_point lastReceived = Clock::now();
};

}  // namespace

class PairChannel::Impl {
public:
    enum class Role { Host, Joiner };

    Impl(Role role, const PairChannelOptions& options) : m_role(role), m_options(options) {
        if (sodium_init() < 0) throw std::runtime_error("libsodium cannot start");
    }

    // --- starting ---------------------------------------------------------

    void startHost() {
        if (m_options.relay.empty()) {
            asio::error_code error;
            auto address = asio::ip::make_address(m_options.listenAddress, error);
            if (error) throw std::runtime_error("'" + m_options.listenAddress + "' is not an address to listen on");
            m_acceptor = std::make_unique<asio::ip::tcp::acceptor>(m_io);
            asio::ip::tcp::endpoint endpoint(address, m_options.port);
            m_acceptor->open(endpoint.protocol(), error);
            if (!error) m_acceptor->set_option(asio::ip::tcp::acceptor::reuse_address(true), error);
            if (!error) m_acceptor->bind(endpoint, error);
            if (!error) m_acceptor->listen(asio::socket_base::max_listen_connections, error);
            if (error)
                throw std::runtime_error("cannot listen on " + m_options.listenAddress + ":" +
                                         std::to_string(m_options.port) + ": " + error.message());
            m_channel = m_acceptor->local_endpoint().port();
        } else {
            parseRelayOrThrow();
            std::uint16_t channel = 0;
            while (channel == 0) randombytes_buf(&channel, sizeof channel);
            m_channel = channel;
        }
        m_code = makeJoinCode(m_channel);
        startThreads();
    }

    void startJoiner(const JoinCode& code) {
        if (!m_options.relay.empty()) parseRelayOrThrow();
        m_code = code;
        m_channel = code.channel;
        startThreads();
    }

    ~Impl() {
        close("the partner left the session");
        for (std::thread* thread : {&m_connector, &m_writer, &m_timekeeper})
            if (thread->joinable()) thread->join();
    }

    // --- public API ---------------------------------------------------------

    bool send(Bytes message) {
        if (message.size() > kMessageLimit) return false;
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_state == PairState::Closed) return false;
        m_outbox.emplace_back(m_nextSendSeq++, std::move(message));
        ++m_sentCount;
        changedLocked();
        return true;
    }

    std::optional<Bytes> receive(std::chrono::milliseconds wait) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait_for(lock, wait, [&] { return !m_inbox.empty() || m_state == PairState::Closed; });
        if (m_inbox.empty()) return std::nullopt;
        Bytes message = std::move(m_inbox.front());
        m_inbox.pop_front();
        ++m_receivedCount;
        return message;
    }

    bool flush(std::chrono::milliseconds wait) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait_for(lock, wait, [&] { return m_outbox.empty() || closed(); });
        return m_outbox.empty();
    }

    bool waitUntilConnected(std::chrono::milliseconds wait) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait_for(lock, wait, [&] {
            return m_state == PairState::Connected || m_state == PairState::Closed;
        });
        return m_state == PairState::Connected;
    }

    PairStatus status() const {
        std::lock_guard<std::mutex> lock(m_mutex);
        PairStatus status;
        status.state = m_state;
        status.code = m_role == Role::Host ? m_code.text() : "";
        status.verifier = m_verifier;
        status.closeReason = m_closeReason;
        status.sent = m_sentCount;
        status.received = m_receivedCount;
        status.connections = m_connections;
        status.wireBytesSent = m_wireBytesSent;
        status.wireBytesReceived = m_wireBytesReceived;
        return status;
    }

    std::vector<std::string> takeNotices() {
        std::lock_guard<std::mutex> lock(m_mutex);
        std::vector<std::string> notices;
        notices.swap(m_notices);
        return notices;
    }

    void close(const std::string& reason) {
        std::lock_guard<std::mutex> lock(m_mutex);
        closeLocked(reason, true);
    }

private:
    void parseRelayOrThrow() {
        auto relay = parseHostPort(m_options.relay);
        if (auto* error = std::get_if<std::string>(&relay)) throw std::runtime_error("--relay: " + *error);
        m_relay = std::get<0>(relay);
    }

    void startThreads() {
        m_relaySide = randomRelaySide();
        m_connector = std::thread([this] { m_role == Role::Host ? hostLoop() : joinerLoop(); });
        m_writer = std::thread([this] { writeLoop(); });
        m_timekeeper = std::thread([this] { timeLoop(); });
    }

    // Ends the channel: tells the partner when `tellPartner` and a link is
    // live (the writing thread sends the Bye, then shuts the socket), and
    // wakes every blocked thread.
    void closeLocked(const std::string& reason, bool tellPartner) {
        if (m_state == PairState::Closed) return;
        m_state = PairState::Closed;
        m_closeReason = reason;
        m_notices.push_back("the session is closed: " + reason);
        if (tellPartner && m_link && m_link->live) {
            m_byeReason = reason;
        } else if (m_link) {
            m_link->socket->shutdown();
        }
        if (m_pending) m_pending->shutdown();
        if (m_acceptor) ::shutdown(m_acceptor->native_handle(), SHUT_RDWR);
        changedLocked();
    }

    bool closed() const { return m_state == PairState::Closed; }

    // Wakes whoever waits on this channel: its own threads and the owner's
    // callback (a window's event loop sleeping until something happens).
    void changedLocked() {
        m_changed.notify_all();
        if (m_onChange) m_onChange();
    }

public:
    void setOnChange(std::function<void()> onChange) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_onChange = std::move(onChange);
    }

private:

    // --- the connecting and reading thread ----------------------------------

    // Connects out: to the host directly, or to the relay (then waits for
    // the partner there). Sets m_pending so close() can interrupt it.
    std::shared_ptr<FramedSocket> dial(std::string& error) {
        const bool viaRelay = !m_options.relay.empty();
        auto connected = viaRelay ? connectTo(m_io, m_relay.first, m_relay.second)
                                  : connectTo(m_io, m_options.hostAddress, m_options.hostPort ? m_options.hostPort : m_channel);
        m_reachedRelay = viaRelay && connected.index() == 0;
        if (auto* message = std::get_if<std::string>(&connected)) {
            error = *message;
            return nullptr;
        }
        auto socket = std::make_shared<FramedSocket>(std::move(std::get<asio::ip::tcp::socket>(connected)));
        // The relay answers once the partner is there too. A joiner looking
        // for its host the first time waits only so long (the host waits
        // there from the start); a reconnect or the host waits as long as it takes.
        const bool findingHost = viaRelay && m_role == Role::Joiner && firstContact();
        if (!setPending(socket, findingHost ? Clock::now() + m_options.findHostFor : Clock::time_point::max()))
            return nullptr;
        if (viaRelay) {
            error = requestRelay(*socket, relayToken(m_channel), m_relaySide);
            if (!error.empty()) return nullptr;
        }
        return socket;
    }

    // False when the channel closed meanwhile.
    bool setPending(const std::shared_ptr<FramedSocket>& socket, Clock::time_point deadline) {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (closed()) return false;
        m_pending = socket;
        m_pendingDeadline = deadline;
        return true;
    }

    void clearPending() {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pending.reset();
    }

    // How long the joiner keeps dialing: the first contact only as long as
    // it takes to find a host (a code nobody hosts should say so in
    // seconds), a lost one the whole reconnect allowance.
    bool firstContact() const {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_connections == 0;
    }
    std::chrono::milliseconds dialAllowance() const {
        return firstContact() ? m_options.findHostFor : m_options.reconnectFor;
    }

    // Why the joiner gives up dialing, in words for its screen.
    std::string unreachable(const std::string& lastError) const {
        if (!firstContact()) return "cannot reach the host: " + lastError;
        const std::string seconds = std::to_string((m_options.findHostFor.count() + 999) / 1000);
        if (!m_options.relay.empty() && !m_reachedRelay) return "cannot reach the relay " + m_options.relay + ": " + lastError;
        if (!m_options.relay.empty())
            return "nobody is hosting code " + m_code.text() + " on the relay " + m_options.relay + " (waited " +
                   seconds + " s): check the code, and that your partner is hosting with the same relay";
        const std::uint16_t port = m_options.hostPort ? m_options.hostPort : m_channel;
        return "nobody is hosting code " + m_code.text() + " at " + m_options.hostAddress + ":" +
               std::to_string(port) + " (" + lastError + "): check the code and the host's address, or ask your "
               "partner to start hosting first";
    }

    void joinerLoop() {
        Clock::time_point lostAt = Clock::now();
        std::string lastError;
        while (!isClosed()) {
            std::shared_ptr<FramedSocket> socket = dial(lastError);
            if (!socket) {
                if (isClosed()) break;
                if (Clock::now() - lostAt > dialAllowance()) {
                    close(unreachable(lastError), false);
                    break;
                }
                std::this_thread::sleep_for(kRedialPause);
                continue;
            }
            if (!setPending(socket, Clock::now() + m_options.handshakeLimit)) break;
            Bytes sessionId, resumeSecret;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                sessionId = m_sessionId;
                resumeSecret = m_resumeSecret;
            }
            HandshakeResult result = joinerHandshake(*socket, m_channel, m_code.secret(), sessionId, resumeSecret);
            clearPending();
            if (result.outcome == HandshakeOutcome::NetworkError) {
                lastError = result.message;
                if (Clock::now() - lostAt > dialAllowance()) {
                    close(unreachable(lastError), false);
                    break;
                }
                std::this_thread::sleep_for(kRedialPause);
                continue;
            }
            if (result.outcome != HandshakeOutcome::Ok) {
                socket->shutdown();
                close(result.message, false);
                break;
            }
            runLink(socket, result);
            lostAt = Clock::now();
        }
    }

    void hostLoop() {
        while (!isClosed()) {
            std::shared_ptr<FramedSocket> socket;
            std::string error;
            if (m_acceptor) {
                asio::ip::tcp::socket accepted(m_io);
                asio::error_code code;
                m_acceptor->accept(accepted, code);
                if (code) {
                    if (isClosed()) break;
                    std::this_thread::sleep_for(kRedialPause);
                    continue;
                }
                socket = std::make_shared<FramedSocket>(std::move(accepted));
            } else {
                socket = dial(error);
                if (!socket) {
                    if (isClosed()) break;
                    notice("the relay: " + error + "; trying again");
                    std::this_thread::sleep_for(std::chrono::seconds(1));
                    continue;
                }
            }
            if (!setPending(socket, Clock::now() + m_options.handshakeLimit)) break;
            Bytes joinSecret, sessionId, resumeSecret;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                joinSecret = m_code.secret();
                sessionId = m_sessionId;
                resumeSecret = m_resumeSecret;
            }
            HandshakeResult result = hostHandshake(*socket, m_channel, joinSecret, sessionId, resumeSecret);
            clearPending();
            if (result.outcome == HandshakeOutcome::Ok) {
                runLink(socket, result);
                continue;
            }
            socket->shutdown();
            if (result.outcome == HandshakeOutcome::WrongCode) {
                // One guess per code: the words are spent, whoever guessed.
                std::lock_guard<std::mutex> lock(m_mutex);
                m_code = makeJoinCode(m_channel);
                m_notices.push_back(result.message + "; the new join code is " + m_code.text());
            } else if (result.outcome == HandshakeOutcome::Refused) {
                notice(result.message);
            }
        }
    }

    // Installs an authenticated connection and reads from it until it ends.
    void runLink(const std::shared_ptr<FramedSocket>& socket, HandshakeResult& handshake) {
        auto link = std::make_shared<Link>();
        link->socket = socket;
        link->sender = std::move(handshake.sender);
        link->receiver = std::move(handshake.receiver);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (closed()) {
                socket->shutdown();
                return;
            }
            if (handshake.kind == HelloKind::Join) {
                m_sessionId = handshake.keys.sessionId;
                m_resumeSecret = handshake.keys.resumeSecret;
                m_verifier = handshake.keys.verifier;
                m_notices.push_back("paired; check that both screens show " + m_verifier);
            } else {
                m_notices.push_back("reconnected");
            }
            ++m_connections;
            m_link = link;
            changedLocked();
        }
        std::string reason = readLink(*link);
        std::lock_guard<std::mutex> lock(m_mutex);
        link->socket->shutdown();
        if (m_link == link) m_link.reset();
        if (!closed()) {
            m_state = PairState::Reconnecting;
            m_lostAt = Clock::now();
            m_notices.push_back("the connection dropped (" + reason + "); " +
                                (m_role == Role::Joiner ? "reconnecting" : "waiting for the partner to reconnect"));
        }
        changedLocked();
    }

    // Returns why the connection ended. Everything from the peer is checked:
    // a frame that does not open or a record out of order ends the connection.
    std::string readLink(Link& link) {
        for (;;) {
            auto frame = link.socket->readFrame();
            if (auto* error = std::get_if<std::string>(&frame)) return *error;
            std::optional<Bytes> plaintext = link.receiver->open(std::get<Bytes>(frame));
            if (!plaintext) {
                notice("refused a message that failed authentication (tampered with, replayed or out of order)");
                return "a message failed authentication";
            }
            auto parsed = parseRecord(*plaintext);
            if (auto* error = std::get_if<std::string>(&parsed)) {
                notice(*error);
                return *error;
            }
            const Record& record = std::get<Record>(parsed);
            std::lock_guard<std::mutex> lock(m_mutex);
            m_wireBytesReceived += kFrameHeaderBytes + std::get<Bytes>(frame).size();
            link.lastReceived = Clock::now();
            std::string problem = applyRecordLocked(link, record);
            if (!problem.empty()) {
                if (!closed()) m_notices.push_back(problem);
                return problem;
            }
        }
    }

    std::string applyRecordLocked(Link& link, const Record& record) {
        if (record.type == RecordType::Bye) {
            closeLocked("your partner ended the session (" + textOf(record.payload).substr(0, 200) + ")", false);
            return "the partner ended the session";
        }
        if (record.type == RecordType::Resume) {
            if (link.live) return "the partner resumed twice on one connection";
            if (record.seq > m_nextSendSeq) return "the partner asks for messages that were never sent";
            dropAcknowledgedLocked(record.seq);
            m_sentUpTo = record.seq - 1;
            link.live = true;
            if (!closed()) m_state = PairState::Connected;
            changedLocked();
            return "";
        }
        if (!link.live) return "the partner sent messages before resuming";
        if (record.type == RecordType::Ack) {
            if (record.seq > m_nextSendSeq) return "the partner acknowledged messages that were never sent";
            dropAcknowledgedLocked(record.seq);
            return "";
        }
        // Data: exactly the next number, or an old one resent after a reconnect.
        if (record.seq < m_nextExpected) return "";
        if (record.seq > m_nextExpected) return "a message from the partner went missing";
        m_inbox.push_back(record.payload);
        ++m_nextExpected;
        if (++m_unacknowledged >= kAckEvery) m_ackDue = true;
        changedLocked();
        return "";
    }

    void dropAcknowledgedLocked(std::uint64_t nextExpectedByPartner) {
        while (!m_outbox.empty() && m_outbox.front().first < nextExpectedByPartner) m_outbox.pop_front();
        if (m_outbox.empty()) changedLocked();
    }

    // --- the writing thread ---------------------------------------------------

    void writeLoop() {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [&] { return closed() || writeWorkLocked(); });
            // Once closed, only the goodbye is left to write, on a live link.
            if (closed() && (!m_byeReason || !m_link || !m_link->live)) return;
            if (!writeWorkLocked()) continue;
            std::shared_ptr<Link> link = m_link;
            std::vector<Record> batch;
            if (!link->resumeSent) {
                batch.push_back(Record{RecordType::Resume, m_nextExpected, {}});
                link->resumeSent = true;
            }
            if (link->live) {
                for (const auto& [seq, payload] : m_outbox)
                    if (seq > m_sentUpTo) batch.push_back(Record{RecordType::Data, seq, payload});
                m_sentUpTo = m_nextSendSeq - 1;
                if (m_ackDue) {
                    batch.push_back(Record{RecordType::Ack, m_nextExpected, {}});
                    m_ackDue = false;
                    m_unacknowledged = 0;
                }
                if (m_byeReason) {
                    batch.push_back(Record{RecordType::Bye, 0, bytesOf(*m_byeReason)});
                    m_byeReason.reset();
                }
            } else if (m_byeReason) {
                m_byeReason.reset();
            }
            const bool finish = closed() && !m_byeReason;
            lock.unlock();
            std::string error;
            std::uint64_t written = 0;
            for (const Record& record : batch) {
                const Bytes sealed = link->sender->seal(encodeRecord(record));
                if (!link->socket->writeFrame(sealed, error)) {
                    link->socket->shutdown();
                    break;
                }
                written += kFrameHeaderBytes + sealed.size();
            }
            if (finish) link->socket->shutdown();
            lock.lock();
            m_wireBytesSent += written;
        }
    }

    bool writeWorkLocked() const {
        if (!m_link) return false;
        if (!m_link->resumeSent) return true;
        if (!m_link->live) return m_byeReason.has_value();
        return m_sentUpTo + 1 < m_nextSendSeq || m_ackDue || m_byeReason.has_value();
    }

    // --- the timekeeping thread -------------------------------------------------

    void timeLoop() {
        Clock::time_point lastHeartbeat = Clock::now();
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!closed()) {
            m_changed.wait_for(lock, std::chrono::milliseconds(100));
            const Clock::time_point now = Clock::now();
            if (m_link && m_link->live && now - lastHeartbeat >= m_options.heartbeat) {
                m_ackDue = true;  // doubles as "I am still here"
                lastHeartbeat = now;
                changedLocked();
            }
            if (m_link && now - m_link->lastReceived > m_options.silenceLimit) {
                m_notices.push_back("no word from the partner for " +
                                    std::to_string(m_options.silenceLimit.count() / 1000) + " s");
                m_link->socket->shutdown();
                m_link->lastReceived = now;  // say it once
            }
            if (m_pending && now > m_pendingDeadline) {
                m_pending->shutdown();
                m_pendingDeadline = Clock::time_point::max();
            }
            if (m_role == Role::Host && m_state == PairState::Reconnecting && !m_link &&
                now - m_lostAt > m_options.reconnectFor)
                closeLocked("the partner did not come back within " +
                                std::to_string(m_options.reconnectFor.count() / 1000) + " s",
                            false);
        }
    }

    // --- small shared pieces ----------------------------------------------------

    bool isClosed() const {
        std::lock_guard<std::mutex> lock(m_mutex);
        return closed();
    }

    void close(const std::string& reason, bool tellPartner) {
        std::lock_guard<std::mutex> lock(m_mutex);
        closeLocked(reason, tellPartner);
    }

    void notice(const std::string& line) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_notices.push_back(line);
    }

    const Role m_role;
    const PairChannelOptions m_options;
    asio::io_context m_io;
    std::unique_ptr<asio::ip::tcp::acceptor> m_acceptor;
    std::pair<std::string, std::uint16_t> m_relay;
    std::string m_relaySide;
    std::uint16_t m_channel = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;  // any change: state, queues, link
    std::function<void()> m_onChange;
    PairState m_state = PairState::WaitingForPartner;
    JoinCode m_code;
    std::string m_verifier;
    std::string m_closeReason;
    std::optional<std::string> m_byeReason;
    std::vector<std::string> m_notices;
    Bytes m_sessionId, m_resumeSecret;  // from the first (Join) handshake
    int m_connections = 0;
    Clock::time_point m_lostAt = Clock::now();

    std::shared_ptr<Link> m_link;
    std::shared_ptr<FramedSocket> m_pending;  // connecting or in its handshake
    bool m_reachedRelay = false;  // the last dial got through to the relay (the connecting thread's own)
    Clock::time_point m_pendingDeadline = Clock::time_point::max();

    // Outgoing: numbered from 1, kept until the partner acknowledges them.
    std::deque<std::pair<std::uint64_t, Bytes>> m_outbox;
    std::uint64_t m_nextSendSeq = 1;
    std::uint64_t m_sentUpTo = 0;  // highest number written on the current link
    std::uint64_t m_sentCount = 0;
    // Incoming: delivered in order, each number once.
    std::deque<Bytes> m_inbox;
    std::uint64_t m_nextExpected = 1;
    std::uint64_t m_unacknowledged = 0;
    bool m_ackDue = false;
    std::uint64_t m_wireBytesSent = 0, m_wireBytesReceived = 0;
    std::uint64_t m_receivedCount = 0;

    std::thread m_connector, m_writer, m_timekeeper;
};

PairChannel::PairChannel(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
PairChannel::~PairChannel() = default;

std::unique_ptr<PairChannel> PairChannel::host(const PairChannelOptions& options) {
    auto impl = std::make_unique<Impl>(Impl::Role::Host, options);
    impl->startHost();
    return std::unique_ptr<PairChannel>(new PairChannel(std::move(impl)));
}

std::unique_ptr<PairChannel> PairChannel::join(const JoinCode& code, const PairChannelOptions& options) {
    auto impl = std::make_unique<Impl>(Impl::Role::Joiner, options);
    impl->startJoiner(code);
    return std::unique_ptr<PairChannel>(new PairChannel(std::move(impl)));
}

bool PairChannel::send(Bytes message) { return m_impl->send(std::move(message)); }
std::optional<Bytes> PairChannel::receive(std::chrono::milliseconds wait) { return m_impl->receive(wait); }
bool PairChannel::flush(std::chrono::milliseconds wait) { return m_impl->flush(wait); }
bool PairChannel::waitUntilConnected(std::chrono::milliseconds wait) { return m_impl->waitUntilConnected(wait); }
PairStatus PairChannel::status() const { return m_impl->status(); }
std::vector<std::string> PairChannel::takeNotices() { return m_impl->takeNotices(); }
void PairChannel::setOnChange(std::function<void()> onChange) { m_impl->setOnChange(std::move(onChange)); }
void PairChannel::close(const std::string& reason) { m_impl->close(reason); }

}  // namespace rehearse::net
