// The canvas document and its commands: JSON round trips, bad input, the
// text the interviewer reads, arrow geometry.
#include "core/canvas/canvas_command.hpp"
#include "core/canvas/canvas_document.hpp"
#include "core/canvas/canvas_format_error.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace rehearse;

namespace {

CanvasItem documentBlock(ItemKind kind, double x, double y, std::string label = {}) {
    CanvasItem item;
    item.kind = kind;
    item.x = x;
    item.y = y;
    const Vec2 size = defaultItemSize(kind);
    item.w = size.x;
    item.h = size.y;
    item.label = std::move(label);
    return item;
}

CanvasDocument sampleDocument() {
    CanvasDocument doc;
    const ItemId a = doc.append(documentBlock(ItemKind::DataSource, 0, 0, "Mail logs"));
    const ItemId b = doc.append(documentBlock(ItemKind::Model, 300, 0, "Spam classifier"));
    CanvasItem note = documentBlock(ItemKind::Note, 0, 200, "Labels arrive late");
    note.colour = NoteColour::Pink;
    note.stage = "data";
    doc.append(note);
    CanvasItem arrow;
    arrow.kind = ItemKind::Arrow;
    arrow.from = a;
    arrow.to = b;
    arrow.points = {{80, 40}, {380, 40}};
    arrow.label = "features";
    doc.append(arrow);
    CanvasItem pen;
    pen.kind = ItemKind::Pen;
    pen.x = 10.25;
    pen.y = 400.1;
    pen.w = 50;
    pen.h = 20;
    pen.points = {{0, 0}, {0.5, 1}, {1, 0.3333333333333333}};
    doc.append(pen);
    doc.append(documentBlock(ItemKind::Text, 500, 300, ""));
    return doc;
}

}  // namespace

TEST_CASE("item kinds have the scenario format's ids and back", "[canvas]") {
    const char* ids[] = {"box", "text", "note", "arrow", "pen", "user", "data_source", "event_stream",
                         "batch_job", "feature_store", "training_job", "model_registry", "model",
                         "online_service", "cache", "database", "ab_test", "monitoring"};
    for (const char* id : ids) {
        const auto kind = itemKindFromId(id);
        REQUIRE(kind);
        CHECK(std::string(itemKindId(*kind)) == id);
    }
    CHECK_FALSE(itemKindFromId("circle"));
    CHECK(defaultItemSize(ItemKind::FeatureStore) == Vec2{160, 80});
}

TEST_CASE("a document survives a JSON round trip exactly", "[canvas]") {
    const CanvasDocument doc = sampleDocument();
    const nlohmann::json json = doc.toJson();
    const CanvasDocument back = CanvasDocument::fromJson(nlohmann::json::parse(json.dump()));
    CHECK(back == doc);
    CHECK(back.nextId() == doc.nextId());
    CHECK(back.toJson() == json);
}

TEST_CASE("malformed canvas JSON is reported, never crashes", "[canvas]") {
    const nlohmann::json good = sampleDocument().toJson();
    auto broken = [&](auto edit) {
        nlohmann::json j = good;
        edit(j);
        std::string error;
        const auto doc = CanvasDocument::tryFromJson(j, &error);
        CHECK_FALSE(doc);
        CHECK_FALSE(error.empty());
        return error;
    };
    CHECK(broken([](nlohmann::json& j) { j = nlohmann::json::array(); }) == "canvas: expected an object");
    CHECK(broken([](nlohmann::json& j) { j["items"] = 3; }) == "items: expected an array");
    CHECK(broken([](nlohmann::json& j) { j["items"][1]["kind"] = "circle"; }) ==
          "items[1].kind: unknown item kind \"circle\"");
    broken([](nlohmann::json& j) { j["items"][1]["id"] = j["items"][0]["id"]; });
    broken([](nlohmann::json& j) { j["items"][0]["x"] = "left"; });
    broken([](nlohmann::json& j) { j["items"][0]["w"] = -5; });
    broken([](nlohmann::json& j) { j["items"][3]["to"] = 999; });
    broken([](nlohmann::json& j) { j["items"][3]["points"] = {{1, 2}}; });
    broken([](nlohmann::json& j) { j["items"][2]["colour"] = "mauve"; });
    broken([](nlohmann::json& j) { j["items"][4]["points"][0] = "x"; });
    broken([](nlohmann::json& j) { j["items"][0]["id"] = -1; });
    broken([](nlohmann::json& j) { j["format"] = 7; });
    CHECK_THROWS_AS(CanvasDocument::fromJson(nlohmann::json(nullptr)), CanvasFormatError);

    // A counter behind the ids is moved forward rather than handing out used ids.
    nlohmann::json behind = good;
    behind["nextId"] = 1;
    CHECK(CanvasDocument::fromJson(behind).nextId().value == 7);
}

TEST_CASE("texts() gives every label, note and arrow label for the interviewer", "[canvas]") {
    const std::vector<std::string> texts = sampleDocument().texts();
    CHECK(texts == std::vector<std::string>{"Mail logs", "Spam classifier", "Labels arrive late", "features"});
}

TEST_CASE("an attached arrow end sits on its item's border facing the other end", "[canvas]") {
    const CanvasDocument doc = sampleDocument();
    const CanvasItem& arrow = doc.items()[3];
    const auto [start, end] = doc.arrowEnds(arrow);
    CHECK(start.x == Approx(164));  // right border of the source (160) plus the gap
    CHECK(start.y == Approx(40));
    CHECK(end.x == Approx(296));    // left border of the model (300) minus the gap
    CHECK(end.y == Approx(40));
}

TEST_CASE("every command survives a JSON round trip", "[canvas]") {
    CanvasItem item = documentBlock(ItemKind::Cache, 1.5, -2.25, "Feature cache");
    item.stage = "models";
    const std::vector<CanvasCommand> commands = {
        AddItems{{item}},
        PasteItems{{item, documentBlock(ItemKind::Note, 3, 4, "n")}},
        RemoveItems{{ItemId{1}, ItemId{5}}},
        MoveItems{{ItemId{2}}, 0.1, -20},
        ResizeItem{ItemId{3}, 0.1, 0.2, 100.3, 40.7},
        SetItemLabel{ItemId{3}, "Ranker \u2014 v2"},
        SetNoteColour{{ItemId{4}}, NoteColour::Blue},
        SetArrowEnds{ItemId{6}, ItemId{1}, ItemId{}, {1, 2}, {3, 4}},
        ReorderItems{{ItemId{1}, ItemId{2}}, ZOrderChange::Backward},
        BeginCanvasGroup{},
        EndCanvasGroup{},
    };
    for (const CanvasCommand& c : commands) {
        const nlohmann::json j = toJson(c);
        const auto back = canvasCommandFromJson(nlohmann::json::parse(j.dump()));
        INFO(j.dump());
        REQUIRE(back);
        CHECK(*back == c);
    }
}

TEST_CASE("malformed commands are rejected, never crash", "[canvas]") {
    for (const char* text : {R"(3)", R"({})", R"({"op":"fly"})", R"({"op":"move","ids":[1]})",
                             R"({"op":"move","ids":["a"],"dx":1,"dy":2})", R"({"op":"add","items":[{"id":1}]})",
                             R"({"op":"resize","id":1,"x":0,"y":0,"w":-1,"h":2})",
                             R"({"op":"set_colour","ids":[1],"colour":"grey"})",
                             R"({"op":"reorder","ids":[1],"z":"sideways"})",
                             R"({"op":"set_arrow","id":1,"from":0,"to":0,"points":[[0,0]]})",
                             R"({"op":"set_label","id":1,"text":5})"}) {
        INFO(text);
        CHECK_FALSE(canvasCommandFromJson(nlohmann::json::parse(text)));
    }
}
