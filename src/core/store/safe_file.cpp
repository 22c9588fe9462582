#include "core/store/safe_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>

namespace rehearse {
namespace {

std::string errnoText() { return std::strerror(errno); }

// A rename is durable only once the folder that holds the name is synced.
void syncDirectory(const std::string& directory) {
    int fd = open(directory.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    fsync(fd);
    close(fd);
}

}  // namespace

bool fileExists(const std::string& path) {
    struct stat info {};
    return lstat(path.c_str(), &info) == 0;
}

std::string parentFolderOf(const std::string& path) {
    std::string::size_type slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::optional<std::string> readTextFile(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read " + path + ": " + errnoText();
        return std::nullopt;
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) {
        error = "cannot read " + path;
        return std::nullopt;
    }
    return content.str();
}

namespace {

// Writes `content` into a new temporary file next to `path` (created with
// `mode`, less the umask unless `exactMode`), then renames it over `path`.
bool replaceAtomically(const std::string& path, const std::string& content, mode_t mode, bool exactMode,
                       std::string& error) {
    // O_EXCL: never write through a link or file someone placed at the
    // temporary name; a leftover from a crashed run gets a fresh name.
    std::string temporary;
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        temporary = path + ".tmp-" + std::to_string(getpid()) + (attempt ? "-" + std::to_string(attempt) : "");
        fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) {
        error = "cannot write " + path + ": " + errnoText();
        return false;
    }
    if (exactMode && fchmod(fd, mode) != 0) {
        error = "cannot write " + path + ": " + errnoText();
        close(fd);
        unlink(temporary.c_str());
        return false;
    }
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        ssize_t written = write(fd, data, left);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) {
            error = "cannot write " + path + ": " + errnoText();
            close(fd);
            unlink(temporary.c_str());
            return false;
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    if (fsync(fd) != 0 || close(fd) != 0) {
        error = "cannot write " + path + ": " + errnoText();
        unlink(temporary.c_str());
        return false;
    }
    if (rename(temporary.c_str(), path.c_str()) != 0) {
        error = "cannot replace " + path + ": " + errnoText();
        unlink(temporary.c_str());
        return false;
    }
    syncDirectory(parentFolderOf(path));
    return true;
}

}  // namespace

bool writeFileAtomically(const std::string& path, const std::string& content, std::string& error) {
    return replaceAtomically(path, content, 0600, false, error);
}

namespace {

// What is at `path` now, and whether writeOutputFile may replace it.
struct OutputTarget {
    std::optional<std::string> problem;
    bool replacesRegularFile = false;  // else: a new file, or a symlink replaced
    mode_t mode = 0666;
};

OutputTarget inspectOutput(const std::string& path) {
    OutputTarget target;
    if (path.empty()) {
        target.problem = "no output file named";
        return target;
    }
    struct stat info {};
    if (lstat(path.c_str(), &info) != 0) {
        if (errno != ENOENT) target.problem = "cannot write " + path + ": " + errnoText();
        return target;  // a new file: the umask decides its mode
    }
    if (S_ISLNK(info.st_mode)) return target;  // the link is replaced, its target left alone
    if (S_ISDIR(info.st_mode)) {
        target.problem = "cannot write " + path + ": it is a directory";
    } else if (!S_ISREG(info.st_mode)) {
        target.problem = "cannot write " + path + ": not a regular file";
    } else if ((info.st_mode & 0222) == 0 || access(path.c_str(), W_OK) != 0) {
        // Replacing works in any writable folder, so the file's own
        // permission is checked by hand: read-only means "keep this", as for
        // any editor. No write bit at all counts too, so the rule holds for
        // root as well.
        target.problem = path + " is read-only; not replaced (make it writable or choose another name)";
    } else {
        target.replacesRegularFile = true;
        target.mode = info.st_mode & 07777;
    }
    return target;
}

}  // namespace

std::optional<std::string> outputFileProblem(const std::string& path) { return inspectOutput(path).problem; }

bool writeOutputFile(const std::string& path, const std::string& content, std::string& error) {
    const OutputTarget target = inspectOutput(path);
    if (target.problem) {
        error = *target.problem;
        return false;
    }
    return replaceAtomically(path, content, target.mode, target.replacesRegularFile, error);
}

std::optional<std::string> moveAside(const std::string& path, const std::string& tag, std::string& error,
                                     const std::vector<std::string>& siblingSuffixes) {
    std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    std::string base = path + "." + tag + "-" + stamp;
    std::string target = base;
    for (int n = 2; fileExists(target) || fileExists(target + "-wal"); ++n) target = base + "-" + std::to_string(n);
    // link + unlink instead of rename: link fails rather than replace a file
    // that appeared in the meantime, so nothing is ever overwritten.
    if (link(path.c_str(), target.c_str()) != 0) {
        error = "cannot move " + path + " aside: " + errnoText();
        return std::nullopt;
    }
    // Every sibling must move too: a new database must never start next to
    // the old one's write-ahead log, which SQLite would replay into it.
    std::vector<std::string> moved;
    for (const std::string& suffix : siblingSuffixes) {
        std::string sibling = path + suffix;
        if (!fileExists(sibling)) continue;
        if (link(sibling.c_str(), (target + suffix).c_str()) != 0) {
            error = "cannot move " + sibling + " aside: " + errnoText();
            for (const std::string& done : moved) unlink((target + done).c_str());
            unlink(target.c_str());
            return std::nullopt;
        }
        moved.push_back(suffix);
    }
    for (const std::string& suffix : moved) unlink((path + suffix).c_str());
    unlink(path.c_str());
    syncDirectory(parentFolderOf(path));
    return target;
}

}  // namespace rehearse
