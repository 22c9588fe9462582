// The library driven by keys alone, frame by frame against the headless
// context: typing filters and selects the best match, arrows move, Enter starts.
#include "app/app_state.hpp"
#include "app/library_screen.hpp"
#include "headless_panels.hpp"
#include "typed_keys.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

TEST_CASE("typing in the library selects the best match and Enter starts it", "[gui][keyboard]") {
    freshKeyboard();
    AppState app({REHEARSE_SCENARIO_DIR});
    LibraryScreen library;
    HeadlessPanels host;
    auto draw = [&] { host.draw(library, app, MainView::Library); };
    // Typed on the very first frames, before the filter box has the keyboard.
    press({"fra"}, draw);
    press({"ud"}, draw);
    idle(3, draw);
    CHECK(app.selectedScenarioId == "payment-fraud-detection");
    press({"", GLFW_KEY_ENTER}, draw);
    REQUIRE(app.screen() == Screen::Session);
    CHECK(app.session().scenario().id == "payment-fraud-detection");
}

TEST_CASE("arrows move the library selection through what the filter shows", "[gui][keyboard]") {
    freshKeyboard();
    AppState app({REHEARSE_SCENARIO_DIR});
    LibraryScreen library;
    HeadlessPanels host;
    auto draw = [&] { host.draw(library, app, MainView::Library); };
    press({"ranking"}, draw);  // titles first: News feed ranking, Search ranking; then tags
    idle(3, draw);
    CHECK(app.selectedScenarioId == "news-feed-ranking");
    press({"", GLFW_KEY_DOWN}, draw);
    idle(1, draw);
    CHECK(app.selectedScenarioId == "search-ranking");
    press({"", GLFW_KEY_UP}, draw);
    idle(1, draw);
    CHECK(app.selectedScenarioId == "news-feed-ranking");
}
