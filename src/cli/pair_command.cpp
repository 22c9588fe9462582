// rehearse host / rehearse join: open a pair channel (src/net) and, headless,
// run a pair session over it (pair_headless.hpp): the host picks the scenario
// and its part, the joiner takes the other. With --lines they only carry
// lines of text both ways (every line read from stdin goes to the partner,
// every message from the partner is printed as a line).
// rehearse bench pair: message latency and bandwidth on loopback.
#include "commands.hpp"

#include "cli/pair_headless.hpp"
#include "core/pair/pair_role.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/text/terminal_text.hpp"
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
    bool lines = false;
    std::string scenario;
    std::string as = "interviewer";
    std::string name;
    HeadlessPairOptions session;
};

// A scenario id the partner named: looked up in the library only, never
// taken as a path on this machine.
std::optional<Scenario> scenarioById(const std::string& id, const CommonOptions& common, std::string& error) {
    ScenarioLibrary library;
    library.load(common.resolvedScenarioPaths());
    if (const Scenario* scenario = library.find(id)) return *scenario;
    error = "there is no scenario '" + terminalText(id) + "' here (try `rehearse list`)";
    return std::nullopt;
}

std::string displayName(const PairCliOptions& cli, PairRole role) {
    return cli.name.empty() ? std::string(pairRoleTitle(role)) : cli.name;
}

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
    options.hostPort = static_cast<std::uint16_t>(cli.port);  // the joiner: --host-port
    options.hostAddress = cli.hostAddress;
    return options;
}

using OpenPairWindow = std::function<int(const PairWindowRequest&)>;

int runHost(PairCliOptions& cli, const CommonOptions& common, const OpenPairWindow& openWindow) {
    if (!cli.headless && !cli.lines) {
        if (!openWindow) {
            std::fprintf(stderr, "rehearse host: this build has no window; use --headless\n");
            return 2;
        }
        const std::optional<PairRole> role = pairRoleFromId(cli.as);
        if (!role) {
            std::fprintf(stderr, "rehearse host: --as must be interviewer or candidate, not '%s'\n", cli.as.c_str());
            return 2;
        }
        PairWindowRequest request;
        request.host = true;
        request.scenarioId = cli.scenario;
        request.role = *role;
        request.name = cli.name;
        request.channel = channelOptions(cli);
        return openWindow(request);
    }
    std::unique_ptr<PairPeer> peer;
    if (!cli.lines && !loadPairScript(cli.session)) return 2;
    if (!cli.lines) {
        const std::optional<PairRole> role = pairRoleFromId(cli.as);
        if (!role) {
            std::fprintf(stderr, "rehearse host: --as must be interviewer or candidate, not '%s'\n", cli.as.c_str());
            return 2;
        }
        if (cli.scenario.empty()) {
            std::fprintf(stderr, "rehearse host: name the scenario with --scenario ID (see `rehearse list`)\n");
            return 2;
        }
        if (*role == PairRole::Interviewer) {
            std::string error;
            std::optional<Scenario> scenario = scenarioById(cli.scenario, common, error);
            if (!scenario) {
                std::fprintf(stderr, "rehearse host: %s\n", error.c_str());
                return 2;
            }
            peer = std::make_unique<InterviewerPeer>(std::move(*scenario), displayName(cli, *role), cli.scenario);
        } else {
            // The candidate's side never loads the scenario: the partner's side does.
            peer = std::make_unique<CandidatePeer>(displayName(cli, *role), cli.scenario);
        }
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
    if (cli.lines) return relayLines(*channel);
    return runHeadlessPair(*channel, std::move(peer), {}, cli.session);
}

int runJoin(PairCliOptions& cli, const CommonOptions& common, const OpenPairWindow& openWindow) {
    if (!cli.headless && !cli.lines) {
        if (!openWindow) {
            std::fprintf(stderr, "rehearse join: this build has no window; use --headless\n");
            return 2;
        }
        PairWindowRequest request;
        request.code = cli.code;
        request.name = cli.name;
        request.channel = channelOptions(cli);
        return openWindow(request);
    }
    auto parsed = net::parseJoinCode(cli.code);
    if (auto* error = std::get_if<std::string>(&parsed)) {
        std::fprintf(stderr, "rehearse join: %s\n", error->c_str());
        return 2;
    }
    if (!cli.lines && !loadPairScript(cli.session)) return 2;
    std::unique_ptr<net::PairChannel> channel;
    try {
        channel = net::PairChannel::join(std::get<net::JoinCode>(parsed), channelOptions(cli));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "rehearse join: %s\n", e.what());
        return 1;
    }
    if (cli.lines) return relayLines(*channel);
    // The host's hello says which part it plays and which scenario.
    PeerFromHello fromHello = [&](const PairHello& hello, std::string& error) -> std::unique_ptr<PairPeer> {
        const PairRole role = otherRole(hello.role);
        std::fprintf(stderr, "rehearse: %s hosts as the %s: you are the %s\n", terminalText(hello.name).c_str(),
                     pairRoleId(hello.role), pairRoleId(role));
        if (role == PairRole::Candidate) return std::make_unique<CandidatePeer>(displayName(cli, role));
        if (hello.scenario.empty()) {
            error = "the host named no scenario for you to interview with";
            return nullptr;
        }
        std::optional<Scenario> scenario = scenarioById(hello.scenario, common, error);
        if (!scenario) return nullptr;
        return std::make_unique<InterviewerPeer>(std::move(*scenario), displayName(cli, role));
    };
    return runHeadlessPair(*channel, nullptr, fromHello, cli.session);
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

void addPairCommands(CLI::App& app, const CommonOptions& common, CommandResult& result, OpenPairWindow openWindow) {
    auto cli = std::make_shared<PairCliOptions>();
    auto addTransportOptions = [&](CLI::App* cmd) {
        cmd->add_flag("--headless", cli->headless, "No window: the conversation prints on stdout (else the app opens)");
        cmd->add_option("--relay", cli->relay, "Meet through a magic-wormhole transit relay at HOST:PORT");
        cmd->add_flag("--lines", cli->lines, "Only carry lines of text: stdin to the partner, theirs to stdout");
        cmd->add_option("--name", cli->name, "Your display name, shown to your partner");
        cmd->add_option("--play", cli->session.playFile, "Issue these actions (JSON lines, as the journal writes them)");
        cmd->add_flag("--real-time", cli->session.realTime, "Issue each scripted action at its time, not at once");
        cmd->add_option("--write-view", cli->session.writeView, "At the end, write what the candidate sees as JSON");
        cmd->add_option("--write-actions", cli->session.writeActions, "At the end, write this side's session journal");
        cmd->add_option("--record-received", cli->session.recordReceived,
                        "Write every message received from the partner, one per line");
        cmd->add_flag("--quiet", cli->session.quiet, "Do not print the conversation");
    };
    CLI::App* host = app.add_subcommand("host", "Host a pair session: shows a join code for your partner");
    addTransportOptions(host);
    host->add_flag("--print-code", cli->printCode, "Print only the join code on stdout's first line");
    host->add_option("--listen", cli->listen, "Address to listen on (0.0.0.0 for a partner on the LAN)");
    host->add_option("--port", cli->port, "Port to listen on (default: any free one; it is the code's number)")
        ->check(CLI::Range(0, 65535));
    host->add_option("--scenario", cli->scenario, "The scenario to rehearse (an id from `rehearse list`)");
    host->add_option("--as", cli->as, "Your part: interviewer (default; your side holds the scenario) or candidate");
    host->callback([cli, &common, &result, openWindow] {
        result.ran = true;
        result.exitCode = runHost(*cli, common, openWindow);
    });
    CLI::App* join = app.add_subcommand("join", "Join a partner's pair session with their join code");
    addTransportOptions(join);
    join->add_option("CODE", cli->code, "The host's join code, e.g. 47213-crossbow-lantern")->required();
    join->add_option("--host", cli->hostAddress, "The host's address on the LAN (default: this computer)");
    join->add_option("--host-port", cli->port,
                     "Dial this port instead of the code's number (a port forward, or a test's proxy)")
        ->check(CLI::Range(0, 65535));
    join->callback([cli, &common, &result, openWindow] {
        result.ran = true;
        result.exitCode = runJoin(*cli, common, openWindow);
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
