#include "core/store/xdg_paths.hpp"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace rehearse {
namespace {

std::string homeDirectory() {
    if (const char* home = std::getenv("HOME"); home && *home) return home;
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir) return pw->pw_dir;
    return "/tmp";
}

// The spec says relative paths in these variables are invalid and ignored.
std::string baseDirectory(const char* variable, const char* fallbackUnderHome) {
    const char* value = std::getenv(variable);
    if (value && value[0] == '/') return value;
    return homeDirectory() + "/" + fallbackUnderHome;
}

}  // namespace

std::string dataDirectory() { return baseDirectory("XDG_DATA_HOME", ".local/share") + "/rehearse"; }
std::string configDirectory() { return baseDirectory("XDG_CONFIG_HOME", ".config") + "/rehearse"; }

std::string sessionDatabasePath() { return dataDirectory() + "/sessions.db"; }
std::string settingsPath() { return configDirectory() + "/settings.json"; }
std::string imguiIniPath() { return configDirectory() + "/imgui.ini"; }

std::string exportDirectory() {
    const char* home = std::getenv("HOME");
    struct stat info {};
    if (home && *home) {
        const std::string documents = std::string(home) + "/Documents";
        if (stat(documents.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) return documents + "/Rehearse";
    }
    return dataDirectory() + "/exports";
}

bool ensureDirectory(const std::string& path, std::string& error) {
    if (path.empty()) return true;
    struct stat info {};
    if (stat(path.c_str(), &info) == 0) {
        if (S_ISDIR(info.st_mode)) return true;
        error = path + " exists but is not a folder";
        return false;
    }
    std::string::size_type slash = path.find_last_of('/');
    if (slash != std::string::npos && slash > 0 && !ensureDirectory(path.substr(0, slash), error)) return false;
    if (mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) {
        error = "cannot create " + path + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

}  // namespace rehearse
