// Which panel is shown when, written in one place (panel_routes.cpp): the
// main view for the app's screen and its rehearsal, and every panel's
// Panel::shownIn beside the others'.
#pragma once

#include "app/panel.hpp"

namespace rehearse {

class PairNetwork;

// What fills the window for the app's screen. Call after PairNetwork::poll:
// a message can hand the rehearsal to the network or take it back.
MainView mainViewFor(AppState& app, const PairNetwork& pairNetwork);

}  // namespace rehearse
