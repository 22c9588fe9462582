// The minimal scenario of tests/data: its path, the scenario loaded, and its
// text with one part replaced (what the loader and session tests start from).
#pragma once

#include "core/scenario/scenario_loader.hpp"
#include "test_files.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace rehearse::test {

inline const std::string kMinimalPath = std::string(REHEARSE_TEST_DATA) + "/scenarios/minimal.json";

inline Scenario minimalScenario() {
    auto result = loadScenarioFromFile(kMinimalPath);
    REQUIRE(result.scenario);
    return *result.scenario;
}

// The minimal scenario with `from` replaced by `to` (must occur exactly once).
inline std::string minimalWith(const std::string& from, const std::string& to) {
    std::string text = readAll(kMinimalPath);
    std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    REQUIRE(text.find(from, at + 1) == std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace rehearse::test
