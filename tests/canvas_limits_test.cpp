// Canvas limits (core/canvas/canvas_limits.hpp) and the spatial index with
// numbers from outside: a 549755813760-unit item froze the app for good, far
// items pasted from the clipboard crashed it. Every reader of canvas JSON
// either refuses such items with a message or clamps them; the index copes
// with anything, NaN and infinity included.
#include "core/canvas/canvas_clipboard.hpp"
#include "core/canvas/canvas_editor.hpp"
#include "core/canvas/canvas_format_error.hpp"
#include "core/canvas/canvas_hit_test.hpp"
#include "core/canvas/canvas_limits.hpp"
#include "core/canvas/canvas_tool.hpp"
#include "core/canvas/diagram_import.hpp"
#include "core/canvas/spatial_index.hpp"
#include "core/session/action.hpp"
#include "non_finite.hpp"
#include "elapsed_seconds.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <limits>
#include <sstream>

using namespace rehearse;

namespace {

constexpr double kFreezeSize = 549755813760.0;  // 2^32 cells of 128 units on each side
using rehearse::test::kInf;
using rehearse::test::kNaN;
std::string canvasRegression(const std::string& name) {
    std::ifstream in(std::string(REHEARSE_TEST_DATA) + "/regressions/" + name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    REQUIRE_FALSE(s.str().empty());
    return s.str();
}

CanvasItem limitBox(double x, double y, double w, double h) {
    CanvasItem item;
    item.kind = ItemKind::Box;
    item.x = x;
    item.y = y;
    item.w = w;
    item.h = h;
    return item;
}

using rehearse::test::secondsSince;

bool insideLimits(const CanvasDocument& doc) {
    for (const CanvasItem& item : doc.items())
        if (canvasLimitProblem(item)) return false;
    return true;
}

}  // namespace

TEST_CASE("spatial index: the 549755813760-unit item no longer freezes the rebuild", "[canvas][limits][regression]") {
    // The cell count (2^32 * 2^32) overflowed int64 to 0, passed the "too
    // many cells" check, and the loop set out to visit 2^64 cells.
    CanvasDocument doc;
    doc.append(limitBox(0, 0, kFreezeSize, kFreezeSize));
    doc.append(limitBox(10, 10, 160, 80));
    SpatialIndex index;
    const auto start = std::chrono::steady_clock::now();
    index.sync(doc);
    CHECK(secondsSince(start) < 1.0);  // was: never returned
    // The huge item is still found wherever it is, and the small one too.
    std::vector<uint32_t> found;
    index.query(Rect{1e9, 1e9, 1e9 + 1, 1e9 + 1}, found);
    CHECK(found == std::vector<uint32_t>{0});
    index.query(Rect{20, 20, 21, 21}, found);
    CHECK(found == std::vector<uint32_t>{0, 1});
    CHECK(hitTest(doc, index, {50, 50}, 2) == ItemId{2});
}

TEST_CASE("spatial index: bounds at the edge of double, infinite or NaN", "[canvas][limits][regression]") {
    // Items such documents cannot hold any more (the readers refuse them),
    // but an index must not trust its input: each either works or is skipped.
    const double big = std::numeric_limits<double>::max();
    CanvasDocument doc;
    doc.append(limitBox(-big, -big, big, big));          // corner at -1.8e308, far corner at 0
    doc.append(limitBox(-1e300, 0, 2e300, 10));          // spans almost every cell
    doc.append(limitBox(big, big, 0, 0));                // a point at the very end
    doc.append(limitBox(0, 0, kInf, 10));                // infinite width
    doc.append(limitBox(kNaN, 0, 10, 10));               // NaN corner
    doc.append(limitBox(-kInf, -kInf, 0, 0));
    doc.append(limitBox(5, 5, 10, 10));                  // an ordinary one among them
    CanvasItem arrow;                               // ends computed from huge items: inf - inf
    arrow.kind = ItemKind::Arrow;
    arrow.from = ItemId{1};
    arrow.to = ItemId{3};
    arrow.points = {{0, 0}, {1, 1}};
    doc.append(arrow);

    SpatialIndex index;
    const auto start = std::chrono::steady_clock::now();
    index.sync(doc);
    std::vector<uint32_t> found;
    index.query(Rect{6, 6, 7, 7}, found);
    CHECK(std::find(found.begin(), found.end(), 6u) != found.end());
    index.query(Rect{big / 2, big / 2, big, big}, found);
    CHECK(std::find(found.begin(), found.end(), 2u) != found.end());
    index.query(Rect{kNaN, kNaN, kNaN, kNaN}, found);
    CHECK(found.empty());
    index.query(Rect{-kInf, -kInf, kInf, kInf}, found);
    CHECK(found.size() >= 4);
    CHECK(secondsSince(start) < 1.0);
}

TEST_CASE("canvas limits: a stored canvas beyond them is refused with the field named", "[canvas][limits]") {
    auto withItem = [](nlohmann::json item) {
        item["id"] = 1;
        item["kind"] = "box";
        return nlohmann::json{{"format", 1}, {"items", {item}}};
    };
    std::string error;
    CHECK(CanvasDocument::tryFromJson(withItem({{"x", 1e7}, {"y", -1e7}, {"w", 0}, {"h", 0}}), &error));
    CHECK(CanvasDocument::tryFromJson(withItem({{"x", 0}, {"y", 0}, {"w", 1e6}, {"h", 1e6}}), &error));

    CHECK_FALSE(CanvasDocument::tryFromJson(withItem({{"x", 0}, {"w", kFreezeSize}, {"h", 10}}), &error));
    CHECK(error.rfind("items[0].w: ", 0) == 0);
    CHECK(error.find("beyond the canvas limit") != std::string::npos);
    CHECK_FALSE(CanvasDocument::tryFromJson(withItem({{"x", -1e300}}), &error));
    CHECK(error.rfind("items[0].x: ", 0) == 0);
    CHECK_FALSE(CanvasDocument::tryFromJson(withItem({{"x", 9.5e6}, {"w", 1e6}}), &error));
    CHECK(error.rfind("items[0].x + w: ", 0) == 0);

    nlohmann::json arrow = {{"id", 2}, {"kind", "arrow"}, {"points", {{0, 0}, {2e7, 0}}}};
    CHECK_FALSE(CanvasDocument::tryFromJson({{"items", {arrow}}}, &error));
    CHECK(error.rfind("items[0].points: ", 0) == 0);
    nlohmann::json pen = {{"id", 3}, {"kind", "pen"}, {"w", 10}, {"h", 10}, {"points", {{0, 0}, {1e6, 1}}}};
    CHECK_FALSE(CanvasDocument::tryFromJson({{"items", {pen}}}, &error));
    CHECK(error.find("0 to 1") != std::string::npos);
}

TEST_CASE("canvas limits: a clipboard payload beyond them pastes as plain text", "[canvas][limits][regression]") {
    for (const char* file : {"huge-item.clipboard.json", "far-items.clipboard.json"}) {
        INFO(file);
        const std::string payload = canvasRegression(file);
        CHECK_FALSE(decodeClipboard(payload));
        // Pasting it is an ordinary text item; nothing huge reaches the document.
        CanvasEditor editor;
        CanvasTool tool;
        std::vector<CanvasCommand> out;
        ToolContext ctx(editor.document(), out, "data");
        const auto start = std::chrono::steady_clock::now();
        REQUIRE(tool.paste(ctx, payload, Vec2{100, 100}));
        for (const CanvasCommand& c : out) editor.apply(c);
        REQUIRE(editor.document().size() == 1);
        CHECK(editor.document().items()[0].kind == ItemKind::Text);
        CHECK(insideLimits(editor.document()));
        // The next frame asks the tool's index what is under the pointer.
        std::vector<CanvasCommand> more;
        ToolContext next(editor.document(), more, "data");
        tool.pointerMove(next, {100, 100}, {});
        CHECK(secondsSince(start) < 1.0);
    }
}

TEST_CASE("canvas limits: the editor clamps what commands ask for", "[canvas][limits]") {
    CanvasEditor editor;
    // The freeze reproducer as a journal's add command: accepted, clamped.
    editor.apply(AddItems{{limitBox(0, 0, kFreezeSize, kFreezeSize)}});
    const CanvasItem& added = editor.document().items()[0];
    CHECK(added.w == kMaxItemSize);
    CHECK(added.h == kMaxItemSize);

    // Adds with NaN and infinite numbers (commands built in code, not parsed).
    CanvasItem wild = limitBox(kNaN, -kInf, kInf, kNaN);
    editor.apply(AddItems{{wild}});
    CanvasItem pen;
    pen.kind = ItemKind::Pen;
    pen.w = pen.h = 10;
    pen.points = {{-3, 0.5}, {0.5, 7}, {kNaN, 1}};
    editor.apply(AddItems{{pen}});
    CanvasItem arrow;
    arrow.kind = ItemKind::Arrow;
    arrow.points = {{-1e300, 0}, {0, 1e300}};
    editor.apply(AddItems{{arrow}});
    CHECK(insideLimits(editor.document()));
    CHECK(editor.document().items()[2].points == std::vector<Vec2>{{0, 0.5}, {0.5, 1}, {0, 1}});
    CHECK(editor.document().items()[3].points == std::vector<Vec2>{{-kMaxCanvasCoordinate, 0}, {0, kMaxCanvasCoordinate}});

    // A move far past the edge stops there; so do repeated moves.
    const ItemId first = editor.document().items()[0].id;
    editor.apply(MoveItems{{first}, 1e300, -1e300});
    for (int i = 0; i < 5; ++i) editor.apply(MoveItems{{first}, 9e6, 0});
    const CanvasItem& moved = *editor.document().find(first);
    CHECK(moved.x + moved.w == kMaxCanvasCoordinate);
    CHECK(moved.y == -kMaxCanvasCoordinate);
    CHECK(insideLimits(editor.document()));

    editor.apply(ResizeItem::toBounds(first, Rect::fromXywh(0, 0, 1e300, 5)));
    CHECK(editor.document().find(first)->w == kMaxItemSize);
    CHECK(insideLimits(editor.document()));

    // Clamped edits undo exactly, like any other.
    while (editor.canUndo()) editor.undo();
    CHECK(editor.document().empty());
}

TEST_CASE("canvas limits: a session journal with the freeze reproducer replays in bounds",
          "[canvas][limits][regression]") {
    // The archive's canvas actions, as the session replays them.
    const nlohmann::json archive = nlohmann::json::parse(canvasRegression("huge-canvas.session.json"));
    CanvasEditor editor;
    int commands = 0;
    for (const nlohmann::json& action : archive.at("journal")) {
        if (action.at("type") != "canvas_apply") continue;
        const auto command = canvasCommandFromJson(action.at("command"));
        REQUIRE(command);  // journals are replayed, not refused: clamping keeps old sessions readable
        editor.apply(*command);
        ++commands;
    }
    CHECK(commands == 3);
    REQUIRE(editor.document().size() == 2);
    CHECK(insideLimits(editor.document()));
    SpatialIndex index;
    const auto start = std::chrono::steady_clock::now();
    index.sync(editor.document());
    CHECK(secondsSince(start) < 1.0);
}

TEST_CASE("canvas limits: a scenario's reference diagram is clamped", "[canvas][limits]") {
    Diagram diagram;
    DiagramItem far;
    far.id = "far";
    far.kind = "model";
    far.x = 1e300;
    far.y = -kFreezeSize;
    far.w = kFreezeSize;
    far.h = 80;
    diagram.items.push_back(far);
    DiagramItem near;
    near.id = "near";
    near.kind = "box";
    diagram.items.push_back(near);
    DiagramArrow arrow;
    arrow.id = "a";
    arrow.from = "far";
    arrow.to = "near";
    diagram.arrows.push_back(arrow);
    const CanvasDocument doc = canvasFromDiagram(diagram);
    REQUIRE(doc.size() == 3);
    CHECK(insideLimits(doc));
    const Rect bounds = *doc.contentBounds();
    CHECK(bounds.x1 <= kMaxCanvasCoordinate);
    CHECK(bounds.y0 >= -kMaxCanvasCoordinate);
}

TEST_CASE("pasted text is cut at 4000 bytes between characters, never inside one", "[canvas][limits][regression]") {
    // Cut inside a UTF-8 sequence, the label made the journal's JSON writer
    // throw (nlohmann's dump refuses invalid UTF-8), which ended the app.
    std::string text = "a";
    for (int i = 0; i < 3000; ++i) text += "\xC3\xA9";  // é, two bytes: byte 4000 is inside one
    CanvasEditor editor;
    CanvasTool tool;
    std::vector<CanvasCommand> out;
    ToolContext ctx(editor.document(), out, "data");
    REQUIRE(tool.paste(ctx, text, Vec2{0, 0}));
    REQUIRE(out.size() == 1);
    const std::string& label = std::get<AddItems>(out[0]).items.at(0).label;
    CHECK(label.size() == 3999);
    CHECK(label.back() == '\xA9');
    CHECK_NOTHROW(actionToJson(Action{1, CanvasApply{out[0]}}).dump());
}
