#include "core/store/xdg_paths.hpp"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>

namespace rehearse {

std::string homeDirectory() {
    if (const char* home = std::getenv("HOME"); home && *home) return home;
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir) return pw->pw_dir;
    return "/tmp";
}

namespace {

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

namespace {

// XDG_DOCUMENTS_DIR's value in user-dirs.dirs, a shell assignment that
// xdg-user-dirs writes as "$HOME/relative" or "/absolute". Nothing when the
// file or the line is missing or malformed; "" when the line turns the
// folder off (set to the home folder itself).
std::optional<std::string> documentsFromUserDirsFile(const std::string& home) {
    std::ifstream in(baseDirectory("XDG_CONFIG_HOME", ".config") + "/user-dirs.dirs");
    const std::string key = "XDG_DOCUMENTS_DIR=\"";
    for (std::string line; std::getline(in, line);) {
        if (line.compare(0, key.size(), key) != 0) continue;
        const std::string::size_type end = line.find('"', key.size());
        if (end == std::string::npos) return std::nullopt;
        std::string value = line.substr(key.size(), end - key.size());
        if (value.compare(0, 5, "$HOME") == 0) value = home + value.substr(5);
        while (value.size() > 1 && value.back() == '/') value.pop_back();
        if (value == home) return std::string();
        if (value.empty() || value[0] != '/') return std::nullopt;
        return value;
    }
    return std::nullopt;
}

bool isDirectory(const std::string& path) {
    struct stat info {};
    return !path.empty() && stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

}  // namespace

std::string documentsDirectory() {
    if (const char* value = std::getenv("XDG_DOCUMENTS_DIR"); value && value[0] == '/')
        return isDirectory(value) ? value : "";
    const std::string home = homeDirectory();
    const std::string documents = documentsFromUserDirsFile(home).value_or(home + "/Documents");
    return isDirectory(documents) ? documents : "";
}

std::string exportDirectory() {
    const std::string documents = documentsDirectory();
    // Without a Documents folder, a visible folder in the home folder: the
    // user must find their exports, never in a hidden data folder.
    return (documents.empty() ? homeDirectory() : documents) + "/Rehearse";
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
