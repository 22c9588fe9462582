// The screen after "End interview": hosts the DebriefScreen for the session
// that just ended, with a way back to the library.
#pragma once

#include "app/debrief_screen.hpp"
#include "app/panel.hpp"

#include <cstdint>

namespace rehearse {

class AppState;

class DebriefView final : public Panel {
public:
    const char* name() const override { return "Debrief"; }
    bool shownIn(const PanelContext& ctx) const override;
    void draw(PanelContext& ctx) override;

private:
    DebriefScreen m_screen;
    std::uint64_t m_shownRevision = 0;  // Rehearsal::revision() the debrief was built at
};

}  // namespace rehearse
