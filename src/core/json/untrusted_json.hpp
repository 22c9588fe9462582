// Reading and writing JSON that came from outside: session archives from a
// partner, journal rows of a database someone else may have written, the
// settings file, the clipboard.
//
// nlohmann's parser builds any depth without recursion, but dump(), copies
// and comparisons recurse once per level: 100k nested arrays in a 200 KB file
// overflow the stack. So depth is checked first, by a SAX pass that counts
// levels and builds nothing, and only a document within the limit is built.
// A writer then only ever sees values from such reads (or from our own
// structs), which keeps dump() bounded too.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rehearse {

// Deeper than any document Rehearse writes (a scenario or an action nests
// under ten levels) and far from what dump() can recurse through.
inline constexpr std::size_t kMaxJsonDepth = 64;

// True when `text` opens no more than `maxDepth` arrays/objects inside each
// other. Syntax is not judged here (a broken text within the limit is true).
bool jsonDepthWithin(std::string_view text, std::size_t maxDepth = kMaxJsonDepth);

// Parses without throwing; nothing, with the reason in `error` (when given),
// for invalid JSON or a document nested deeper than `maxDepth`.
std::optional<nlohmann::json> parseUntrustedJson(std::string_view text, std::string* error = nullptr,
                                                 std::size_t maxDepth = kMaxJsonDepth);
std::optional<nlohmann::ordered_json> parseUntrustedOrderedJson(std::string_view text, std::string* error = nullptr,
                                                                std::size_t maxDepth = kMaxJsonDepth);

// dump() for output that must not fail: a string that is not valid UTF-8
// (which should have been repaired where it came in) is written with U+FFFD
// instead of throwing type_error 316.
std::string dumpJson(const nlohmann::json& value, int indent = -1);
std::string dumpJson(const nlohmann::ordered_json& value, int indent = -1);

}  // namespace rehearse
