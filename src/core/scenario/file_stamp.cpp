#include "core/scenario/file_stamp.hpp"

namespace fs = std::filesystem;

namespace rehearse {

FileStamp fileStamp(const std::string& path) {
    FileStamp stamp;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return stamp;
    stamp.exists = true;
    stamp.modified = fs::last_write_time(path, ec);
    if (fs::is_regular_file(status)) stamp.size = fs::file_size(path, ec);
    return stamp;
}

FileStamps fileStamps(const std::vector<std::string>& files) {
    FileStamps stamps;
    for (const std::string& file : files) stamps[file] = fileStamp(file);
    return stamps;
}

}  // namespace rehearse
