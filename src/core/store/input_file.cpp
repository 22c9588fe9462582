#include "core/store/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace rehearse {
namespace {

std::string tooLarge(const std::string& name, std::size_t maxBytes) {
    return name + " is larger than " + describeByteSize(maxBytes) + ", more than Rehearse reads from one file";
}

const char* fileKind(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISFIFO(mode)) return "a pipe";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor() {
        if (m_fd >= 0) close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

}  // namespace

std::string describeByteSize(std::size_t bytes) {
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MB";
    if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KB";
    return std::to_string(bytes) + " bytes";
}

std::optional<std::string> readInputFile(const std::string& path, std::size_t maxBytes, std::string& error) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is
    // checked on the open descriptor, so the file cannot be swapped between
    // the check and the read.
    FileDescriptor fd(open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0) {
        error = "cannot read " + path + ": " + std::strerror(errno);
        return std::nullopt;
    }
    struct stat info {};
    if (fstat(fd.get(), &info) != 0) {
        error = "cannot read " + path + ": " + std::strerror(errno);
        return std::nullopt;
    }
    if (!S_ISREG(info.st_mode)) {
        error = "cannot read " + path + ": it is " + fileKind(info.st_mode) + ", not a regular file";
        return std::nullopt;
    }
    if (info.st_size > 0 && static_cast<std::size_t>(info.st_size) > maxBytes) {
        error = tooLarge(path, maxBytes);
        return std::nullopt;
    }
    // The size is only a hint (a file can grow while read, /proc files say
    // 0): read in chunks and stop one byte past the limit.
    std::string content;
    content.reserve(static_cast<std::size_t>(info.st_size));
    char buffer[64 * 1024];
    while (content.size() <= maxBytes) {
        const std::size_t want = std::min(sizeof buffer, maxBytes + 1 - content.size());
        const ssize_t got = read(fd.get(), buffer, want);
        if (got < 0) {
            if (errno == EINTR) continue;
            error = "cannot read " + path + ": " + std::strerror(errno);
            return std::nullopt;
        }
        if (got == 0) return content;
        content.append(buffer, static_cast<std::size_t>(got));
    }
    error = tooLarge(path, maxBytes);
    return std::nullopt;
}

std::optional<std::string> readInputStream(std::istream& in, std::size_t maxBytes, const std::string& name,
                                           std::string& error) {
    std::string content;
    char buffer[64 * 1024];
    while (content.size() <= maxBytes) {
        const std::size_t want = std::min(sizeof buffer, maxBytes + 1 - content.size());
        in.read(buffer, static_cast<std::streamsize>(want));
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (in.bad()) {
            error = "cannot read " + name;
            return std::nullopt;
        }
        if (!in) return content;  // end of input
    }
    error = tooLarge(name, maxBytes);
    return std::nullopt;
}

}  // namespace rehearse
