// Wall-clock times of sessions (created, updated, finished): stored as Unix
// milliseconds, exchanged as ISO 8601 UTC text, shown in local time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace rehearse {

std::int64_t nowUnixMs();

// "2024-05-01T09:30:12.345Z"
std::string formatIsoUtc(std::int64_t unixMs);
// Accepts what formatIsoUtc writes (the milliseconds are optional).
std::optional<std::int64_t> parseIsoUtc(const std::string& text);

// "2024-05-01 11:30" in local time, for lists.
std::string formatLocalDateTime(std::int64_t unixMs);

// "just now", "5 min ago", "3 h ago", "2 days ago" relative to `nowMs`.
std::string formatAgo(std::int64_t unixMs, std::int64_t nowMs);

}  // namespace rehearse
