#include "app/debrief_view.hpp"

#include "app/app_state.hpp"
#include "app/widget_handles.hpp"

namespace rehearse {

void DebriefView::draw(PanelContext& ctx) {
    AppState& app = ctx.app;
    if (!app.hasSession()) {
        app.showLibrary();
        return;
    }
    if (ImGui::SmallButton("< Library")) app.showLibrary();
    widget_handles::nameButton("debrief.library", "< Library");
    Rehearsal& rehearsal = app.rehearsal();
    m_screen.onSelfAssessmentChanged = [&rehearsal](const SelfAssessment& assessment) {
        rehearsal.dispatch(SetSelfAssessment{assessment});
    };
    // Rebuilt only when the rehearsal changed; the self-assessment lives in
    // the session (an action), so a rebuild after rating keeps the ratings.
    if (!m_screen.hasDebrief() || rehearsal.revision() != m_shownRevision) {
        m_screen.showSession(rehearsal.session());
        m_shownRevision = rehearsal.revision();
    }
    m_screen.draw();
}

}  // namespace rehearse
