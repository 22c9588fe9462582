// A settings.json the user (or another version of Rehearse) left behind:
// loading never fails, gives values in range, and what it gives survives a
// save and a second load unchanged.
#include "fuzz_targets.hpp"

#include "core/store/settings.hpp"

#include <cmath>
#include <cstdio>
#include <fstream>

namespace rehearse::fuzz {

int settings(const std::uint8_t* data, std::size_t size) {
    const std::string path = scratchDirectory() + "/settings.json";
    std::ofstream(path, std::ios::binary | std::ios::trunc) << asText(data, size);

    SettingsLoadResult loaded = loadSettings(path);
    const Settings& s = loaded.settings;
    check(s.theme == "light" || s.theme == "dark", "a theme other than light or dark");
    check(s.fontSize >= 11 && s.fontSize <= 24, "a font size outside 11..24");
    check(std::isfinite(s.probePacingSeconds) && s.probePacingSeconds >= 0 && s.probePacingSeconds <= 600,
          "a probe pacing outside 0..600 seconds");
    if (!loaded.movedAsideTo.empty()) std::remove(loaded.movedAsideTo.c_str());

    std::string error;
    if (!saveSettings(path, s, error)) fail("settings cannot be saved: " + error);
    SettingsLoadResult reloaded = loadSettings(path);
    check(reloaded.problem.empty(), "saved settings load with a problem");
    check(reloaded.settings == s, "saved settings load different");
    return 0;
}

}  // namespace rehearse::fuzz
