// The copy of a scenario a stored session keeps. A journal names stages by
// index and facts and follow-ups by id, so it only means what it meant when
// replayed against the very scenario it was recorded with. Each session
// therefore points at a copy of its scenario, kept once per version (keyed by
// a hash of its content): a session whose scenario file was edited or deleted
// still reopens exactly, and a hundred attempts at one scenario cost one copy.
#pragma once

#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>

namespace rehearse {

struct ScenarioCopy {
    std::string scenarioId;
    std::string title;
    std::string hash;        // contentHash(definition)
    std::string definition;  // the scenario file as canonical JSON (compact, keys sorted)
};

// 16 hex digits of FNV-1a 64: tells versions apart, not meant to resist attack.
std::string contentHash(const std::string& text);

// Canonicalises a scenario file's text and checks that it loads. Nothing,
// with the reason in `error`, when it is not valid JSON or not a valid scenario.
std::optional<ScenarioCopy> scenarioCopyFromText(const std::string& text, std::string& error);

// The copy of a loaded scenario, read again from its source file; nothing
// when the file is gone or now holds another scenario.
std::optional<ScenarioCopy> scenarioCopyOf(const Scenario& scenario, std::string& error);

// Loads the scenario back from a copy.
std::optional<Scenario> scenarioFromCopy(const ScenarioCopy& copy, std::string& error);

}  // namespace rehearse
