#include "cli/pair_headless.hpp"

#include "core/json/untrusted_json.hpp"
#include "core/session/duration_format.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <optional>
#include <thread>

namespace rehearse {

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// The script: one action per line, as the journal writes them. A line that
// is not one stops everything before the session starts.
std::optional<std::vector<Action>> loadPlay(const std::string& path) {
    std::vector<Action> actions;
    if (path.empty()) return actions;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "rehearse: cannot read %s\n", path.c_str());
        return std::nullopt;
    }
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        std::string error;
        std::optional<nlohmann::json> json = parseUntrustedJson(line, &error);
        if (!json) {
            std::fprintf(stderr, "%s:%d:1: not JSON: %s\n", path.c_str(), number, error.c_str());
            return std::nullopt;
        }
        std::optional<Action> action = actionFromJson(*json);
        if (!action) {
            std::fprintf(stderr, "%s:%d:1: not an action this version understands\n", path.c_str(), number);
            return std::nullopt;
        }
        actions.push_back(std::move(*action));
    }
    return actions;
}

bool writeFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) std::fprintf(stderr, "rehearse: cannot write %s\n", path.c_str());
    return static_cast<bool>(out);
}

// Who says a feed line, for the terminal.
std::string feedLine(const CandidateView& view, const CandidateView::FeedLine& line) {
    const std::string clock = formatDuration(line.clock);
    const std::string interviewer = view.interviewerName.empty() ? "Interviewer" : view.interviewerName;
    const std::string candidate = view.candidateName.empty() ? "Candidate" : view.candidateName;
    if (line.kind == "stage_started") return "[" + clock + "] -- " + line.text + " --";
    if (line.kind == "finished") return "[" + clock + "] -- the interview is over --";
    if (line.kind == "probe_skipped") return "[" + clock + "] " + candidate + " skipped the probe";
    const bool byCandidate = line.kind == "candidate_question" || line.kind == "candidate_answer";
    return "[" + clock + "] " + (byCandidate ? candidate : interviewer) + ": " + line.text;
}

}  // namespace

bool loadPairScript(HeadlessPairOptions& options) {
    std::optional<std::vector<Action>> play = loadPlay(options.playFile);
    if (!play) return false;
    options.play = std::move(*play);
    return true;
}

int runHeadlessPair(net::PairChannel& channel, std::unique_ptr<PairPeer> peer, const PeerFromHello& fromHello,
                    const HeadlessPairOptions& options) {
    const std::vector<Action>* play = &options.play;
    std::ofstream received;
    if (!options.recordReceived.empty()) received.open(options.recordReceived, std::ios::binary | std::ios::trunc);

    std::size_t next = 0, refused = 0, printedFeed = 0;
    std::optional<Clock::time_point> openedAt;
    std::string giveUp;
    const auto pump = [&] {
        if (!peer) return;
        for (std::string& message : peer->takeOutgoing()) channel.send(net::bytesOf(message));
    };
    const auto printNotices = [&] {
        for (const std::string& line : channel.takeNotices()) std::fprintf(stderr, "rehearse: %s\n", line.c_str());
    };
    const auto printFeed = [&] {
        if (!peer || !peer->isOpen() || options.quiet) return;
        const CandidateView view = peer->candidateView();
        for (; printedFeed < view.feed.size(); ++printedFeed) std::printf("%s\n", feedLine(view, view.feed[printedFeed]).c_str());
        std::fflush(stdout);
    };
    const auto deliver = [&](const net::Bytes& bytes) {
        const std::string text = net::textOf(bytes);
        if (received.is_open()) received << text << '\n';
        if (!peer) {
            PairMessageDecoding decoded = decodePairMessage(text);
            const auto* hello = decoded.message ? std::get_if<PairHello>(&*decoded.message) : nullptr;
            if (!hello) {
                giveUp = "the host did not start a pair session (is it relaying lines, with --lines?)";
                return;
            }
            peer = fromHello(*hello, giveUp);
            if (!peer) return;
        }
        peer->receive(text);
    };

    for (;;) {
        pump();
        if (!giveUp.empty() || (peer && peer->isClosed())) break;
        bool busy = false;
        if (peer && peer->isOpen() && !peer->isDone()) {
            if (!openedAt) openedAt = Clock::now();
            const double elapsed = std::chrono::duration<double>(Clock::now() - *openedAt).count();
            // As fast as possible: a batch, then a look at what came in.
            for (int batch = 0; next < play->size() && batch < 64; ++batch) {
                if (options.realTime && (*play)[next].at > elapsed) break;
                if (!peer->act((*play)[next])) ++refused;
                ++next;
                busy = true;
            }
            if (next == play->size()) peer->markDone();
            pump();
        }
        if (auto message = channel.receive(busy && !options.realTime ? 0ms : 20ms)) {
            deliver(*message);
            while (giveUp.empty() && !(peer && peer->isClosed()))
                if (auto more = channel.receive(0ms)) deliver(*more);
                else break;
        }
        printNotices();
        printFeed();
        if (channel.status().state == net::PairState::Closed) break;
    }
    pump();
    printFeed();
    const bool ended = peer && peer->hasEnded();
    std::string reason = !giveUp.empty() ? giveUp : peer && peer->isClosed() ? peer->closeReason() : channel.status().closeReason;
    if (peer && peer->isClosed()) {
        // The partner gets the last messages (the end, or why it was refused) before the channel closes.
        channel.flush(ended ? 30s : 5s);
        channel.close(reason);
    }
    printNotices();
    const net::PairStatus status = channel.status();
    std::fprintf(stderr, "rehearse: %s\n", reason.c_str());
    std::fprintf(stderr, "rehearse: %zu of %zu scripted actions issued, %zu refused here; %llu messages received, %d connection(s)\n",
                 next, play->size(), refused, static_cast<unsigned long long>(status.received), status.connections);

    if (peer && peer->session()) {
        if (!options.writeView.empty() && !writeFile(options.writeView, candidateViewToJson(peer->candidateView()).dump(1) + "\n"))
            return 1;
        if (!options.writeActions.empty()) {
            std::string lines;
            for (const Action& action : peer->session()->journal()) lines += actionToJson(action).dump() + "\n";
            if (!writeFile(options.writeActions, lines)) return 1;
        }
    }
    return ended ? 0 : 1;
}

}  // namespace rehearse
