// The session driven by keys alone, frame by frame against the headless
// context: what a person types lands where they meant it.
#include "app/app_state.hpp"
#include "app/session_screen.hpp"
#include "headless_panels.hpp"
#include "typed_keys.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace rehearse;

TEST_CASE("notes take the keyboard on entering a stage and ten questions typed back to back are all asked",
          "[gui][keyboard]") {
    freshKeyboard();
    AppState app({REHEARSE_SCENARIO_DIR});
    const Scenario* scenario = app.library().find("payment-fraud-detection");
    REQUIRE(scenario);
    app.startSession(*scenario);
    SessionScreen screen;
    screen.reset();
    HeadlessPanels host;
    auto draw = [&] { host.draw(screen, app, MainView::Session); };
    press({"Base"}, draw);  // typed at once: held until the notes have the keyboard
    press({" rate"}, draw);
    idle(3, draw);
    press({"", GLFW_KEY_3, true}, draw);  // Ctrl+3: the ask box
    // Each question typed in one frame and its Enter in the next (ImGui must
    // see Enter up between two presses), with no idle frame in between.
    for (int i = 0; i < 10; ++i) press({"Question number " + std::to_string(i) + "?", GLFW_KEY_ENTER}, draw);
    idle(2, draw);
    const auto& asked = app.session().clarifications();
    INFO("last asked: " << (asked.empty() ? std::string() : asked.back().question));
    REQUIRE(asked.size() == 10);
    for (int i = 0; i < 10; ++i) CHECK(asked[static_cast<std::size_t>(i)].question == "Question number " + std::to_string(i) + "?");
    CHECK(app.session().stageProgress(StageIndex(0)).notes == "Base rate");
}

TEST_CASE("Tab walks notes, the pending probe's answer, the ask box and the canvas", "[gui][keyboard]") {
    freshKeyboard();
    AppState app({REHEARSE_SCENARIO_DIR});
    app.startSession(*app.library().find("payment-fraud-detection"));
    app.rehearsal().dispatch(RaiseFollowUp{FollowUpId("fu-cl-open"), {}});
    SessionScreen screen;
    screen.reset();
    HeadlessPanels host;
    auto draw = [&] { host.draw(screen, app, MainView::Session); };
    idle(4, draw);
    press({"n"}, draw);  // into the notes
    press({"", GLFW_KEY_TAB}, draw);
    idle(3, draw);
    press({"p"}, draw);  // into the probe's answer box
    press({"", GLFW_KEY_TAB}, draw);
    idle(3, draw);
    press({"Is it global?", GLFW_KEY_ENTER}, draw);  // the ask box
    idle(2, draw);
    press({"", GLFW_KEY_TAB, false, true}, draw);  // Shift+Tab: back to the probe's answer
    idle(3, draw);
    press({"ass"}, draw);
    press({"", GLFW_KEY_ENTER, true}, draw);  // Ctrl+Enter sends it
    idle(2, draw);
    press({"", GLFW_KEY_1, true}, draw);  // Ctrl+1: notes again, then leave them
    idle(3, draw);
    press({"", GLFW_KEY_4, true}, draw);  // Ctrl+4: the canvas; the notes let go and are saved
    idle(2, draw);
    CHECK(app.session().stageProgress(StageIndex(0)).notes == "n");
    REQUIRE(app.session().clarifications().size() == 1);
    CHECK(app.session().clarifications()[0].question == "Is it global?");
    REQUIRE(app.session().probes().size() >= 1);
    CHECK(app.session().probes()[0].state == Probe::State::Answered);
    CHECK(app.session().probes()[0].answer == "pass");
}
