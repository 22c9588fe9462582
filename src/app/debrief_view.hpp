// The screen after "End interview": hosts the DebriefScreen for the session
// that just ended, with a way back to the library.
#pragma once

#include "app/debrief_screen.hpp"

#include <cstdint>

namespace rehearse {

class AppState;

class DebriefView {
public:
    void draw(AppState& app);

private:
    DebriefScreen m_screen;
    std::uint64_t m_shownRevision = 0;  // Rehearsal::revision() the debrief was built at
};

}  // namespace rehearse
