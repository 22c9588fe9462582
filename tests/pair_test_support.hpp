// What the pair peer tests share: a shipped scenario by id, whether a text
// contains another, and moving every queued message across between two
// peers, as a network delivers them.
#pragma once

#include "core/pair/pair_peer.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace rehearse::test {

inline Scenario shipped(const std::string& id) {
    auto result = loadScenarioFromFile(std::string(REHEARSE_SCENARIO_DIR) + "/" + id + ".json");
    REQUIRE(result.scenario);
    return *result.scenario;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

// Moves every queued message across until neither side has anything to say.
inline void exchange(PairPeer& a, PairPeer& b) {
    for (bool moved = true; moved;) {
        moved = false;
        for (const std::string& m : a.takeOutgoing()) b.receive(m), moved = true;
        for (const std::string& m : b.takeOutgoing()) a.receive(m), moved = true;
    }
}

}  // namespace rehearse::test
