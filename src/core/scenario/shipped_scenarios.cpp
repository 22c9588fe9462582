#include "core/scenario/shipped_scenarios.hpp"

#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

namespace rehearse {
namespace {

// Path of the data folder relative to the executable's folder, from
// GNUInstallDirs ("../share" for the usual bin/ and share/).
#ifndef REHEARSE_BIN_TO_DATA_DIR
#define REHEARSE_BIN_TO_DATA_DIR "../share"
#endif

bool isScenarioFolder(const fs::path& folder) {
    std::error_code ec;
    return fs::is_directory(folder, ec);
}

// True when `path` is `folder` or lies inside it (both made absolute and
// normal, symlinks resolved where they exist).
bool isInside(const fs::path& path, const fs::path& folder) {
    std::error_code ec;
    const fs::path p = fs::weakly_canonical(path, ec);
    if (ec) return false;
    const fs::path f = fs::weakly_canonical(folder, ec);
    if (ec || f.empty()) return false;
    auto pi = p.begin();
    for (auto fi = f.begin(); fi != f.end(); ++fi, ++pi) {
        if (fi->empty()) continue;  // a trailing slash
        if (pi == p.end() || *pi != *fi) return false;
    }
    return true;
}

}  // namespace

ShippedScenarioSearch searchShippedScenarios(const std::string& override, const std::string& executable,
                                             const std::string& xdgDataDirs, const std::string& sourceFolder,
                                             const std::string& buildFolder) {
    ShippedScenarioSearch search;
    const auto tryFolder = [&search](const fs::path& folder) {
        // Lexically: /proc/self/exe has its symlinks resolved already.
        search.tried.push_back(folder.lexically_normal().string());
        if (!isScenarioFolder(search.tried.back())) return false;
        search.folder = search.tried.back();
        return true;
    };
    // An explicit choice is used alone (a folder or one file): a typo must
    // not silently fall back to other scenarios.
    if (!override.empty()) {
        std::error_code ec;
        search.tried.push_back(override);
        if (fs::exists(override, ec)) search.folder = override;
        return search;
    }
    if (!executable.empty()) {
        const fs::path besideExecutable =
            fs::path(executable).parent_path() / REHEARSE_BIN_TO_DATA_DIR / "rehearse" / "scenarios";
        if (tryFolder(besideExecutable)) return search;
    }
    // The XDG base directory spec: relative entries are invalid and ignored.
    std::stringstream dirs(xdgDataDirs.empty() ? std::string("/usr/local/share:/usr/share") : xdgDataDirs);
    for (std::string dir; std::getline(dirs, dir, ':');)
        if (!dir.empty() && dir[0] == '/' && tryFolder(fs::path(dir) / "rehearse" / "scenarios")) return search;
    if (!sourceFolder.empty() && !buildFolder.empty() && !executable.empty() && isInside(executable, buildFolder))
        tryFolder(sourceFolder);
    return search;
}

ShippedScenarioSearch findShippedScenarios() {
    const char* override = std::getenv("REHEARSE_SCENARIOS");
    const char* xdgDataDirs = std::getenv("XDG_DATA_DIRS");
    std::error_code ec;
    const fs::path executable = fs::read_symlink("/proc/self/exe", ec);
#if defined(REHEARSE_SOURCE_SCENARIO_DIR) && defined(REHEARSE_BUILD_DIR)
    const std::string sourceFolder = REHEARSE_SOURCE_SCENARIO_DIR, buildFolder = REHEARSE_BUILD_DIR;
#else
    const std::string sourceFolder, buildFolder;
#endif
    return searchShippedScenarios(override ? override : "", ec ? std::string() : executable.string(),
                                  xdgDataDirs ? xdgDataDirs : "", sourceFolder, buildFolder);
}

std::string shippedScenarioFolder() {
    ShippedScenarioSearch search = findShippedScenarios();
    if (!search.folder.empty()) return search.folder;
    std::string message = "no shipped scenarios found; looked in";
    for (std::size_t i = 0; i < search.tried.size(); ++i) message += (i ? ", " : " ") + search.tried[i];
    message += " (give a folder with --scenarios DIR or REHEARSE_SCENARIOS=DIR)";
    throw ShippedScenariosNotFound(message);
}

}  // namespace rehearse
