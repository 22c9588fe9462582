// The limits a scenario file must stay within (docs/scenario-format.md,
// "Limits"), checked before any real work is done on it, so that a hostile or
// mistaken input (a 2 GB file, /dev/zero, a FIFO, a million nested arrays)
// gets a clear message instead of a hang, an exhausted memory or a crash.
// The shipped scenarios are ~60 KB, nest 9 levels and hold no string over
// 1.5 KB; each limit leaves ample room above that.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace rehearse {

inline constexpr std::size_t kMaxScenarioFileBytes = 8 * 1024 * 1024;  // 8 MiB
inline constexpr int kMaxScenarioNesting = 32;                         // arrays and objects
inline constexpr std::size_t kMaxScenarioStringBytes = 16 * 1024;      // any string, as written
inline constexpr std::size_t kMaxStageTitleLength = 32;                 // characters: it must fit the stepper

// Reads a scenario file whole, after checking that it is a regular file of at
// most kMaxScenarioFileBytes. Never blocks on a FIFO or device and never
// reads more than the limit. On failure returns nothing and sets `error` to
// a message for the user ("is a directory", "is 2.0 GB; ...").
std::optional<std::string> readScenarioFile(const std::string& path, std::string& error);

struct LimitViolation {
    // Byte where the offending string or bracket starts; nothing when the
    // whole text is at fault (too large).
    std::optional<std::size_t> offset;
    std::string message;
};

// The first place where `text` breaks the nesting or string-length limit,
// found in one pass that needs no valid JSON (strings are skipped by their
// quotes). Nothing when the text is within the limits.
std::optional<LimitViolation> findLimitViolation(const std::string& text);

}  // namespace rehearse
