// One shape for everything the frame draws: a panel has a name, says
// whether it is shown this frame, and draws from one context. The frame
// draws the panels of PanelList (panel_list.hpp) in order; which panel is
// shown when is decided in one place, panel_routes.cpp.
#pragma once

namespace rehearse {

class AppState;
class SessionPersistence;
class PanelList;

// What fills the window this frame: one panel draws it. A rehearsal is
// drawn by one of three panels, by who takes part and where
// (mainViewFor in panel_routes.cpp).
enum class MainView {
    Library,
    Session,             // solo: the app is the interviewer
    HotSeatSession,      // pair practice on this screen
    NetworkPairSession,  // pair practice on two machines
    Debrief,
    HotSeatDebrief,
    NetworkPairDebrief,
    History,
    Editor,
};

struct PanelContext {
    AppState& app;
    SessionPersistence& persistence;
    // Decided once per frame, before any panel draws.
    MainView view;
    // The others, for panels that work with one: history and the library's
    // buttons open the settings; the hot seat and the network pair draw the
    // candidate's session screen and the debrief inside their own.
    PanelList& panels;
};

class Panel {
public:
    virtual ~Panel() = default;
    virtual const char* name() const = 0;
    // Whether the panel draws this frame. Every panel's answer is written in
    // panel_routes.cpp, beside the others', so the rules read together.
    virtual bool shownIn(const PanelContext& ctx) const = 0;
    virtual void draw(PanelContext& ctx) = 0;
};

}  // namespace rehearse
