// Which panels the frame draws for each screen: one fills the window, and a
// pair rehearsal on one screen goes through the hot seat, whose cover keeps
// the interviewer's console from the candidate.
#include "app/app_state.hpp"
#include "app/panel_routes.hpp"
#include "headless_panels.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace rehearse;

namespace {

std::set<std::string> shownPanels(HeadlessPanels& host, AppState& app) {
    PanelContext ctx{app, host.persistence, mainViewFor(app, host.panels.pairNetwork), host.panels};
    std::set<std::string> names;
    for (Panel* panel : host.panels.drawOrder())
        if (panel->shownIn(ctx)) names.insert(panel->name());
    return names;
}

// Shown over every screen: each draws only once it is asked to open.
std::set<std::string> withOverlays(std::set<std::string> names) {
    names.insert({"Pair network dialogs", "Settings", "Storage notices", "Keyboard shortcuts"});
    return names;
}

}  // namespace

TEST_CASE("each screen is drawn by one panel and the library alone has the history and settings buttons",
          "[gui][panels]") {
    AppState app({REHEARSE_SCENARIO_DIR});
    HeadlessPanels host;
    const Scenario* scenario = app.library().find("spam-email-detection");
    REQUIRE(scenario);

    CHECK(shownPanels(host, app) == withOverlays({"Library", "Library storage buttons", "Resume prompt"}));

    app.startSession(*scenario);
    CHECK(shownPanels(host, app) == withOverlays({"Session"}));
    app.finishSession();
    REQUIRE(app.screen() == Screen::Debrief);
    CHECK(shownPanels(host, app) == withOverlays({"Debrief"}));

    app.showHistory();
    CHECK(shownPanels(host, app) == withOverlays({"History"}));
    app.openEditor(scenario->id);
    CHECK(shownPanels(host, app) == withOverlays({"Scenario editor"}));
}

TEST_CASE("a pair rehearsal on one screen is drawn by the hot seat, session and debrief", "[gui][panels]") {
    AppState app({REHEARSE_SCENARIO_DIR});
    HeadlessPanels host;
    const Scenario* scenario = app.library().find("spam-email-detection");
    REQUIRE(scenario);
    app.startPairSession(*scenario, std::nullopt, StartPair{"Ada", "Grace"});
    REQUIRE(app.screen() == Screen::Session);
    CHECK(mainViewFor(app, host.panels.pairNetwork) == MainView::HotSeatSession);
    CHECK(shownPanels(host, app) == withOverlays({"Hot seat"}));
    app.finishSession();
    REQUIRE(app.screen() == Screen::Debrief);
    CHECK(mainViewFor(app, host.panels.pairNetwork) == MainView::HotSeatDebrief);
    CHECK(shownPanels(host, app) == withOverlays({"Hot seat"}));
}

TEST_CASE("every panel in the draw order is there once, under a name of its own", "[gui][panels]") {
    HeadlessPanels host;
    std::set<const Panel*> panels;
    std::set<std::string> names;
    for (Panel* panel : host.panels.drawOrder()) {
        panels.insert(panel);
        names.insert(panel->name());
    }
    CHECK(panels.size() == host.panels.drawOrder().size());
    CHECK(names.size() == host.panels.drawOrder().size());
}
