// The tool state machine driven like the view drives it: pointer and key
// events in world units, commands applied to an editor after each event.
#include "core/canvas/canvas_clipboard.hpp"
#include "core/canvas/canvas_editor.hpp"
#include "core/canvas/canvas_tool.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

// The session's role: apply what the tool says, before the next event.
struct Harness {
    CanvasEditor editor;
    CanvasTool tool;
    std::vector<CanvasCommand> log;

    template <typename F>
    void event(F&& f) {
        std::vector<CanvasCommand> out;
        ToolContext ctx(editor.document(), out, "data", 1.0);
        f(ctx);
        for (const CanvasCommand& c : out) {
            editor.apply(c);
            log.push_back(c);
        }
    }
    void down(Vec2 p, Modifiers m = {}, int clicks = 1) { event([&](ToolContext& c) { tool.pointerDown(c, p, m, clicks); }); }
    void move(Vec2 p, Modifiers m = {}) { event([&](ToolContext& c) { tool.pointerMove(c, p, m); }); }
    void up(Vec2 p, Modifiers m = {}) { event([&](ToolContext& c) { tool.pointerUp(c, p, m); }); }
    void drag(Vec2 from, Vec2 to, Modifiers m = {}, int steps = 10) {
        down(from, m);
        for (int i = 1; i <= steps; ++i) move(from + (to - from) * (double(i) / steps), m);
        up(to, m);
    }
    void click(Vec2 p, Modifiers m = {}) {
        down(p, m);
        up(p, m);
    }
    void key(CanvasKey k, Modifiers m = {}) { event([&](ToolContext& c) { tool.keyDown(c, k, m); }); }
    void commitLabel(const std::string& text, std::optional<Vec2> fitted = std::nullopt) {
        event([&](ToolContext& c) { tool.commitLabelEdit(c, text, fitted); });
    }
    const CanvasDocument& doc() const { return editor.document(); }
    const CanvasItem& item(uint64_t id) const { return *doc().find(ItemId{id}); }
    void place(ItemKind kind, Vec2 at) {
        tool.setTool(kind == ItemKind::Note ? ToolKind::Note : ToolKind::Block, kind);
        click(at);
        tool.cancelLabelEdit();
    }
};

}  // namespace

TEST_CASE("a click with a block tool places the default size on the grid and edits its label", "[canvas][tool]") {
    Harness h;
    h.tool.setTool(ToolKind::Block, ItemKind::FeatureStore);
    h.click({205, 103});
    REQUIRE(h.doc().size() == 1);
    const CanvasItem& fs = h.item(1);
    CHECK(fs.kind == ItemKind::FeatureStore);
    CHECK(fs.x == 120);  // 205 - 80 = 125 -> 120 on the 20-unit grid
    CHECK(fs.y == 60);   // 103 - 40 = 63 -> 60
    CHECK(fs.w == 160);
    CHECK(fs.h == 80);
    CHECK(fs.label == "Feature store");
    CHECK(fs.stage == "data");
    CHECK(h.tool.selection() == std::vector<ItemId>{ItemId{1}});
    REQUIRE(h.tool.labelEdit());
    CHECK(h.tool.labelEdit()->id == ItemId{1});
    CHECK(h.tool.tool() == ToolKind::Select);  // back to select, as in Excalidraw

    h.commitLabel("Online features");
    CHECK(h.item(1).label == "Online features");
    CHECK(h.editor.undoDepth() == 2);
}

TEST_CASE("dragging out a box gives it the dragged size", "[canvas][tool]") {
    Harness h;
    h.tool.setTool(ToolKind::Block, ItemKind::Box);
    h.drag({0, 0}, {301, 139});
    REQUIRE(h.doc().size() == 1);
    CHECK(h.item(1).bounds() == Rect{0, 0, 300, 140});
    CHECK(h.item(1).label.empty());
}

TEST_CASE("a whole drag is one history entry and moves the selection on the grid", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::Box, {80, 40});   // 0,0 .. 160,80
    h.place(ItemKind::Model, {480, 40});  // 400,0
    h.tool.select({ItemId{1}, ItemId{2}});
    const size_t depth = h.editor.undoDepth();
    h.drag({50, 50}, {50 + 93, 50 + 47}, {}, 25);
    CHECK(h.item(1).x == 100);  // 93 snaps to 100
    CHECK(h.item(1).y == 40);
    CHECK(h.item(2).x == 500);
    CHECK(h.editor.undoDepth() == depth + 1);
    h.editor.undo();
    CHECK(h.item(1).x == 0);
    CHECK(h.item(2).x == 400);
}

TEST_CASE("alt drags without snapping", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::Box, {80, 40});
    h.drag({50, 50}, {57, 53}, Modifiers{false, false, true});
    CHECK(h.item(1).x == 7);
    CHECK(h.item(1).y == 3);
}

TEST_CASE("click, shift-click and rubber band selection", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::Box, {80, 40});
    h.place(ItemKind::Box, {480, 40});
    h.place(ItemKind::Box, {880, 40});
    h.click({1000, 1000});  // empty canvas clears
    CHECK(h.tool.selection().empty());
    h.click({10, 10});
    CHECK(h.tool.selection() == std::vector<ItemId>{ItemId{1}});
    h.click({410, 10}, Modifiers{true});
    CHECK(h.tool.selection() == std::vector<ItemId>{ItemId{1}, ItemId{2}});
    h.click({10, 10}, Modifiers{true});  // shift-click toggles off
    CHECK(h.tool.selection() == std::vector<ItemId>{ItemId{2}});

    // A band from empty canvas around the first two (the third only partly).
    h.drag({-20, -20}, {600, 100});
    CHECK(h.tool.selection() == std::vector<ItemId>{ItemId{1}, ItemId{2}});
    CHECK(h.doc().items()[0].x == 0);  // a band moves nothing
    h.drag({-20, -20}, {950, 100});
    CHECK(h.tool.selection().size() == 2);  // the third sticks out to 1040
    h.drag({700, -20}, {1100, 100}, Modifiers{true});  // shift adds
    CHECK(h.tool.selection().size() == 3);
}

TEST_CASE("clicking one of several selected items selects just it, while dragging keeps all", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::Box, {80, 40});
    h.place(ItemKind::Box, {480, 40});
    h.tool.select({ItemId{1}, ItemId{2}});
    h.drag({10, 10}, {50, 10});
    CHECK(h.tool.selection().size() == 2);
    h.click({50, 10});
    CHECK(h.tool.selection() == std::vector<ItemId>{ItemId{1}});
}

TEST_CASE("resizing by a corner handle is one entry", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::Note, {90, 70});  // 0,0 180x140
    h.tool.select({ItemId{1}});
    const size_t depth = h.editor.undoDepth();
    h.drag({180, 140}, {243, 301});
    CHECK(h.item(1).bounds() == Rect{0, 0, 240, 300});
    CHECK(h.editor.undoDepth() == depth + 1);
    // The top-left corner: the bottom-right stays put.
    h.drag({0, 0}, {100, 40});
    CHECK(h.item(1).bounds() == Rect{100, 40, 240, 300});
}

TEST_CASE("arrows attach to the items they start and end on, and follow them", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::DataSource, {80, 40});
    h.place(ItemKind::Model, {480, 40});
    h.tool.setTool(ToolKind::Arrow);
    h.drag({80, 40}, {470, 50});
    REQUIRE(h.doc().size() == 3);
    const CanvasItem& arrow = h.item(3);
    CHECK(arrow.kind == ItemKind::Arrow);
    CHECK(arrow.from == ItemId{1});
    CHECK(arrow.to == ItemId{2});
    CHECK(h.tool.selection() == std::vector<ItemId>{ItemId{3}});

    h.tool.select({ItemId{2}});
    h.drag({480, 40}, {480, 440});
    const auto ends = h.doc().arrowEnds(h.item(3));
    CHECK(ends.second.y > 300);  // the end went down with the model

    // Too short an arrow on empty canvas is not created.
    h.tool.setTool(ToolKind::Arrow);
    h.drag({1000, 1000}, {1002, 1001});
    CHECK(h.doc().size() == 3);
}

TEST_CASE("dragging an arrow's end reconnects it, in one entry", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::Box, {80, 40});
    h.place(ItemKind::Box, {480, 40});
    h.place(ItemKind::Box, {480, 440});
    h.tool.setTool(ToolKind::Arrow);
    h.drag({80, 40}, {480, 40});
    h.tool.select({ItemId{4}});
    const auto ends = h.doc().arrowEnds(h.item(4));
    const size_t depth = h.editor.undoDepth();
    h.drag(ends.second, {470, 430});
    CHECK(h.item(4).to == ItemId{3});
    CHECK(h.editor.undoDepth() == depth + 1);
    h.editor.undo();
    CHECK(h.item(4).to == ItemId{2});
}

TEST_CASE("the pen draws a stroke normalised to its bounds", "[canvas][tool]") {
    Harness h;
    h.tool.setTool(ToolKind::Pen);
    h.down({0, 0});
    for (int i = 1; i <= 50; ++i) h.move({double(i) * 2, (i % 10) * 3.0});
    h.up({100, 0});
    REQUIRE(h.doc().size() == 1);
    const CanvasItem& stroke = h.item(1);
    CHECK(stroke.kind == ItemKind::Pen);
    CHECK(stroke.x == 0);
    CHECK(stroke.w == 100);
    CHECK(stroke.points.size() >= 2);
    for (const Vec2& p : stroke.points) {
        CHECK(p.x >= 0);
        CHECK(p.x <= 1);
        CHECK(p.y >= 0);
        CHECK(p.y <= 1);
    }
    CHECK(h.tool.tool() == ToolKind::Pen);  // strokes come in runs
}

TEST_CASE("text is created when its typing is committed, never empty", "[canvas][tool]") {
    Harness h;
    h.tool.setTool(ToolKind::Text);
    h.click({100, 100});
    CHECK(h.doc().empty());
    REQUIRE(h.tool.labelEdit());
    h.commitLabel("   ");
    CHECK(h.doc().empty());

    h.down({300, 300}, {}, 1);
    h.up({300, 300});
    h.down({300, 300}, {}, 2);  // double click on empty canvas: text too
    h.up({300, 300});
    REQUIRE(h.tool.labelEdit());
    h.commitLabel("label delay ~ 2 days", Vec2{180, 28});
    REQUIRE(h.doc().size() == 1);
    CHECK(h.item(1).kind == ItemKind::Text);
    CHECK(h.item(1).label == "label delay ~ 2 days");
    CHECK(h.item(1).w == 180);
}

TEST_CASE("double click edits a label in place, and emptying the text deletes it", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::Box, {80, 40});
    h.click({10, 10});
    h.down({10, 10}, {}, 2);
    h.up({10, 10});
    REQUIRE(h.tool.labelEdit());
    CHECK(h.tool.labelEdit()->id == ItemId{1});
    h.commitLabel("Candidate generation");
    CHECK(h.item(1).label == "Candidate generation");

    // A text item whose text is deleted goes away with it.
    h.tool.setTool(ToolKind::Text);
    h.click({600, 600});
    h.commitLabel("scratch", Vec2{80, 28});
    const ItemId text = h.tool.selection().at(0);
    h.event([&](ToolContext& c) { h.tool.beginLabelEdit(c.doc, text); });
    h.commitLabel("");
    CHECK_FALSE(h.doc().find(text));
}

TEST_CASE("keys: delete, duplicate, select all, z order, tools, escape", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::Box, {80, 40});
    h.place(ItemKind::Cache, {80, 60});
    h.tool.select({ItemId{1}});
    h.key(CanvasKey::D, Modifiers{false, true});
    REQUIRE(h.doc().size() == 3);
    CHECK(h.item(3).x == 20);
    CHECK(h.tool.selection() == std::vector<ItemId>{ItemId{3}});
    h.key(CanvasKey::BracketLeft, Modifiers{true, true});  // to the back
    CHECK(h.doc().items()[0].id == ItemId{3});
    h.key(CanvasKey::Right, Modifiers{true});  // shift: a grid step, no modifier needed
    CHECK(h.item(3).x == 40);
    h.key(CanvasKey::Delete);
    CHECK(h.doc().size() == 2);
    h.key(CanvasKey::A, Modifiers{false, true});
    CHECK(h.tool.selection().size() == 2);
    h.key(CanvasKey::Escape);
    CHECK(h.tool.selection().empty());
    h.key(CanvasKey::N);
    CHECK(h.tool.tool() == ToolKind::Note);
    h.key(CanvasKey::Escape);
    CHECK(h.tool.tool() == ToolKind::Select);
    h.key(CanvasKey::P);
    CHECK(h.tool.tool() == ToolKind::Pen);
    h.key(CanvasKey::A);
    CHECK(h.tool.tool() == ToolKind::Arrow);
}

TEST_CASE("copy and paste through a clipboard payload keeps arrows between pasted items", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::Box, {80, 40});
    h.place(ItemKind::Model, {480, 40});
    h.tool.setTool(ToolKind::Arrow);
    h.drag({80, 40}, {480, 40});
    h.key(CanvasKey::A, Modifiers{false, true});
    const std::string payload = h.tool.copySelection(h.doc());
    REQUIRE(decodeClipboard(payload));

    // Into another session's canvas, at the pointer.
    Harness other;
    other.place(ItemKind::Note, {1000, 1000});
    other.event([&](ToolContext& c) { CHECK(other.tool.paste(c, payload, Vec2{0, 0})); });
    REQUIRE(other.doc().size() == 4);
    const CanvasItem& arrow = other.item(4);
    CHECK(arrow.from == ItemId{2});
    CHECK(arrow.to == ItemId{3});
    CHECK(other.item(2).stage == "data");
    CHECK(other.tool.selection().size() == 3);
    CHECK(other.editor.undoDepth() == 2);

    // Plain text becomes a text item.
    other.event([&](ToolContext& c) { CHECK(other.tool.paste(c, "  precision at k  ", Vec2{0, 500})); });
    CHECK(other.item(5).kind == ItemKind::Text);
    CHECK(other.item(5).label == "precision at k");
    other.event([&](ToolContext& c) { CHECK_FALSE(other.tool.paste(c, " \n ", std::nullopt)); });
}

TEST_CASE("a drag sends nothing until release, and cancel leaves no trace", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::Box, {80, 40});
    const CanvasDocument before = h.doc();
    const size_t depth = h.editor.undoDepth();
    h.down({10, 10});
    h.move({50, 50});
    h.move({90, 90});
    CHECK(h.doc() == before);  // the view shows the pending move; the document waits
    REQUIRE(h.tool.pendingCommand());
    const auto* move = std::get_if<MoveItems>(&*h.tool.pendingCommand());
    REQUIRE(move);
    CHECK(move->dx == 80);
    h.event([&](ToolContext& c) { h.tool.cancel(c); });  // Escape, or undo mid-drag
    CHECK_FALSE(h.tool.busy());
    CHECK_FALSE(h.tool.pendingCommand());
    h.up({90, 90});
    CHECK(h.doc() == before);
    CHECK(h.editor.undoDepth() == depth);
}

TEST_CASE("a drag is one command in the journal", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::Box, {80, 40});
    const size_t logged = h.log.size();
    h.drag({10, 10}, {210, 130}, {}, 40);
    REQUIRE(h.log.size() == logged + 1);
    CHECK(h.log.back() == CanvasCommand(MoveItems{{ItemId{1}}, 200, 120}));
    // A click on a resize handle without moving changes nothing.
    h.tool.select({ItemId{1}});
    h.click({360, 200});
    CHECK(h.log.size() == logged + 1);
}

TEST_CASE("the tool log replays to the same document", "[canvas][tool]") {
    Harness h;
    h.place(ItemKind::User, {80, 40});
    h.place(ItemKind::OnlineService, {480, 40});
    h.tool.setTool(ToolKind::Arrow);
    h.drag({80, 40}, {480, 40});
    h.tool.select({ItemId{1}});
    h.drag({80, 40}, {80, 240});
    CanvasEditor replay;
    for (const CanvasCommand& c : h.log) replay.apply(c);
    CHECK(replay.document() == h.doc());
}
