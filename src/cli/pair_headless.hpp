// A pair session without a window (rehearse host/join --headless): a
// PairPeer (core/pair/pair_peer.hpp) on one side, a PairChannel (src/net) on
// the other, and this loop moving messages between them, playing a script of
// actions and printing the conversation as it grows.
#pragma once

#include "core/pair/pair_peer.hpp"
#include "net/pair_channel.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace rehearse {

struct HeadlessPairOptions {
    std::string playFile;        // JSON lines of actions this side issues; empty: none
    std::vector<Action> play;    // read from it by loadPairScript
    bool realTime = false;       // issue each at its `at` (seconds after the session opens), not at once
    std::string writeView;       // the candidate's view as JSON, at the end
    std::string writeActions;    // this side's session journal as JSON lines, at the end
    std::string recordReceived;  // every message received, one per line, as it arrived
    bool quiet = false;          // no conversation on stdout
};

// Reads options.playFile into options.play; false (after saying which file,
// line and column on stderr) when a line is not an action.
bool loadPairScript(HeadlessPairOptions& options);

// Builds this side's peer from the partner's hello (the joiner learns its part
// and the scenario from it); nothing, with a sentence in `error`, to give up.
using PeerFromHello = std::function<std::unique_ptr<PairPeer>(const PairHello& hello, std::string& error)>;

// Runs until the session ends, is refused or the channel closes. `peer` may
// be null on the joiner's side: then `fromHello` makes it from the first
// message. 0 when the session ended as agreed, 1 otherwise.
int runHeadlessPair(net::PairChannel& channel, std::unique_ptr<PairPeer> peer, const PeerFromHello& fromHello,
                    const HeadlessPairOptions& options);

}  // namespace rehearse
