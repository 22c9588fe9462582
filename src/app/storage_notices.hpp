// What the user must know about storage, and the way into history and
// settings from the library:
//   - "History" and "Settings" buttons at the top right of the library;
//   - a dialog for one-time notices (database damaged and kept aside,
//     settings file reset, a session reopened on an older scenario, ...);
//   - while writes fail (disk full, read-only), a banner over every screen
//     saying how much is unsaved.
#pragma once

namespace rehearse {

class AppState;
class SettingsWindow;

class StorageNotices {
public:
    void drawLibraryButtons(AppState& app, SettingsWindow& settings);
    void draw(AppState& app);
};

}  // namespace rehearse
