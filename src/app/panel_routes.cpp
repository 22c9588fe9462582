#include "app/panel_routes.hpp"

#include "app/app_state.hpp"
#include "app/panel_list.hpp"

namespace rehearse {

MainView mainViewFor(AppState& app, const PairNetwork& pairNetwork) {
    switch (app.screen()) {
        case Screen::Library: return MainView::Library;
        case Screen::Session:
            // A pair session over the network: each machine shows only its
            // own part. On one machine the hot seat takes turns with a cover.
            if (pairNetwork.ownsRehearsal(app)) return MainView::NetworkPairSession;
            if (app.session().isPair()) return MainView::HotSeatSession;
            return MainView::Session;
        case Screen::Debrief:
            // Pair practice scores first (interviewer, then the candidate blind).
            if (pairNetwork.ownsRehearsal(app)) return MainView::NetworkPairDebrief;
            // One side's copy reopened from the history: its own debrief, with
            // the scorecards as they were kept; nobody to hand the screen to.
            if (app.hasSession() && app.session().isPair() && !app.session().isOneSidesCopy())
                return MainView::HotSeatDebrief;
            return MainView::Debrief;
        case Screen::History: return MainView::History;
        case Screen::Editor: return MainView::Editor;
    }
    return MainView::Library;
}

// --- the main view: exactly one of these for each MainView -------------------

bool LibraryScreen::shownIn(const PanelContext& ctx) const { return ctx.view == MainView::Library; }
bool SessionScreen::shownIn(const PanelContext& ctx) const { return ctx.view == MainView::Session; }
bool HotSeat::shownIn(const PanelContext& ctx) const {
    return ctx.view == MainView::HotSeatSession || ctx.view == MainView::HotSeatDebrief;
}
bool PairNetwork::shownIn(const PanelContext& ctx) const {
    return ctx.view == MainView::NetworkPairSession || ctx.view == MainView::NetworkPairDebrief;
}
bool DebriefView::shownIn(const PanelContext& ctx) const { return ctx.view == MainView::Debrief; }
bool HistoryScreen::shownIn(const PanelContext& ctx) const { return ctx.view == MainView::History; }
bool EditorScreen::shownIn(const PanelContext& ctx) const { return ctx.view == MainView::Editor; }

// --- over it -------------------------------------------------------------------

// "History" and "Settings" belong to the library alone: every other screen
// has its own way back.
bool LibraryStorageButtons::shownIn(const PanelContext& ctx) const { return ctx.view == MainView::Library; }
// Offered at start-up over the library; it waits while a storage notice is up.
bool ResumePrompt::shownIn(const PanelContext& ctx) const { return ctx.view == MainView::Library; }
// Dialogs and popups over any screen: each opens when asked (a button, F1,
// a notice from the store) and draws nothing otherwise.
bool PairNetworkDialogs::shownIn(const PanelContext&) const { return true; }
bool SettingsWindow::shownIn(const PanelContext&) const { return true; }
bool StorageNotices::shownIn(const PanelContext&) const { return true; }
bool ShortcutHelp::shownIn(const PanelContext&) const { return true; }

}  // namespace rehearse
