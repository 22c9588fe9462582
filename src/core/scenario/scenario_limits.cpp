#include "core/scenario/scenario_limits.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rehearse {
namespace {

// "8.0 MiB"-style sizes for messages.
std::string describeSize(unsigned long long bytes) {
    char buffer[64];
    if (bytes >= 1024ull * 1024 * 1024)
        std::snprintf(buffer, sizeof buffer, "%.1f GiB", static_cast<double>(bytes) / (1024.0 * 1024 * 1024));
    else if (bytes >= 1024 * 1024)
        std::snprintf(buffer, sizeof buffer, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024));
    else if (bytes >= 1024)
        std::snprintf(buffer, sizeof buffer, "%.1f KiB", static_cast<double>(bytes) / 1024.0);
    else
        std::snprintf(buffer, sizeof buffer, "%llu bytes", bytes);
    return buffer;
}

// Exact bytes first: "8.0 MiB" alone would not say why 8.0 MiB is too much.
std::string exactSize(unsigned long long bytes) {
    return std::to_string(bytes) + " bytes (" + describeSize(bytes) + ")";
}

std::string tooLarge(unsigned long long bytes) {
    return "the file is " + exactSize(bytes) + "; a scenario file may be at most " + exactSize(kMaxScenarioFileBytes);
}

std::string notARegularFile(mode_t mode) {
    if (S_ISDIR(mode)) return "is a directory, not a scenario file";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a scenario file";
    if (S_ISFIFO(mode)) return "is a pipe, not a scenario file";
    if (S_ISSOCK(mode)) return "is a socket, not a scenario file";
    return "is not a regular file";
}

// Closes the descriptor on every path out.
struct FileDescriptor {
    int fd;
    ~FileDescriptor() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

std::optional<std::string> readScenarioFile(const std::string& path, std::string& error) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a
    // writer; on a regular file it changes nothing. The type is checked on the
    // open descriptor, so a file swapped after a check cannot slip through.
    FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
    if (file.fd < 0) {
        error = std::string("cannot open file: ") + std::strerror(errno);
        return std::nullopt;
    }
    struct stat info {};
    if (::fstat(file.fd, &info) != 0) {
        error = std::string("cannot read file: ") + std::strerror(errno);
        return std::nullopt;
    }
    if (!S_ISREG(info.st_mode)) {
        error = notARegularFile(info.st_mode);
        return std::nullopt;
    }
    if (static_cast<unsigned long long>(info.st_size) > kMaxScenarioFileBytes) {
        error = tooLarge(static_cast<unsigned long long>(info.st_size));
        return std::nullopt;
    }
    // Read at most one byte past the limit: a file growing while we read is
    // caught without reading all of it.
    std::string text;
    text.resize(static_cast<std::size_t>(info.st_size));
    std::size_t used = 0;
    for (;;) {
        if (used == text.size()) {
            if (text.size() > kMaxScenarioFileBytes) break;
            // The size fstat gave has been read: one byte more tells whether
            // the file ends here (the usual case) before growing the buffer,
            // which zero-fills what it adds.
            char probe;
            ssize_t more = ::read(file.fd, &probe, 1);
            if (more < 0 && errno == EINTR) continue;
            if (more < 0) {
                error = std::string("cannot read file: ") + std::strerror(errno);
                return std::nullopt;
            }
            if (more == 0) break;
            text.resize(std::min(kMaxScenarioFileBytes + 1, text.size() + 64 * 1024));
            text[used++] = probe;
            continue;
        }
        ssize_t got = ::read(file.fd, &text[used], text.size() - used);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            error = std::string("cannot read file: ") + std::strerror(errno);
            return std::nullopt;
        }
        if (got == 0) break;
        used += static_cast<std::size_t>(got);
    }
    text.resize(used);
    if (text.size() > kMaxScenarioFileBytes) {
        error = tooLarge(text.size()) + " (it grew while being read)";
        return std::nullopt;
    }
    return text;
}

std::optional<LimitViolation> findLimitViolation(const std::string& text) {
    if (text.size() > kMaxScenarioFileBytes) return LimitViolation{std::nullopt, tooLarge(text.size())};
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '"') {
            std::size_t start = i++;
            while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
            // Bytes between the quotes, as written (escapes count as written).
            std::size_t length = std::min(i, text.size()) - start - 1;
            if (length > kMaxScenarioStringBytes)
                return LimitViolation{start, "a string of " + std::to_string(length) +
                                                 " bytes; a string may hold at most " +
                                                 exactSize(kMaxScenarioStringBytes)};
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxScenarioNesting)
                return LimitViolation{i, "arrays and objects nested more than " + std::to_string(kMaxScenarioNesting) +
                                             " deep; a scenario needs far fewer levels"};
        } else if (c == ']' || c == '}') {
            if (depth > 0) --depth;
        }
    }
    return std::nullopt;
}

}  // namespace rehearse
