// Two pair channels on loopback (src/net/pair_channel.cpp), host and joiner
// in one process, through a proxy that cuts, tampers with or replays what
// passes: every message arrives once and in order, a wrong code gets
// nothing, and a changed or repeated frame is refused. Also through the real
// magic-wormhole transit relay when its Debian package is installed.
#include "net/frame.hpp"
#include "net/pair_channel.hpp"
#include "elapsed_seconds.hpp"

#include <asio.hpp>
#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <atomic>
#include <iostream>
#include <mutex>
#include <random>
#include <thread>

using namespace rehearse::net;
using namespace std::chrono_literals;

namespace {

// A TCP proxy in front of the host that understands frames, so it can cut
// every connection, or change or repeat one frame going to the joiner.
class FrameProxy {
public:
    enum class Mischief { None, TamperOnce, ReplayOnce };

    explicit FrameProxy(std::uint16_t target)
        : m_target(target), m_acceptor(m_io, asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
        m_thread = std::thread([this] { acceptLoop(); });
    }

    ~FrameProxy() {
        m_stopping = true;
        ::shutdown(m_acceptor.native_handle(), SHUT_RDWR);
        cutAll();
        m_thread.join();
        std::lock_guard<std::mutex> lock(m_mutex);
        for (std::thread& pump : m_pumps) pump.join();
    }

    std::uint16_t port() const { return m_acceptor.local_endpoint().port(); }
    void setMischief(Mischief mischief) { m_mischief = mischief; }
    // Forwards nothing and closes nothing for a while: a network gone quiet.
    void stallFor(std::chrono::milliseconds duration) {
        m_stalledUntil = (std::chrono::steady_clock::now() + duration).time_since_epoch().count();
    }
    int cuts() const { return m_cuts; }

    void cutAll() {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (auto& socket : m_sockets) ::shutdown(socket->native_handle(), SHUT_RDWR);
        ++m_cuts;
    }

private:
    void acceptLoop() {
        while (!m_stopping) {
            auto client = std::make_shared<asio::ip::tcp::socket>(m_io);
            asio::error_code error;
            m_acceptor.accept(*client, error);
            if (error) return;
            auto server = std::make_shared<asio::ip::tcp::socket>(m_io);
            server->connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), m_target), error);
            if (error) continue;
            std::lock_guard<std::mutex> lock(m_mutex);
            m_sockets.push_back(client);
            m_sockets.push_back(server);
            m_pumps.emplace_back([=] { pump(client, server, false); });
            m_pumps.emplace_back([=] { pump(server, client, true); });
        }
    }

    void pump(std::shared_ptr<asio::ip::tcp::socket> from, std::shared_ptr<asio::ip::tcp::socket> to, bool toJoiner) {
        int frameIndex = 0;
        for (;;) {
            while (std::chrono::steady_clock::now().time_since_epoch().count() < m_stalledUntil)
                std::this_thread::sleep_for(10ms);
            std::uint8_t header[4];
            asio::error_code error;
            asio::read(*from, asio::buffer(header), error);
            if (error) break;
            std::size_t length = (std::size_t(header[0]) << 24) | (std::size_t(header[1]) << 16) |
                                 (std::size_t(header[2]) << 8) | header[3];
            if (length > kFrameLimitAfterAuth) break;
            Bytes frame(4 + length);
            std::copy(header, header + 4, frame.begin());
            asio::read(*from, asio::buffer(frame.data() + 4, length), error);
            if (error) break;
            ++frameIndex;
            // Frame 1 is the handshake reply; from frame 4 on, records.
            const bool mischiefNow = toJoiner && frameIndex == 6;
            Mischief mischief = mischiefNow ? m_mischief.exchange(Mischief::None) : Mischief::None;
            if (mischief == Mischief::TamperOnce) frame[frame.size() - 3] ^= 0x20;
            asio::write(*to, asio::buffer(frame), error);
            if (!error && mischief == Mischief::ReplayOnce) asio::write(*to, asio::buffer(frame), error);
            if (error) break;
        }
        ::shutdown(from->native_handle(), SHUT_RDWR);
        ::shutdown(to->native_handle(), SHUT_RDWR);
    }

    std::uint16_t m_target;
    asio::io_context m_io;
    asio::ip::tcp::acceptor m_acceptor;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<Mischief> m_mischief{Mischief::None};
    std::atomic<int> m_cuts{0};
    std::atomic<std::chrono::steady_clock::rep> m_stalledUntil{0};
    std::mutex m_mutex;
    std::vector<std::shared_ptr<asio::ip::tcp::socket>> m_sockets;
    std::vector<std::thread> m_pumps;
};

JoinCode codeOf(const PairChannel& host) {
    auto parsed = parseJoinCode(host.status().code);
    REQUIRE(std::holds_alternative<JoinCode>(parsed));
    return std::get<JoinCode>(parsed);
}

std::string messageText(char side, int i) { return std::string(1, side) + "-" + std::to_string(i) + "-" + std::string(static_cast<std::size_t>(i % 50), 'x'); }

// Sends `count` messages from `from`, while collecting what `to` receives.
std::vector<std::string> receiveAll(PairChannel& channel, int count, std::chrono::seconds limit) {
    std::vector<std::string> got;
    auto deadline = std::chrono::steady_clock::now() + limit;
    while (static_cast<int>(got.size()) < count && std::chrono::steady_clock::now() < deadline)
        if (auto message = channel.receive(100ms)) got.push_back(textOf(*message));
    return got;
}

bool anyLineContains(const std::vector<std::string>& lines, const std::string& part) {
    for (const std::string& line : lines)
        if (line.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("Pair channel: 1000 messages each way arrive once and in order across random disconnects", "[net][pair]") {
    auto host = PairChannel::host({});
    FrameProxy proxy(codeOf(*host).channel);
    PairChannelOptions joinOptions;
    joinOptions.hostPort = proxy.port();
    auto joiner = PairChannel::join(codeOf(*host), joinOptions);
    REQUIRE(joiner->waitUntilConnected(5s));
    REQUIRE(host->waitUntilConnected(5s));
    CHECK(host->status().verifier == joiner->status().verifier);

    constexpr int kCount = 1000;
    std::atomic<bool> sending{true};
    auto sendAll = [&](PairChannel& channel, char side, unsigned seed) {
        std::mt19937 random(seed);
        for (int i = 0; i < kCount; ++i) {
            REQUIRE(channel.send(bytesOf(messageText(side, i))));
            // About 2 ms apart, so the run lasts long enough for many cuts.
            std::this_thread::sleep_for(std::chrono::microseconds(1000 + random() % 2000));
        }
    };
    std::thread hostSender([&] { sendAll(*host, 'h', 1); });
    std::thread joinerSender([&] { sendAll(*joiner, 'j', 2); });
    std::thread cutter([&] {
        std::mt19937 random(3);
        while (sending) {
            std::this_thread::sleep_for(std::chrono::milliseconds(30 + random() % 120));
            if (sending) proxy.cutAll();
        }
    });
    std::vector<std::string> atJoiner, atHost;
    std::thread hostReceiver([&] { atHost = receiveAll(*host, kCount, 60s); });
    atJoiner = receiveAll(*joiner, kCount, 60s);
    hostReceiver.join();
    sending = false;
    cutter.join();
    hostSender.join();
    joinerSender.join();

    INFO("cuts: " << proxy.cuts() << ", joiner connections: " << joiner->status().connections);
    CHECK(proxy.cuts() >= 5);
    CHECK(joiner->status().connections >= 3);
    REQUIRE(atJoiner.size() == kCount);
    REQUIRE(atHost.size() == kCount);
    for (int i = 0; i < kCount; ++i) {
        CHECK(atJoiner[static_cast<std::size_t>(i)] == messageText('h', i));
        CHECK(atHost[static_cast<std::size_t>(i)] == messageText('j', i));
    }
    CHECK_FALSE(joiner->receive(200ms));  // nothing twice
    CHECK_FALSE(host->receive(10ms));
}

TEST_CASE("Pair channel: a network that goes quiet without closing anything loses nothing", "[net][pair]") {
    PairChannelOptions options;
    options.silenceLimit = 800ms;  // scaled down from 10 s so the test is quick
    options.heartbeat = 200ms;
    options.reconnectFor = 30s;
    auto host = PairChannel::host(options);
    FrameProxy proxy(codeOf(*host).channel);
    options.hostPort = proxy.port();
    auto joiner = PairChannel::join(codeOf(*host), options);
    REQUIRE(joiner->waitUntilConnected(5s));
    for (int i = 0; i < 100; ++i) {
        host->send(bytesOf(messageText('h', i)));
        joiner->send(bytesOf(messageText('j', i)));
        if (i == 30) proxy.stallFor(3s);  // almost four silence limits
    }
    std::vector<std::string> atJoiner = receiveAll(*joiner, 100, 30s);
    std::vector<std::string> atHost = receiveAll(*host, 100, 30s);
    REQUIRE(atJoiner.size() == 100);
    REQUIRE(atHost.size() == 100);
    for (int i = 0; i < 100; ++i) {
        CHECK(atJoiner[static_cast<std::size_t>(i)] == messageText('h', i));
        CHECK(atHost[static_cast<std::size_t>(i)] == messageText('j', i));
    }
    CHECK(joiner->status().connections >= 2);
    CHECK(anyLineContains(joiner->takeNotices(), "no word from the partner"));
}

TEST_CASE("Pair channel: a wrong code gets nothing and the host makes a new code", "[net][pair]") {
    auto host = PairChannel::host({});
    JoinCode right = codeOf(*host);
    host->send(bytesOf("for the partner only"));
    JoinCode wrong = right;
    wrong.secondWord = right.secondWord == "lantern" ? "lemon" : "lantern";
    auto intruder = PairChannel::join(wrong, {});
    CHECK_FALSE(intruder->waitUntilConnected(5s));
    CHECK(intruder->status().state == PairState::Closed);
    CHECK(intruder->status().closeReason.find("the code is wrong") != std::string::npos);
    CHECK_FALSE(intruder->receive(100ms));

    // The host noticed and has a new code; the old one is spent.
    for (int i = 0; i < 50 && host->status().code == right.text(); ++i) std::this_thread::sleep_for(20ms);
    CHECK(host->status().code != right.text());
    CHECK(anyLineContains(host->takeNotices(), "someone tried to join with a wrong code"));
    const std::string second = host->status().code;
    auto late = PairChannel::join(right, {});
    CHECK_FALSE(late->waitUntilConnected(5s));
    // That was a wrong guess too: the host makes yet another code.
    for (int i = 0; i < 50 && host->status().code == second; ++i) std::this_thread::sleep_for(20ms);
    CHECK(host->status().code != second);

    auto partner = PairChannel::join(codeOf(*host), {});
    REQUIRE(partner->waitUntilConnected(5s));
    auto message = partner->receive(5s);
    REQUIRE(message);
    CHECK(textOf(*message) == "for the partner only");
}

TEST_CASE("Pair channel: a tampered or replayed frame is refused and the session goes on intact", "[net][pair]") {
    for (auto mischief : {FrameProxy::Mischief::TamperOnce, FrameProxy::Mischief::ReplayOnce}) {
        auto host = PairChannel::host({});
        FrameProxy proxy(codeOf(*host).channel);
        proxy.setMischief(mischief);
        PairChannelOptions joinOptions;
        joinOptions.hostPort = proxy.port();
        auto joiner = PairChannel::join(codeOf(*host), joinOptions);
        REQUIRE(joiner->waitUntilConnected(5s));
        for (int i = 0; i < 20; ++i) host->send(bytesOf(messageText('h', i)));
        std::vector<std::string> got = receiveAll(*joiner, 20, 20s);
        REQUIRE(got.size() == 20);
        for (int i = 0; i < 20; ++i) CHECK(got[static_cast<std::size_t>(i)] == messageText('h', i));
        CHECK_FALSE(joiner->receive(200ms));
        CHECK(anyLineContains(joiner->takeNotices(), "refused a message that failed authentication"));
        CHECK(joiner->status().connections == 2);
    }
}

TEST_CASE("Pair channel: a partner that goes away for good closes the session with a reason", "[net][pair]") {
    auto host = PairChannel::host({});
    auto joiner = PairChannel::join(codeOf(*host), {});
    REQUIRE(joiner->waitUntilConnected(5s));
    joiner->close("the candidate ended the rehearsal");
    for (int i = 0; i < 100 && host->status().state != PairState::Closed; ++i) std::this_thread::sleep_for(20ms);
    CHECK(host->status().state == PairState::Closed);
    CHECK(host->status().closeReason.find("the candidate ended the rehearsal") != std::string::npos);
    CHECK_FALSE(host->send(bytesOf("too late")));
}

namespace {

// A loopback port nobody listens on (bound, then let go).
std::uint16_t unusedPort() {
    asio::io_context io;
    asio::ip::tcp::acceptor probe(io, asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
    return probe.local_endpoint().port();
}

using rehearse::test::secondsSince;

}  // namespace

TEST_CASE("Pair channel: joining a code nobody hosts says so in words within seconds", "[net][pair]") {
    const JoinCode code = makeJoinCode(unusedPort());
    const auto start = std::chrono::steady_clock::now();
    auto joiner = PairChannel::join(code, {});
    CHECK_FALSE(joiner->waitUntilConnected(10s));
    const double waited = secondsSince(start);
    CHECK(waited < 6.0);
    REQUIRE(joiner->status().state == PairState::Closed);
    const std::string reason = joiner->status().closeReason;
    CHECK_THAT(reason, Catch::Contains("nobody is hosting code " + code.text() + " at 127.0.0.1:"));
    CHECK_THAT(reason, Catch::Contains("ask your partner to start hosting first"));
}

TEST_CASE("Pair channel: through the real magic-wormhole transit relay", "[net][pair][relay]") {
#ifndef REHEARSE_TWISTD
    std::cout << "SKIP: magic-wormhole-transit-relay (twistd3) is not installed; scripts/install-deps.sh installs it\n";
    WARN("SKIP: magic-wormhole-transit-relay is not installed");
#else
    std::uint16_t port = 0;
    {
        asio::io_context io;
        asio::ip::tcp::acceptor probe(io, asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
        port = probe.local_endpoint().port();
    }
    const std::string endpoint = "--port=tcp:" + std::to_string(port) + ":interface=127.0.0.1";
    std::vector<std::string> args = {REHEARSE_TWISTD, "-n", "--pidfile=", "--logfile=/dev/null", "transitrelay", endpoint};
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    pid_t relay = 0;
    auto startRelay = [&] {
        REQUIRE(posix_spawn(&relay, REHEARSE_TWISTD, nullptr, nullptr, argv.data(), environ) == 0);
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            asio::io_context io;
            asio::ip::tcp::socket socket(io);
            asio::error_code error;
            socket.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), error);
            up = !error;
            if (!up) std::this_thread::sleep_for(100ms);
        }
        if (!up) {
            kill(relay, SIGTERM);
            waitpid(relay, nullptr, 0);
            FAIL("the transit relay did not start on port " << port);
        }
    };
    startRelay();
    {
        // Nobody hosts this code on the relay: the joiner says so within
        // seconds instead of waiting there for good; a relay that is not
        // there is named as such.
        PairChannelOptions lonely;
        lonely.relay = "127.0.0.1:" + std::to_string(port);
        lonely.findHostFor = 2s;
        const JoinCode code = makeJoinCode(4242);
        auto start = std::chrono::steady_clock::now();
        auto joiner = PairChannel::join(code, lonely);
        CHECK_FALSE(joiner->waitUntilConnected(10s));
        CHECK(secondsSince(start) < 4.0);
        CHECK_THAT(joiner->status().closeReason,
                   Catch::Contains("nobody is hosting code " + code.text() + " on the relay " + lonely.relay));
        lonely.relay = "127.0.0.1:" + std::to_string(unusedPort());
        start = std::chrono::steady_clock::now();
        auto astray = PairChannel::join(code, lonely);
        CHECK_FALSE(astray->waitUntilConnected(10s));
        CHECK(secondsSince(start) < 4.0);
        CHECK_THAT(astray->status().closeReason, Catch::Contains("cannot reach the relay " + lonely.relay));
    }
    {
        PairChannelOptions options;
        options.relay = "127.0.0.1:" + std::to_string(port);
        auto host = PairChannel::host(options);
        auto joiner = PairChannel::join(codeOf(*host), options);
        REQUIRE(joiner->waitUntilConnected(10s));
        REQUIRE(host->waitUntilConnected(10s));
        CHECK(host->status().verifier == joiner->status().verifier);
        for (int i = 0; i < 200; ++i) {
            host->send(bytesOf(messageText('h', i)));
            joiner->send(bytesOf(messageText('j', i)));
        }
        std::vector<std::string> atJoiner = receiveAll(*joiner, 200, 20s);
        std::vector<std::string> atHost = receiveAll(*host, 200, 20s);
        REQUIRE(atJoiner.size() == 200);
        REQUIRE(atHost.size() == 200);
        CHECK(atJoiner.back() == messageText('h', 199));
        CHECK(atHost.back() == messageText('j', 199));

        // The relay goes away and comes back: both sides dial it again and
        // resume, and what was sent meanwhile arrives.
        kill(relay, SIGTERM);
        waitpid(relay, nullptr, 0);
        for (int i = 200; i < 250; ++i) {
            host->send(bytesOf(messageText('h', i)));
            joiner->send(bytesOf(messageText('j', i)));
        }
        std::this_thread::sleep_for(500ms);
        startRelay();
        atJoiner = receiveAll(*joiner, 50, 30s);
        atHost = receiveAll(*host, 50, 30s);
        REQUIRE(atJoiner.size() == 50);
        REQUIRE(atHost.size() == 50);
        CHECK(atJoiner.front() == messageText('h', 200));
        CHECK(atHost.back() == messageText('j', 249));
        CHECK(joiner->status().connections == 2);
    }
    kill(relay, SIGTERM);
    waitpid(relay, nullptr, 0);
#endif
}
