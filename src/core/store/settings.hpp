// The user's preferences, kept in $XDG_CONFIG_HOME/rehearse/settings.json:
//
//   { "settings_format": 1, "theme": "light", "font_size": 15,
//     "probe_pacing_seconds": 90, "autosave": true, "live_coverage": false,
//     "board": "theme", "export_folder": "" }
//
// Reading never fails: a missing file gives the defaults, a value out of
// range is clamped, a damaged file is moved aside (settings.json.corrupt-<time>)
// and reported. Writing is atomic and keeps keys this version does not know,
// so a newer Rehearse's settings survive a run of an older one.
#pragma once

#include <string>

namespace rehearse {

struct Settings {
    std::string theme = "light";      // "light" or "dark"
    float fontSize = 15;              // body text in pixels at scale 1 (11..24)
    double probePacingSeconds = 90;   // least time between two interviewer probes (0..600)
    bool autosave = true;             // write every action as it happens
    // Coverage bars under the stages while rehearsing. Off by default: a real
    // interviewer never tells the candidate a point has just been scored. The
    // debrief always shows coverage.
    bool liveCoverage = false;
    // The canvas board: "theme" (dark in the dark theme), "light" or "dark".
    // Exports are always on the light board: they are documents to share.
    std::string board = "theme";
    // Where exports from the app go; empty: the user's Documents folder.
    std::string exportFolder;
    // A small live read-out of frame times, CPU and memory (the figures
    // `rehearse bench` prints). Off by default: it is for measuring.
    bool frameTimeOverlay = false;

    bool operator==(const Settings& other) const {
        return theme == other.theme && fontSize == other.fontSize &&
               probePacingSeconds == other.probePacingSeconds && autosave == other.autosave &&
               liveCoverage == other.liveCoverage && board == other.board && exportFolder == other.exportFolder &&
               frameTimeOverlay == other.frameTimeOverlay;
    }
    // Whether the canvas board is dark, from `board` and the theme.
    bool darkBoard() const { return board == "dark" || (board == "theme" && theme == "dark"); }
    bool operator!=(const Settings& other) const { return !(*this == other); }
};

inline constexpr int kSettingsFormat = 1;

// Where the app's exports go: the folder chosen in the settings, else the
// default export folder (the user's Documents, see exportDirectory()).
std::string exportFolder(const Settings& settings);

struct SettingsLoadResult {
    Settings settings;
    std::string problem;       // for the user; empty when all is well
    std::string movedAsideTo;  // where a damaged file went
};

SettingsLoadResult loadSettings(const std::string& path);
bool saveSettings(const std::string& path, const Settings& settings, std::string& error);

}  // namespace rehearse
