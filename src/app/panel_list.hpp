// Every panel of the window, owned in one place and drawn in one order.
// The frame asks the list to draw; a panel reaches the others it works with
// through PanelContext::panels. Which are shown when: panel_routes.cpp.
#pragma once

#include "app/debrief_view.hpp"
#include "app/editor_screen.hpp"
#include "app/history_screen.hpp"
#include "app/hot_seat.hpp"
#include "app/library_screen.hpp"
#include "app/pair_network.hpp"
#include "app/panel.hpp"
#include "app/resume_prompt.hpp"
#include "app/session_screen.hpp"
#include "app/settings_window.hpp"
#include "app/shortcut_help.hpp"
#include "app/storage_notices.hpp"

#include <array>

namespace rehearse {

enum class Screen;

// StorageNotices' second part: "History" and "Settings" at the top right of
// the library (the library screen itself knows nothing about storage).
class LibraryStorageButtons final : public Panel {
public:
    explicit LibraryStorageButtons(StorageNotices& notices) : m_notices(notices) {}
    const char* name() const override { return "Library storage buttons"; }
    bool shownIn(const PanelContext& ctx) const override;
    void draw(PanelContext& ctx) override;

private:
    StorageNotices& m_notices;
};

// PairNetwork's second part: the host and join dialogs, over any screen,
// opened by the library's buttons.
class PairNetworkDialogs final : public Panel {
public:
    explicit PairNetworkDialogs(PairNetwork& network) : m_network(network) {}
    const char* name() const override { return "Pair network dialogs"; }
    bool shownIn(const PanelContext& ctx) const override;
    void draw(PanelContext& ctx) override;

private:
    PairNetwork& m_network;
};

class PanelList {
public:
    // They outlive the window (run_gui.cpp closes it first): a panel's
    // offscreen pictures then only forget their GL objects. The two parts
    // drawn for another panel come last: they hold a reference to it.
    HistoryScreen history;
    SettingsWindow settings;
    ResumePrompt resumePrompt;
    StorageNotices storageNotices;
    LibraryScreen library;
    SessionScreen session;
    DebriefView debrief;
    HotSeat hotSeat;
    PairNetwork pairNetwork;  // pair practice on two machines: the channel wakes the loop
    EditorScreen editor;
    ShortcutHelp shortcutHelp;
    LibraryStorageButtons libraryStorageButtons{storageNotices};
    PairNetworkDialogs pairNetworkDialogs{pairNetwork};

    // Draw order: the one panel that fills the window, then what is drawn
    // over it (buttons, dialogs, popups; a popup opened later is on top).
    std::array<Panel*, 13> drawOrder() {
        return {&library, &session, &hotSeat, &pairNetwork, &debrief, &history, &editor,
                &libraryStorageButtons, &pairNetworkDialogs, &settings, &resumePrompt, &storageNotices,
                &shortcutHelp};
    }

    // One frame's panels, inside the window's full-size ImGui window.
    void draw(AppState& app, SessionPersistence& persistence);
    // The app moved from one screen to another (after the frame that moved it).
    void screenChanged(Screen from, Screen to);
};

}  // namespace rehearse
