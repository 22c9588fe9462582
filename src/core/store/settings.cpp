#include "core/store/settings.hpp"

#include "core/json/untrusted_json.hpp"
#include "core/store/safe_file.hpp"
#include "core/store/xdg_paths.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace rehearse {

using nlohmann::json;

namespace {

// Each known key read on its own: one bad value costs only itself.
Settings settingsFromJson(const json& j, std::string& problem) {
    Settings s;
    auto note = [&](const std::string& what) { problem += (problem.empty() ? "" : "; ") + what; };
    if (j.contains("theme")) {
        const json& v = j["theme"];
        if (v.is_string() && (v == "light" || v == "dark")) s.theme = v.get<std::string>();
        else note("'theme' must be \"light\" or \"dark\"");
    }
    if (j.contains("font_size")) {
        const json& v = j["font_size"];
        if (v.is_number()) s.fontSize = std::clamp(v.get<float>(), 11.0f, 24.0f);
        else note("'font_size' must be a number");
    }
    if (j.contains("probe_pacing_seconds")) {
        const json& v = j["probe_pacing_seconds"];
        if (v.is_number()) s.probePacingSeconds = std::clamp(v.get<double>(), 0.0, 600.0);
        else note("'probe_pacing_seconds' must be a number");
    }
    if (j.contains("autosave")) {
        const json& v = j["autosave"];
        if (v.is_boolean()) s.autosave = v.get<bool>();
        else note("'autosave' must be true or false");
    }
    if (j.contains("live_coverage")) {
        const json& v = j["live_coverage"];
        if (v.is_boolean()) s.liveCoverage = v.get<bool>();
        else note("'live_coverage' must be true or false");
    }
    if (j.contains("frame_time_overlay")) {
        const json& v = j["frame_time_overlay"];
        if (v.is_boolean()) s.frameTimeOverlay = v.get<bool>();
        else note("'frame_time_overlay' must be true or false");
    }
    if (j.contains("board")) {
        const json& v = j["board"];
        if (v.is_string() && (v == "theme" || v == "light" || v == "dark")) s.board = v.get<std::string>();
        else note("'board' must be \"theme\", \"light\" or \"dark\"");
    }
    if (j.contains("export_folder")) {
        const json& v = j["export_folder"];
        if (v.is_string()) s.exportFolder = v.get<std::string>();
        else note("'export_folder' must be a string (a folder path)");
    }
    return s;
}

}  // namespace

std::string exportFolder(const Settings& settings) {
    return settings.exportFolder.empty() ? exportDirectory() : settings.exportFolder;
}

SettingsLoadResult loadSettings(const std::string& path) {
    SettingsLoadResult result;
    if (!fileExists(path)) return result;
    std::string error;
    auto text = readTextFile(path, error);
    if (!text) {
        result.problem = error + "; using the default settings.";
        return result;
    }
    // Too deep to write back (saveSettings keeps unknown keys) counts as damaged.
    std::optional<json> parsed = parseUntrustedJson(*text);
    if (!parsed || !parsed->is_object()) {
        auto moved = moveAside(path, "corrupt", error);
        result.movedAsideTo = moved.value_or("");
        result.problem = path + " is damaged" +
                         (moved ? "; it was kept as " + *moved : " and could not be moved aside (" + error + ")") +
                         ". Using the default settings.";
        return result;
    }
    std::string problems;
    result.settings = settingsFromJson(*parsed, problems);
    if (!problems.empty()) result.problem = path + ": " + problems + "; the defaults are used for those.";
    return result;
}

bool saveSettings(const std::string& path, const Settings& settings, std::string& error) {
    if (!ensureDirectory(parentFolderOf(path), error)) return false;
    // Start from what is there, so keys of a newer version are kept.
    json j = json::object();
    std::string ignored;
    if (auto text = readTextFile(path, ignored)) {
        std::optional<json> existing = parseUntrustedJson(*text);
        if (existing && existing->is_object()) j = std::move(*existing);
    }
    if (!j.contains("settings_format") || !j["settings_format"].is_number_integer() ||
        j["settings_format"].get<int>() < kSettingsFormat)
        j["settings_format"] = kSettingsFormat;
    j["theme"] = settings.theme;
    j["font_size"] = settings.fontSize;
    j["probe_pacing_seconds"] = settings.probePacingSeconds;
    j["autosave"] = settings.autosave;
    j["live_coverage"] = settings.liveCoverage;
    j["board"] = settings.board;
    j["export_folder"] = settings.exportFolder;
    j["frame_time_overlay"] = settings.frameTimeOverlay;
    return writeFileAtomically(path, dumpJson(j, 2) + "\n", error);
}

}  // namespace rehearse
