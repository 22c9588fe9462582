// What `rehearse host` / `rehearse join CODE` without --headless ask of the
// window: host or join at once (app/pair_network.hpp draws it). The command
// line fills it; a build without the GUI refuses it.
#pragma once

#include "core/pair/pair_role.hpp"
#include "net/pair_channel.hpp"

#include <string>

namespace rehearse {

struct PairWindowRequest {
    bool host = false;                      // else join
    std::string scenarioId;                 // host: the scenario (else the library's selection)
    PairRole role = PairRole::Interviewer;  // host: this side's part
    std::string code;                       // join
    std::string name;                       // display name; empty: the part's title
    net::PairChannelOptions channel;
};

}  // namespace rehearse
