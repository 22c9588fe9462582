// The canvas's History list sizes itself to its longest step label; with a
// long history that is hundreds of labels, measured only when the history
// changes, not in every frame the list is open.
#include "app/canvas_history_panel.hpp"
#include "headless_imgui.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

TEST_CASE("the canvas history list measures its labels once per change of the history, not per frame",
          "[gui][canvas]") {
    headlessImGui();
    CanvasEditor history;
    for (int i = 0; i < 200; ++i) {
        CanvasItem block;
        block.kind = ItemKind::Model;
        block.x = 200.0 * i;
        block.w = 160;
        block.h = 80;
        history.apply(AddItems{{block}});
    }
    REQUIRE(history.historySteps() == 200);

    CanvasHistoryPanel panel;
    panel.open(ImVec2(100, 800));
    for (int i = 0; i < 10; ++i) frame([&] { panel.draw(history, "canvas"); });
    CHECK(panel.labelsMeasured() == 201);  // the 200 steps and "Start", once

    // Undo changes the board: measured again, once.
    history.undo();
    for (int i = 0; i < 10; ++i) frame([&] { panel.draw(history, "canvas"); });
    CHECK(panel.labelsMeasured() == 2 * 201);
}
