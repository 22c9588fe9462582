// Whether a file changed on disk, by any program: its modification time and
// size, compared with what they were. Polled (a stat per file) rather than
// watched, so no file-watching dependency; editors that save by renaming a
// new file over the old one are seen too, since the new file has its own
// time and size.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rehearse {

struct FileStamp {
    bool exists = false;
    std::filesystem::file_time_type modified{};
    std::uintmax_t size = 0;

    bool operator==(const FileStamp& other) const {
        return exists == other.exists && modified == other.modified && size == other.size;
    }
    bool operator!=(const FileStamp& other) const { return !(*this == other); }
};

FileStamp fileStamp(const std::string& path);

// The stamps of a set of files: a file added or removed changes it too.
using FileStamps = std::map<std::string, FileStamp>;
FileStamps fileStamps(const std::vector<std::string>& files);

// How often the app looks at the scenario files, in seconds: "within about a
// second" of a save, for a few stat calls.
inline constexpr double kScenarioPollSeconds = 0.5;

}  // namespace rehearse
