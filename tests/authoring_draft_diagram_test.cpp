// The editor's reference diagram: the draft's JSON drawn as a canvas, and
// each canvas edit written back as a small change to that JSON.
#include "core/authoring/draft_diagram.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;
using Json = DraftDiagram::Json;

namespace {

Json twoBlocks() {
    return Json::parse(R"({
      "items": [
        {"id": "logs", "kind": "data_source", "label": "Click logs", "x": 0, "y": 0, "stage": "data"},
        {"id": "ranker", "kind": "model", "label": "Ranker", "x": 280, "y": 0, "w": 200, "h": 100, "note": "kept"}
      ],
      "arrows": [{"id": "train", "from": "logs", "to": "ranker", "label": "labels"}]
    })");
}

CanvasItem draftBlock(ItemKind kind, double x, double y, std::string label = "") {
    CanvasItem item;
    item.kind = kind;
    item.x = x;
    item.y = y;
    item.w = 160;
    item.h = 80;
    item.label = std::move(label);
    return item;
}

// The same members and values, in any order (the saved file's order is the formatter's).
bool sameMembers(const Json& a, const char* b) { return nlohmann::json::parse(a.dump()) == nlohmann::json::parse(b); }

ItemId idOfLabel(const CanvasDocument& doc, const std::string& label) {
    for (const CanvasItem& item : doc.items())
        if (item.label == label) return item.id;
    return ItemId{};
}

}  // namespace

TEST_CASE("the draft's diagram is drawn with its blocks and arrows", "[authoring][diagram]") {
    DraftDiagram diagram;
    CHECK(diagram.follow(twoBlocks()));
    CHECK(diagram.document().size() == 3);
    CHECK(!diagram.follow(twoBlocks()));  // the same diagram: the canvas stays as it is
    const ItemId ranker = idOfLabel(diagram.document(), "Ranker");
    CHECK(diagram.itemAt("/reference/diagram/items/1") == ranker);
    CHECK(diagram.itemAt("/reference/diagram/items/1/label") == ranker);
    CHECK(diagram.document().find(diagram.itemAt("/reference/diagram/arrows/0"))->kind == ItemKind::Arrow);
    CHECK(!diagram.itemAt("/reference/diagram/items/7"));
    CHECK(!diagram.itemAt("/reference/summary"));
}

TEST_CASE("moving a block changes only its position in the file", "[authoring][diagram]") {
    DraftDiagram diagram;
    diagram.follow(twoBlocks());
    const ItemId logs = idOfLabel(diagram.document(), "Click logs");
    const auto written = diagram.apply({MoveItems{{logs}, 20, 40}});
    REQUIRE(written);
    Json expected = twoBlocks();
    expected["items"][0]["x"] = 20;
    expected["items"][0]["y"] = 40;
    CHECK(*written == expected);
    CHECK(written->dump().find("20.0") == std::string::npos);  // whole numbers stay whole
    // Nothing the file holds changed: nothing to write.
    CHECK(!diagram.apply({ReorderItems{{logs}, ZOrderChange::Front}}));
}

TEST_CASE("a new block gets an id from its label and keeps the arrows joined", "[authoring][diagram]") {
    DraftDiagram diagram;
    diagram.follow(twoBlocks());
    REQUIRE(diagram.apply({AddItems{{draftBlock(ItemKind::FeatureStore, 0, 160)}}}));
    const ItemId store = diagram.document().items().back().id;
    auto written = diagram.apply({SetItemLabel{store, "Feature store"}});
    REQUIRE(written);
    REQUIRE((*written)["items"].size() == 3);
    CHECK(sameMembers((*written)["items"][2], R"({"id": "feature-store", "kind": "feature_store",
                                                  "label": "Feature store", "x": 0, "y": 160})"));
    // An arrow drawn from it to the ranker is written with the blocks' ids.
    CanvasItem arrow;
    arrow.kind = ItemKind::Arrow;
    arrow.from = store;
    arrow.to = idOfLabel(diagram.document(), "Ranker");
    arrow.points = {{80, 200}, {380, 50}};
    written = diagram.apply({AddItems{{arrow}}});
    REQUIRE(written);
    CHECK(sameMembers((*written)["arrows"][1], R"({"id": "feature-store-to-ranker", "from": "feature-store",
                                                   "to": "ranker"})"));
    // Renaming the new block renames its id, and the arrow follows.
    written = diagram.apply({SetItemLabel{store, "Online features"}});
    REQUIRE(written);
    CHECK((*written)["items"][2]["id"] == "online-features");
    CHECK((*written)["arrows"][1]["from"] == "online-features");
    // A block that came from the file keeps its id whatever its label.
    written = diagram.apply({SetItemLabel{idOfLabel(diagram.document(), "Ranker"), "Scorer"}});
    REQUIRE(written);
    CHECK((*written)["items"][1]["id"] == "ranker");
    CHECK((*written)["items"][1]["note"] == "kept");
}

TEST_CASE("deleting a block deletes it and its arrows from the file", "[authoring][diagram]") {
    DraftDiagram diagram;
    diagram.follow(twoBlocks());
    const auto written = diagram.apply({RemoveItems{{idOfLabel(diagram.document(), "Click logs")}}});
    REQUIRE(written);
    CHECK((*written)["items"].size() == 1);
    CHECK((*written)["items"][0]["id"] == "ranker");
    CHECK((*written)["arrows"].empty());
}

TEST_CASE("what the format cannot hold is counted, not written", "[authoring][diagram]") {
    DraftDiagram diagram;
    diagram.follow(Json::parse(R"({"items": []})"));
    CanvasItem loose;
    loose.kind = ItemKind::Arrow;
    loose.points = {{0, 0}, {100, 0}};
    CanvasItem stroke = draftBlock(ItemKind::Pen, 0, 0);
    stroke.points = {{0, 0}, {1, 1}};
    CHECK(!diagram.apply({AddItems{{loose, stroke}}}));
    CHECK(diagram.leftOut() == 2);
    CHECK(diagram.apply({AddItems{{draftBlock(ItemKind::Box, 0, 0, "Box")}}}));
    CHECK(diagram.leftOut() == 2);
}

TEST_CASE("a changed draft redraws the canvas, half-written entries included", "[authoring][diagram]") {
    DraftDiagram diagram;
    diagram.follow(twoBlocks());
    Json undone = twoBlocks();
    undone["items"][1]["label"] = "Older ranker";
    undone["items"].push_back(42);             // not an object: not drawn, kept in the file
    undone["items"].push_back({{"id", "x"}});  // no kind, no position yet: a box at 0,0
    CHECK(diagram.follow(undone));
    CHECK(idOfLabel(diagram.document(), "Older ranker"));
    CHECK(diagram.document().size() == 4);
    const auto written = diagram.apply({MoveItems{{idOfLabel(diagram.document(), "Older ranker")}, 10, 0}});
    REQUIRE(written);
    CHECK((*written)["items"][2] == 42);
    CHECK((*written)["items"][3] == Json{{"id", "x"}});
    CHECK((*written)["items"][1]["x"] == 290);
}

TEST_CASE("ids from labels are short lower-case words", "[authoring][diagram]") {
    CHECK(diagramIdFromLabel("Feature store") == "feature-store");
    CHECK(diagramIdFromLabel("  A/B test!  ") == "a-b-test");
    CHECK(diagramIdFromLabel("Stage 1: GBDT") == "stage-1-gbdt");
    CHECK(diagramIdFromLabel("Reputation and DMARC gate for inbound mail") == "reputation-and-dmarc");
    CHECK(diagramIdFromLabel("???").empty());
    CHECK(diagramIdFromLabel("data_source") == "data-source");
}
