#include "core/store/timestamps.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace rehearse {

std::int64_t nowUnixMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string formatIsoUtc(std::int64_t unixMs) {
    std::int64_t seconds = unixMs / 1000, millis = unixMs % 1000;
    if (millis < 0) {
        millis += 1000;
        --seconds;
    }
    std::time_t t = static_cast<std::time_t>(seconds);
    std::tm utc {};
    gmtime_r(&t, &utc);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    return text;
}

std::optional<std::int64_t> parseIsoUtc(const std::string& text) {
    std::tm utc {};
    int millis = 0, consumed = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &utc.tm_year, &utc.tm_mon, &utc.tm_mday,
                    &utc.tm_hour, &utc.tm_min, &utc.tm_sec, &consumed) != 6)
        return std::nullopt;
    std::string rest = text.substr(static_cast<std::size_t>(consumed));
    if (!rest.empty() && rest[0] == '.') {
        int digits = 0;
        if (std::sscanf(rest.c_str(), ".%3d%n", &millis, &digits) != 1 || digits != 4) return std::nullopt;
        rest = rest.substr(static_cast<std::size_t>(digits));
    }
    if (rest != "Z") return std::nullopt;
    if (utc.tm_mon < 1 || utc.tm_mon > 12 || utc.tm_mday < 1 || utc.tm_mday > 31 || utc.tm_hour > 23 ||
        utc.tm_min > 59 || utc.tm_sec > 60)
        return std::nullopt;
    utc.tm_year -= 1900;
    utc.tm_mon -= 1;
    std::time_t seconds = timegm(&utc);
    return static_cast<std::int64_t>(seconds) * 1000 + millis;
}

std::string formatLocalDateTime(std::int64_t unixMs) {
    std::time_t t = static_cast<std::time_t>(unixMs / 1000);
    std::tm local {};
    localtime_r(&t, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
    return text;
}

std::string formatAgo(std::int64_t unixMs, std::int64_t nowMs) {
    std::int64_t seconds = (nowMs - unixMs) / 1000;
    if (seconds < 60) return "just now";
    if (seconds < 3600) return std::to_string(seconds / 60) + " min ago";
    if (seconds < 86400) return std::to_string(seconds / 3600) + " h ago";
    std::int64_t days = seconds / 86400;
    return days == 1 ? "yesterday" : std::to_string(days) + " days ago";
}

}  // namespace rehearse
