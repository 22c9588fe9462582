// The panels' context as the window's frame gives it, with nothing stored
// and no settings read, so a test draws one panel against the headless
// ImGui context (headless_imgui.hpp).
#pragma once

#include "app/panel_list.hpp"
#include "app/session_persistence.hpp"

namespace rehearse {

struct HeadlessPanels {
    SessionPersistence persistence{PersistenceOptions{false, false}};
    PanelList panels;

    // One panel's draw, with `view` filling the window this frame.
    void draw(Panel& panel, AppState& app, MainView view) {
        PanelContext ctx{app, persistence, view, panels};
        panel.draw(ctx);
    }
};

}  // namespace rehearse
