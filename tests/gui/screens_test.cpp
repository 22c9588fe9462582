// Every screen of every shipped scenario, drawn against an ImGui context with
// no window and no GL (as ImGui's example_null does): the library, each stage
// of a session with notes, questions, probes and a canvas, and the debrief.
// It catches crashes and broken widget state (unbalanced Push/Pop, bad ids)
// on content nobody has clicked through by hand.
#include "app/app_state.hpp"
#include "app/debrief_view.hpp"
#include "app/library_screen.hpp"
#include "app/session_screen.hpp"
#include "headless_imgui.hpp"
#include "headless_panels.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

using namespace rehearse;

TEST_CASE("every screen of every shipped scenario renders", "[gui]") {
    headlessImGui();
    AppState app({REHEARSE_SCENARIO_DIR});
    REQUIRE(app.library().scenarios().size() >= 14);

    HeadlessPanels host;
    LibraryScreen library;
    CHECK(frame([&] { host.draw(library, app, MainView::Library); }) > 1000);

    for (const Scenario& scenario : app.library().scenarios()) {
        INFO(scenario.id);
        app.startSession(scenario);
        SessionScreen sessionScreen;
        sessionScreen.reset();
        for (std::size_t stage = 0; stage < app.session().stageCount(); ++stage) {
            app.rehearsal().dispatch(GoToStage{StageIndex(stage)});
            app.rehearsal().dispatch(SetNotes{StageIndex(stage), "We should look at accuracy, precision and recall at a fixed threshold."});
            REQUIRE(app.rehearsal().ask("How many users and requests per second are there?"));
            for (const FollowUp& followUp : scenario.stages[stage].followUps)
                app.rehearsal().dispatch(RaiseFollowUp{followUp.id, {}});
            // A few frames: layout settles over more than one.
            for (int i = 0; i < 3; ++i) CHECK(frame([&] { host.draw(sessionScreen, app, MainView::Session); }) > 1000);
        }
        CHECK(app.session().probes().size() >= 4 * app.session().stageCount());
        app.finishSession();
        REQUIRE(app.screen() == Screen::Debrief);
        DebriefView debrief;
        for (int i = 0; i < 2; ++i) CHECK(frame([&] { host.draw(debrief, app, MainView::Debrief); }) > 1000);
    }
}
