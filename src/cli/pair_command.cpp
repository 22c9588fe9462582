// rehearse host / rehearse join: open a pair channel (src/net) and, headless,
// carry lines of text both ways: every line read from stdin goes to the
// partner, every message from the partner is printed as a line. The pair
// session (roles, actions) plugs in on top of the same channel.
// rehearse bench pair: message latency and bandwidth on loopback.
#include "commands.hpp"

#include "net/pair_channel.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <iostream>
#include <thread>

namespace rehearse {

namespace {

using namespace std::chrono_literals;

struct PairCliOptions {
    bool headless = false;
    bool printCode = false;
    std::string relay;
    std::string listen = "127.0.0.1";
    int port = 0;
    std::string hostAddress = "127.0.0.1";
    std::string code;
};

void printNotices(net::PairChannel& channel) {
    for (const std::string& line : channel.takeNotices()) std::fprintf(stderr, "rehearse: %s\n", line.c_str());
}

// Lines from stdin to the partner, messages from the partner to stdout,
// until stdin ends (then everything is delivered first) or the channel closes.
int relayLines(net::PairChannel& channel) {
    std::atomic<bool> inputDone{false};
    std::thread reader([&] {
        std::string line;
        while (std::getline(std::cin, line))
            if (!channel.send(net::bytesOf(line))) break;
        inputDone = true;
    });
    for (;;) {
        if (auto message = channel.receive(50ms)) {
            std::string text = net::textOf(*message);
            std::fwrite(text.data(), 1, text.size(), stdout);
            std::fputc('\n', stdout);
            std::fflush(stdout);
        }
        printNotices(channel);
        net::PairStatus status = channel.status();
        if (status.state == net::PairState::Closed) break;
        if (inputDone && status.state == net::PairState::Connected && channel.flush(0ms)) {
            // Give the partner's last lines a moment, then leave politely.
            while (auto message = channel.receive(300ms)) {
                std::string text = net::textOf(*message);
                std::fwrite(text.data(), 1, text.size(), stdout);
                std::fputc('\n', stdout);
            }
            std::fflush(stdout);
            channel.close("the partner's input ended");
            break;
        }
    }
    printNotices(channel);
    // stdin may still be open: do not wait for the reader thread.
    reader.detach();
    const net::PairStatus status = channel.status();
    const bool clean = status.closeReason.find("ended") != std::string::npos;
    if (!clean) std::fprintf(stderr, "rehearse: %s\n", status.closeReason.c_str());
    return clean ? 0 : 1;
}

net::PairChannelOptions channelOptions(const PairCliOptions& cli) {
    net::PairChannelOptions options;
    options.relay = cli.relay;
    options.listenAddress = cli.listen;
    options.port = static_cast<std::uint16_t>(cli.port);
    options.hostAddress = cli.hostAddress;
    return options;
}

int runHost(const PairCliOptions& cli) {
    if (!cli.headless) {
        std::fprintf(stderr, "rehearse host: the pair window is not built yet; use --headless\n");
        return 2;
    }
    std::unique_ptr<net::PairChannel> channel;
    try {
        channel = net::PairChannel::host(channelOptions(cli));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "rehearse host: %s\n", e.what());
        return 1;
    }
    const std::string code = channel->status().code;
    if (cli.printCode) {
        std::printf("%s\n", code.c_str());
        std::fflush(stdout);
    } else {
        std::fprintf(stderr, "rehearse: join code %s (your partner runs: rehearse join %s)\n", code.c_str(),
                     code.c_str());
    }
    return relayLines(*channel);
}

int runJoin(const PairCliOptions& cli) {
    if (!cli.headless) {
        std::fprintf(stderr, "rehearse join: the pair window is not built yet; use --headless\n");
        return 2;
    }
    auto parsed = net::parseJoinCode(cli.code);
    if (auto* error = std::get_if<std::string>(&parsed)) {
        std::fprintf(stderr, "rehearse join: %s\n", error->c_str());
        return 2;
    }
    std::unique_ptr<net::PairChannel> channel;
    try {
        channel = net::PairChannel::join(std::get<net::JoinCode>(parsed), channelOptions(cli));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "rehearse join: %s\n", e.what());
        return 1;
    }
    return relayLines(*channel);
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

// Host and joiner in this process over loopback TCP: each message carries
// its send time; the other side notes when receive() hands it out.
int runPairBench(int messages, int idleSeconds) {
    using Clock = std::chrono::steady_clock;
    auto host = net::PairChannel::host({});
    auto code = std::get<net::JoinCode>(net::parseJoinCode(host->status().code));
    auto joiner = net::PairChannel::join(code, {});
    if (!joiner->waitUntilConnected(10s) || !host->waitUntilConnected(10s)) {
        std::fprintf(stderr, "rehearse bench pair: the two sides did not connect\n");
        return 1;
    }
    const auto idleStart = host->status();
    std::this_thread::sleep_for(std::chrono::seconds(idleSeconds));
    const auto idleEnd = host->status();
    const double idleRate = static_cast<double>((idleEnd.wireBytesSent - idleStart.wireBytesSent) +
                                                (idleEnd.wireBytesReceived - idleStart.wireBytesReceived)) /
                            idleSeconds;

    std::vector<double> latencies;
    const auto busyStart = host->status();
    const Clock::time_point start = Clock::now();
    std::thread sender([&] {
        for (int i = 0; i < messages; ++i) {
            // A typical action: a few hundred bytes of JSON.
            std::string text = std::to_string(Clock::now().time_since_epoch().count()) + " " + std::string(200, 'a');
            host->send(net::bytesOf(text));
            std::this_thread::sleep_for(2ms);  // about 500 actions a second: far busier than people type
        }
    });
    while (static_cast<int>(latencies.size()) < messages) {
        auto message = joiner->receive(5s);
        if (!message) break;
        const auto now = Clock::now().time_since_epoch().count();
        const long long sent = std::stoll(net::textOf(*message));
        latencies.push_back(static_cast<double>(now - sent) / 1e6);
    }
    sender.join();
    const double busySeconds = std::chrono::duration<double>(Clock::now() - start).count();
    const auto busyEnd = host->status();
    const double busyRate = static_cast<double>((busyEnd.wireBytesSent - busyStart.wireBytesSent) +
                                                (busyEnd.wireBytesReceived - busyStart.wireBytesReceived)) /
                            busySeconds;
    if (static_cast<int>(latencies.size()) != messages) {
        std::fprintf(stderr, "rehearse bench pair: %zu of %d messages arrived\n", latencies.size(), messages);
        return 1;
    }
    std::printf("pair channel on loopback, %d messages of ~220 bytes at ~500/s:\n", messages);
    std::printf("  latency send() to receive(): p50 %.3f ms, p95 %.3f ms, max %.3f ms\n", percentile(latencies, 0.5),
                percentile(latencies, 0.95), percentile(latencies, 1.0));
    std::printf("  bandwidth, both directions on the wire: idle %.0f B/s (over %d s), busy %.0f B/s\n", idleRate,
                idleSeconds, busyRate);
    return 0;
}

}  // namespace

void addPairCommands(CLI::App& app, CommandResult& result) {
    auto cli = std::make_shared<PairCliOptions>();
    auto addTransportOptions = [&](CLI::App* cmd) {
        cmd->add_flag("--headless", cli->headless, "No window: lines on stdin go to the partner, theirs print on stdout");
        cmd->add_option("--relay", cli->relay, "Meet through a magic-wormhole transit relay at HOST:PORT");
    };
    CLI::App* host = app.add_subcommand("host", "Host a pair session: shows a join code for your partner");
    addTransportOptions(host);
    host->add_flag("--print-code", cli->printCode, "Print only the join code on stdout's first line");
    host->add_option("--listen", cli->listen, "Address to listen on (0.0.0.0 for a partner on the LAN)");
    host->add_option("--port", cli->port, "Port to listen on (default: any free one; it is the code's number)")
        ->check(CLI::Range(0, 65535));
    host->callback([cli, &result] {
        result.ran = true;
        result.exitCode = runHost(*cli);
    });
    CLI::App* join = app.add_subcommand("join", "Join a partner's pair session with their join code");
    addTransportOptions(join);
    join->add_option("CODE", cli->code, "The host's join code, e.g. 47213-crossbow-lantern")->required();
    join->add_option("--host", cli->hostAddress, "The host's address on the LAN (default: this computer)");
    join->callback([cli, &result] {
        result.ran = true;
        result.exitCode = runJoin(*cli);
    });
}

void addPairBenchCommand(CLI::App& bench, CommandResult& result) {
    auto messages = std::make_shared<int>(2000);
    auto idle = std::make_shared<int>(5);
    CLI::App* cmd = bench.add_subcommand("pair", "Pair channel latency (p50, p95) and bandwidth on loopback");
    cmd->add_option("--messages", *messages, "How many messages")->check(CLI::Range(1, 1000000));
    cmd->add_option("--idle-seconds", *idle, "How long to measure an idle session")->check(CLI::Range(1, 3600));
    cmd->callback([messages, idle, &result] {
        result.ran = true;
        result.exitCode = runPairBench(*messages, *idle);
    });
}

}  // namespace rehearse
