#include "app/panel_list.hpp"

#include "app/app_state.hpp"
#include "app/panel_routes.hpp"

namespace rehearse {

void PanelList::draw(AppState& app, SessionPersistence& persistence) {
    pairNetwork.poll(app);  // messages moved both ways first: they can hand the rehearsal to the network
    PanelContext ctx{app, persistence, mainViewFor(app, pairNetwork), *this};
    for (Panel* panel : drawOrder())
        if (panel->shownIn(ctx)) panel->draw(ctx);
}

void PanelList::screenChanged(Screen from, Screen to) {
    // (AppState checkpointed the rehearsal if the session screen was left.)
    if (to == Screen::Session && from != Screen::Session) {
        session.reset();
        hotSeat.reset();  // behind the cover again
    }
}

void LibraryStorageButtons::draw(PanelContext& ctx) { m_notices.drawLibraryButtons(ctx.app, ctx.panels.settings); }

void PairNetworkDialogs::draw(PanelContext& ctx) {
    if (auto choice = ctx.panels.library.takeNetworkPairChoice())
        *choice == LibraryScreen::NetworkPair::Host ? m_network.openHostDialog() : m_network.openJoinDialog();
    m_network.drawDialogs(ctx.app);
}

}  // namespace rehearse
