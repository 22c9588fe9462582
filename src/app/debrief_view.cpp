#include "app/debrief_view.hpp"

#include "app/app_state.hpp"

namespace rehearse {

void DebriefView::draw(AppState& app) {
    if (!app.hasSession()) {
        app.showLibrary();
        return;
    }
    if (ImGui::SmallButton("< Library")) app.showLibrary();
    m_screen.onSelfAssessmentChanged = [&app](const SelfAssessment& assessment) {
        app.dispatch(SetSelfAssessment{assessment});
    };
    // Rebuilt only when the session changes.
    m_screen.showSession(app.session());
    m_screen.draw();
}

}  // namespace rehearse
