// The screen after "End interview": hosts the DebriefScreen for the session
// that just ended, with a way back to the library.
#pragma once

#include "app/debrief_screen.hpp"

namespace rehearse {

class AppState;

class DebriefView {
public:
    void draw(AppState& app);

private:
    DebriefScreen m_screen;
};

}  // namespace rehearse
