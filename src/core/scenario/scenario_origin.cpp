#include "core/scenario/scenario_origin.hpp"

#include <filesystem>

namespace fs = std::filesystem;

namespace rehearse {
namespace {

bool samePath(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return false;
    std::error_code ec;
    return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
}

}  // namespace

ScenarioOrigin scenarioOrigin(const std::string& root, const std::string& shippedFolder, const std::string& userFolder) {
    if (samePath(root, shippedFolder)) return {ScenarioOriginKind::Shipped, "shipped"};
    if (samePath(root, userFolder)) return {ScenarioOriginKind::UserFolder, "your folder"};
    fs::path path = fs::path(root).lexically_normal();
    if (path.filename().empty()) path = path.parent_path();  // "dir/" names "dir"
    const std::string name = path.filename().string();
    return {ScenarioOriginKind::Added, name.empty() ? root : name};
}

std::vector<std::string> libraryPaths(const std::string& shippedFolder, const std::string& userFolder,
                                      const std::vector<std::string>& added) {
    std::vector<std::string> paths;
    if (!shippedFolder.empty()) paths.push_back(shippedFolder);
    std::error_code ec;
    if (!userFolder.empty() && fs::is_directory(userFolder, ec)) paths.push_back(userFolder);
    for (const std::string& path : added) {
        bool listed = false;
        for (const std::string& present : paths) listed = listed || present == path || samePath(present, path);
        if (!listed) paths.push_back(path);
    }
    return paths;
}

}  // namespace rehearse
