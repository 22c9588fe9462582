// What the user must know about storage, and the way into history and
// settings from the library:
//   - "History" and "Settings" buttons at the top right of the library;
//   - a dialog for one-time notices (database damaged and kept aside,
//     settings file reset, a session reopened on an older scenario, ...);
//   - while writes fail (disk full, read-only), a banner over every screen
//     saying how much is unsaved.
#pragma once

#include "app/panel.hpp"

namespace rehearse {

class AppState;
class SettingsWindow;

// The Panel is the dialog and the banner; the library's buttons are drawn by
// LibraryStorageButtons (panel_list.hpp).
class StorageNotices final : public Panel {
public:
    const char* name() const override { return "Storage notices"; }
    bool shownIn(const PanelContext& ctx) const override;
    void draw(PanelContext& ctx) override;
    void drawLibraryButtons(AppState& app, SettingsWindow& settings);
};

}  // namespace rehearse
