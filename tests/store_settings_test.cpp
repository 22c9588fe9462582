// Settings persist in $XDG_CONFIG_HOME/rehearse/settings.json; a bad file
// never stops the app and is kept aside; a newer version's keys survive.
#include "core/store/safe_file.hpp"
#include "core/store/settings.hpp"
#include "core/store/xdg_paths.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace rehearse;
using namespace rehearse::test;

TEST_CASE("no settings file gives the defaults, silently", "[store][settings]") {
    TempHome home;
    SettingsLoadResult loaded = loadSettings(settingsPath());
    CHECK(loaded.settings == Settings{});
    CHECK(loaded.problem.empty());
}

TEST_CASE("settings saved are settings loaded", "[store][settings]") {
    TempHome home;
    Settings s;
    s.theme = "dark";
    s.fontSize = 18;
    s.probePacingSeconds = 45;
    s.autosave = false;
    s.liveCoverage = true;
    s.board = "light";
    s.exportFolder = "/home/someone/Exports";
    s.frameTimeOverlay = true;
    std::string error;
    REQUIRE(saveSettings(settingsPath(), s, error));
    CHECK(exists(home.path() + "/config/rehearse/settings.json"));
    SettingsLoadResult loaded = loadSettings(settingsPath());
    CHECK(loaded.settings == s);
    CHECK(loaded.problem.empty());
}

TEST_CASE("bad values are clamped or ignored one by one, with a message", "[store][settings]") {
    TempHome home;
    makeDirs(configDirectory());
    writeAll(settingsPath(), R"({"theme": "neon", "font_size": 99, "probe_pacing_seconds": -5, "autosave": "yes",
                                  "live_coverage": 1, "board": "blue", "export_folder": 7,
                                  "frame_time_overlay": "on"})");
    SettingsLoadResult loaded = loadSettings(settingsPath());
    CHECK(loaded.settings.theme == "light");
    CHECK(loaded.settings.fontSize == 24);
    CHECK(loaded.settings.probePacingSeconds == 0);
    CHECK(loaded.settings.autosave);
    CHECK_FALSE(loaded.settings.liveCoverage);
    CHECK_THAT(loaded.problem, Catch::Contains("'theme'"));
    CHECK_THAT(loaded.problem, Catch::Contains("'live_coverage'"));
    CHECK_THAT(loaded.problem, Catch::Contains("'autosave'"));
    CHECK(loaded.settings.board == "theme");
    CHECK(loaded.settings.exportFolder.empty());
    CHECK_THAT(loaded.problem, Catch::Contains("'board'"));
    CHECK_THAT(loaded.problem, Catch::Contains("'export_folder'"));
    CHECK_FALSE(loaded.settings.frameTimeOverlay);
    CHECK_THAT(loaded.problem, Catch::Contains("'frame_time_overlay'"));
}

TEST_CASE("the canvas board follows the theme unless chosen", "[store][settings]") {
    Settings s;
    CHECK_FALSE(s.darkBoard());
    s.theme = "dark";
    CHECK(s.darkBoard());
    s.board = "light";
    CHECK_FALSE(s.darkBoard());
    s.theme = "light";
    s.board = "dark";
    CHECK(s.darkBoard());
}

TEST_CASE("a damaged settings file is moved aside, never overwritten", "[store][settings]") {
    TempHome home;
    makeDirs(configDirectory());
    writeAll(settingsPath(), "{ \"theme\": \"dark\", oops");
    SettingsLoadResult loaded = loadSettings(settingsPath());
    CHECK(loaded.settings == Settings{});
    CHECK_THAT(loaded.problem, Catch::Contains("is damaged"));
    REQUIRE_FALSE(loaded.movedAsideTo.empty());
    CHECK_THAT(loaded.movedAsideTo, Catch::Contains("settings.json.corrupt-"));
    CHECK(readAll(loaded.movedAsideTo) == "{ \"theme\": \"dark\", oops");
    CHECK_FALSE(exists(settingsPath()));
}

TEST_CASE("keys of a newer version survive a save", "[store][settings]") {
    TempHome home;
    makeDirs(configDirectory());
    writeAll(settingsPath(), R"({"settings_format": 3, "theme": "dark", "voice": "calm"})");
    SettingsLoadResult loaded = loadSettings(settingsPath());
    CHECK(loaded.settings.theme == "dark");
    Settings s = loaded.settings;
    s.fontSize = 17;
    std::string error;
    REQUIRE(saveSettings(settingsPath(), s, error));
    auto j = nlohmann::json::parse(readAll(settingsPath()));
    CHECK(j["voice"] == "calm");
    CHECK(j["settings_format"] == 3);
    CHECK(j["font_size"] == 17);
}

TEST_CASE("an atomic write leaves no temporary file and replaces the old content", "[store][settings]") {
    TempHome home;
    std::string path = home.path() + "/file.txt";
    std::string error;
    REQUIRE(writeFileAtomically(path, "one", error));
    REQUIRE(writeFileAtomically(path, "two", error));
    CHECK(readAll(path) == "two");
    CHECK(filesStartingWith(home.path(), "file.txt.tmp").empty());
    CHECK_FALSE(writeFileAtomically(home.path() + "/no/such/dir/file", "x", error));
    CHECK_THAT(error, Catch::Contains("cannot write"));
}
