// Where Rehearse keeps its files, per the XDG base directory spec: sessions
// in $XDG_DATA_HOME/rehearse (default ~/.local/share/rehearse), settings and
// ImGui's layout in $XDG_CONFIG_HOME/rehearse (default ~/.config/rehearse).
// Never the working directory.
#pragma once

#include <string>

namespace rehearse {

std::string homeDirectory();    // $HOME, else the password database's, else /tmp
std::string dataDirectory();    // ".../rehearse", not created
std::string configDirectory();  // ".../rehearse", not created

std::string sessionDatabasePath();  // dataDirectory() + "/sessions.db"
std::string settingsPath();         // configDirectory() + "/settings.json"
std::string imguiIniPath();         // configDirectory() + "/imgui.ini"
// The user's Documents folder as xdg-user-dirs defines it: $XDG_DOCUMENTS_DIR
// when set to an absolute path, else its line in
// $XDG_CONFIG_HOME/user-dirs.dirs (XDG_DOCUMENTS_DIR="$HOME/Papers"), else
// ~/Documents. Empty when the user has none: the folder does not exist, or
// user-dirs.dirs sets it to $HOME itself (xdg-user-dirs' "disabled").
std::string documentsDirectory();
// Where exported reports go by default: documentsDirectory() + "/Rehearse"
// when the user has a Documents folder, else ~/Rehearse; never a hidden
// data folder. Not created.
std::string exportDirectory();

// Creates `path` and its parents (mode 0700: rehearsals are private).
// Returns false and says why in `error` when it cannot.
bool ensureDirectory(const std::string& path, std::string& error);

}  // namespace rehearse
