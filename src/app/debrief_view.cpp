#include "app/debrief_view.hpp"

#include "app/app_state.hpp"

namespace rehearse {

void DebriefView::draw(AppState& app) {
    if (!app.hasSession()) {
        app.showLibrary();
        return;
    }
    if (ImGui::SmallButton("< Library")) app.showLibrary();
    // Built once per session; later frames keep the user's self-assessment.
    m_screen.showSession(app.session());
    m_screen.draw();
}

}  // namespace rehearse
