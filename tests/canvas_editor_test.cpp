// CanvasEditor: every command, undo/redo exactness, grouping, and the
// property test (thousands of random commands, undo all, redo all).
#include "core/canvas/canvas_editor.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <random>

using namespace rehearse;

namespace {

CanvasItem editorBlock(ItemKind kind, double x, double y, std::string label = {}) {
    CanvasItem item;
    item.kind = kind;
    item.x = x;
    item.y = y;
    item.w = 160;
    item.h = 80;
    item.label = std::move(label);
    return item;
}

CanvasItem arrowBetween(ItemId from, ItemId to) {
    CanvasItem arrow;
    arrow.kind = ItemKind::Arrow;
    arrow.from = from;
    arrow.to = to;
    arrow.points = {{0, 0}, {10, 10}};
    return arrow;
}

std::vector<uint64_t> order(const CanvasDocument& doc) {
    std::vector<uint64_t> ids;
    for (const CanvasItem& item : doc.items()) ids.push_back(item.id.value);
    return ids;
}

}  // namespace

TEST_CASE("add gives the document's next ids, in order", "[canvas][editor]") {
    CanvasEditor editor;
    editor.apply(AddItems{{editorBlock(ItemKind::Box, 0, 0)}});
    editor.apply(AddItems{{editorBlock(ItemKind::Model, 0, 0), editorBlock(ItemKind::Cache, 0, 0)}});
    CHECK(order(editor.document()) == std::vector<uint64_t>{1, 2, 3});
    CHECK(editor.lastAddedIds() == std::vector<ItemId>{ItemId{2}, ItemId{3}});
    CHECK(editor.document().nextId().value == 4);
    CHECK(editor.undoDepth() == 2);
}

TEST_CASE("paste re-links arrows inside the pasted set and frees the others", "[canvas][editor]") {
    CanvasEditor editor;
    editor.apply(AddItems{{editorBlock(ItemKind::Box, 0, 0), editorBlock(ItemKind::Box, 300, 0)}});
    // Clipboard ids 1 and 2 also exist in the document: the set wins.
    CanvasItem a = editorBlock(ItemKind::Model, 0, 200);
    a.id = ItemId{1};
    CanvasItem inside = arrowBetween(ItemId{1}, ItemId{2});
    CanvasItem b = editorBlock(ItemKind::Cache, 300, 200);
    b.id = ItemId{2};
    CanvasItem outside = arrowBetween(ItemId{1}, ItemId{77});
    editor.apply(PasteItems{{a, inside, b, outside}});
    const CanvasDocument& doc = editor.document();
    REQUIRE(doc.size() == 6);
    CHECK(doc.items()[3].from == ItemId{3});
    CHECK(doc.items()[3].to == ItemId{5});
    CHECK(doc.items()[5].from == ItemId{3});
    CHECK_FALSE(doc.items()[5].to);  // 77 was not pasted: a free end
}

TEST_CASE("removing an item removes the arrows attached to it", "[canvas][editor]") {
    CanvasEditor editor;
    editor.apply(AddItems{{editorBlock(ItemKind::Box, 0, 0), editorBlock(ItemKind::Box, 300, 0),
                                         editorBlock(ItemKind::Box, 600, 0)}});
    editor.apply(AddItems{{arrowBetween(ItemId{1}, ItemId{2})}});
    editor.apply(AddItems{{arrowBetween(ItemId{2}, ItemId{3})}});
    editor.apply(RemoveItems{{ItemId{1}}});
    CHECK(order(editor.document()) == std::vector<uint64_t>{2, 3, 5});
    editor.undo();
    CHECK(order(editor.document()) == std::vector<uint64_t>{1, 2, 3, 4, 5});
}

TEST_CASE("moving items: attached arrow ends follow, free ends move", "[canvas][editor]") {
    CanvasEditor editor;
    editor.apply(AddItems{{editorBlock(ItemKind::Box, 0, 0), editorBlock(ItemKind::Box, 300, 0)}});
    CanvasItem half = arrowBetween(ItemId{1}, ItemId{});
    half.points = {{0, 0}, {100, 300}};
    editor.apply(AddItems{{half}});
    editor.apply(MoveItems{{ItemId{1}, ItemId{3}}, 20, 40});
    const CanvasDocument& doc = editor.document();
    CHECK(doc.find(ItemId{1})->x == 20);
    CHECK(doc.find(ItemId{3})->points[1] == Vec2{120, 340});
    const auto ends = doc.arrowEnds(*doc.find(ItemId{3}));
    CHECK(doc.find(ItemId{1})->bounds().expanded(5).contains(ends.first));
}

TEST_CASE("a group is one undo entry, and undo in an open group closes it", "[canvas][editor]") {
    CanvasEditor editor;
    editor.apply(AddItems{{editorBlock(ItemKind::Box, 0, 0)}});
    const CanvasDocument before = editor.document();
    editor.apply(BeginCanvasGroup{});
    for (int i = 0; i < 50; ++i) editor.apply(MoveItems{{ItemId{1}}, 1, 2});
    editor.apply(EndCanvasGroup{});
    CHECK(editor.undoDepth() == 2);
    CHECK(editor.document().items()[0].x == 50);
    editor.undo();
    CHECK(editor.document() == before);
    editor.redo();
    CHECK(editor.document().items()[0].y == 100);

    editor.apply(BeginCanvasGroup{});
    editor.apply(MoveItems{{ItemId{1}}, 5, 5});
    CHECK(editor.canUndo());
    editor.undo();  // the drag is interrupted by Ctrl+Z
    CHECK_FALSE(editor.groupOpen());
    CHECK(editor.document().items()[0].x == 50);
    editor.apply(EndCanvasGroup{});  // the tool's late end_group is harmless
    CHECK(editor.undoDepth() == 2);
}

TEST_CASE("empty edits add no history, and a new edit clears redo", "[canvas][editor]") {
    CanvasEditor editor;
    editor.apply(AddItems{{editorBlock(ItemKind::Box, 0, 0, "a")}});
    editor.apply(SetItemLabel{ItemId{1}, "a"});
    editor.apply(MoveItems{{ItemId{42}}, 1, 1});
    editor.apply(BeginCanvasGroup{});
    editor.apply(EndCanvasGroup{});
    CHECK(editor.undoDepth() == 1);
    editor.undo();
    CHECK(editor.canRedo());
    editor.apply(AddItems{{editorBlock(ItemKind::Box, 0, 0)}});
    CHECK_FALSE(editor.canRedo());
    CHECK(editor.document().items()[0].id == ItemId{2});  // ids are never reused
}

TEST_CASE("z order: front, back, forward and backward past overlapping items", "[canvas][editor]") {
    CanvasEditor editor;
    // 1 and 2 overlap, 3 is far away, 4 overlaps 1.
    editor.apply(AddItems{{editorBlock(ItemKind::Box, 0, 0), editorBlock(ItemKind::Box, 50, 20),
                                         editorBlock(ItemKind::Box, 2000, 0), editorBlock(ItemKind::Box, 10, 10)}});
    editor.apply(ReorderItems{{ItemId{1}, ItemId{2}}, ZOrderChange::Front});
    CHECK(order(editor.document()) == std::vector<uint64_t>{3, 4, 1, 2});
    editor.apply(ReorderItems{{ItemId{2}, ItemId{1}}, ZOrderChange::Back});
    CHECK(order(editor.document()) == std::vector<uint64_t>{1, 2, 3, 4});
    editor.apply(ReorderItems{{ItemId{1}}, ZOrderChange::Forward});
    CHECK(order(editor.document()) == std::vector<uint64_t>{2, 1, 3, 4});
    editor.apply(ReorderItems{{ItemId{3}}, ZOrderChange::Forward});  // overlaps nothing above
    CHECK(order(editor.document()) == std::vector<uint64_t>{2, 1, 3, 4});
    editor.apply(ReorderItems{{ItemId{4}}, ZOrderChange::Backward});
    CHECK(order(editor.document()) == std::vector<uint64_t>{2, 4, 1, 3});
    for (int i = 0; i < 4; ++i) editor.undo();
    CHECK(order(editor.document()) == std::vector<uint64_t>{1, 2, 3, 4});
}

TEST_CASE("set_arrow attaches only to existing non-arrow items", "[canvas][editor]") {
    CanvasEditor editor;
    editor.apply(AddItems{{editorBlock(ItemKind::Box, 0, 0), editorBlock(ItemKind::Box, 300, 0)}});
    editor.apply(AddItems{{arrowBetween(ItemId{1}, ItemId{})}});
    editor.apply(SetArrowEnds{ItemId{3}, ItemId{1}, ItemId{2}, {0, 0}, {5, 5}});
    CHECK(editor.document().find(ItemId{3})->to == ItemId{2});
    editor.apply(SetArrowEnds{ItemId{3}, ItemId{3}, ItemId{99}, {0, 0}, {5, 5}});
    CHECK_FALSE(editor.document().find(ItemId{3})->from);
    CHECK_FALSE(editor.document().find(ItemId{3})->to);
}

TEST_CASE("property: random commands, undo all gives the empty document, redo all the same one",
          "[canvas][editor][property]") {
    for (uint32_t seed : {1u, 2u, 3u, 4u, 5u}) {
        std::mt19937 rng(seed);
        auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
        CanvasEditor editor;
        // Ids in play: existing ones mostly, sometimes missing ones.
        auto someIds = [&](int count) {
            std::vector<ItemId> ids;
            const auto& items = editor.document().items();
            for (int i = 0; i < count; ++i) {
                if (!items.empty() && uniform(0, 9) > 0)
                    ids.push_back(items[size_t(uniform(0, int(items.size()) - 1))].id);
                else
                    ids.push_back(ItemId{uint64_t(uniform(1, 3000))});
            }
            return ids;
        };
        auto randomItem = [&]() {
            static const ItemKind kinds[] = {ItemKind::Box, ItemKind::Note, ItemKind::Text, ItemKind::Model,
                                             ItemKind::Arrow, ItemKind::Pen, ItemKind::Database};
            CanvasItem item = editorBlock(kinds[uniform(0, 6)], uniform(-500, 500), uniform(-500, 500),
                                    "l" + std::to_string(uniform(0, 99)));
            item.id = ItemId{uint64_t(uniform(0, 40))};
            if (item.kind == ItemKind::Arrow) {
                const auto ends = someIds(2);
                item.from = uniform(0, 2) ? ends[0] : ItemId{};
                item.to = uniform(0, 2) ? ends[1] : ItemId{};
                item.points = {{double(uniform(0, 100)), 0}, {0, double(uniform(0, 100))}};
            }
            if (item.kind == ItemKind::Pen) item.points = {{0, 0}, {0.5, 1}, {1, 0}};
            return item;
        };

        int groupDepth = 0;
        for (int step = 0; step < 2000; ++step) {
            CanvasCommand c;
            switch (uniform(0, 11)) {
            case 0: c = AddItems{{randomItem()}}; break;
            case 1: c = PasteItems{{randomItem(), randomItem(), randomItem()}}; break;
            case 2: c = RemoveItems{someIds(uniform(1, 3))}; break;
            case 3: c = MoveItems{someIds(uniform(1, 4)), double(uniform(-50, 50)), double(uniform(-50, 50))}; break;
            case 4:
                c = ResizeItem{someIds(1)[0], double(uniform(-100, 100)), 0, double(uniform(0, 300)),
                               double(uniform(0, 300))};
                break;
            case 5: c = SetItemLabel{someIds(1)[0], "t" + std::to_string(uniform(0, 9))}; break;
            case 6: c = SetNoteColour{someIds(2), kNoteColours[uniform(0, 4)]}; break;
            case 7: {
                const auto ids = someIds(3);
                c = SetArrowEnds{ids[0], ids[1], uniform(0, 1) ? ids[2] : ItemId{}, {1, 2}, {3, 4}};
                break;
            }
            case 8: c = ReorderItems{someIds(uniform(1, 3)), ZOrderChange(uniform(0, 3))}; break;
            case 9:
                c = BeginCanvasGroup{};
                ++groupDepth;
                break;
            case 10:
                c = EndCanvasGroup{};
                groupDepth = std::max(0, groupDepth - 1);
                break;
            default: c = AddItems{{randomItem()}}; break;
            }
            // Commands go through JSON, as a journal replay would.
            const auto replayed = canvasCommandFromJson(nlohmann::json::parse(toJson(c).dump()));
            REQUIRE(replayed);
            editor.apply(*replayed);
            // Now and then an undo or redo in the middle of it all.
            if (uniform(0, 30) == 0) editor.undo();
            if (uniform(0, 60) == 0) editor.redo();
        }
        while (groupDepth-- > 0) editor.apply(EndCanvasGroup{});

        const CanvasDocument last = editor.document();
        REQUIRE(last.size() > 20);
        // Replaying the journal is not needed here: redo must restore exactly.
        size_t undone = 0;
        while (editor.canUndo()) {
            editor.undo();
            ++undone;
        }
        INFO("seed " << seed << ", " << undone << " entries");
        CHECK(editor.document().items().empty());
        while (editor.canRedo()) editor.redo();
        CHECK(editor.document() == last);
        CHECK(editor.document().toJson() == last.toJson());
    }
}

TEST_CASE("replaying the same commands rebuilds the same document", "[canvas][editor]") {
    std::vector<CanvasCommand> journal = {
        AddItems{{editorBlock(ItemKind::Model, 0, 0, "Ranker")}},
        AddItems{{editorBlock(ItemKind::FeatureStore, 300, 0, "Features")}},
        AddItems{{arrowBetween(ItemId{2}, ItemId{1})}},
        BeginCanvasGroup{},
        MoveItems{{ItemId{1}}, 20, 0},
        MoveItems{{ItemId{1}}, 20, 20},
        EndCanvasGroup{},
        SetItemLabel{ItemId{3}, "online features"},
    };
    CanvasEditor a, b;
    for (const CanvasCommand& c : journal) a.apply(c);
    for (const CanvasCommand& c : journal) b.apply(*canvasCommandFromJson(toJson(c)));
    CHECK(a.document() == b.document());
    CHECK(a.undoDepth() == 5);  // three adds, the drag, the label
}

TEST_CASE("the history names each step, and going to a step undoes or redoes to exactly it", "[canvas][editor][history]") {
    CanvasEditor editor;
    // The items at each step (ids are never reused, so the next id is not compared).
    std::vector<CanvasDocument> at = {editor.document()};
    editor.apply(AddItems{{editorBlock(ItemKind::Box, 0, 0, "Logs")}});
    at.push_back(editor.document());
    editor.apply(AddItems{{editorBlock(ItemKind::Model, 300, 0, "Ranker")}});
    at.push_back(editor.document());
    // A label typed and its box grown to fit: one step, named after the label.
    editor.apply(BeginCanvasGroup{});
    editor.apply(SetItemLabel{ItemId{1}, "Click logs"});
    editor.apply(ResizeItem{ItemId{1}, 0, 0, 240, 80});
    editor.apply(EndCanvasGroup{});
    at.push_back(editor.document());
    editor.apply(MoveItems{{ItemId{1}, ItemId{2}}, 20, 40});
    at.push_back(editor.document());

    REQUIRE(editor.historySteps() == 4);
    CHECK(editor.currentStep() == 4);
    CHECK(editor.describeStep(1) == "Add Box");
    CHECK(editor.describeStep(2) == "Add Model / ranker");
    CHECK(editor.describeStep(3) == "Edit label");
    CHECK(editor.describeStep(4) == "Move 2 items");
    CHECK(editor.describeStep(0).empty());
    CHECK(editor.describeStep(5).empty());

    editor.goToStep(1);
    CHECK(editor.currentStep() == 1);
    CHECK(editor.document().items() == at[1].items());
    // Undone steps stay listed with their names, for redo.
    CHECK(editor.historySteps() == 4);
    CHECK(editor.describeStep(2) == "Add Model / ranker");
    CHECK(editor.describeStep(4) == "Move 2 items");

    editor.goToStep(3);
    CHECK(editor.document().items() == at[3].items());
    editor.goToStep(0);
    CHECK(editor.document().items() == at[0].items());
    CHECK_FALSE(editor.canUndo());
    editor.goToStep(99);  // past the newest: the newest
    CHECK(editor.currentStep() == 4);
    CHECK(editor.document().items() == at[4].items());

    // Going back then editing forks history: the steps above are gone.
    editor.goToStep(2);
    editor.apply(SetItemLabel{ItemId{2}, "Scorer"});
    CHECK(editor.historySteps() == 3);
    CHECK(editor.describeStep(3) == "Edit label");
    CHECK_FALSE(editor.canRedo());
}

TEST_CASE("going to a step while a drag is open closes the drag into the newest step", "[canvas][editor][history]") {
    CanvasEditor editor;
    editor.apply(AddItems{{editorBlock(ItemKind::Box, 0, 0)}});
    const CanvasDocument added = editor.document();
    editor.apply(BeginCanvasGroup{});
    editor.apply(MoveItems{{ItemId{1}}, 5, 0});
    editor.apply(MoveItems{{ItemId{1}}, 5, 0});
    editor.goToStep(1);
    CHECK_FALSE(editor.groupOpen());
    CHECK(editor.document() == added);
    REQUIRE(editor.historySteps() == 2);
    CHECK(editor.describeStep(2) == "Move 1 item");
    editor.goToStep(2);
    CHECK(editor.document().items()[0].x == 10);
}
