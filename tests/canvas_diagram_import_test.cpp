// A scenario's reference diagram becomes a canvas drawn with the same items.
#include "core/canvas/diagram_import.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

TEST_CASE("a reference diagram becomes canvas items and attached arrows", "[canvas][import]") {
    Diagram diagram;
    diagram.items = {
        {"inv", "database", "Invoices", 0, 0, 0, 0, "data"},
        {"clf", "model", "Late-payment model", 240, 0, 200, 100, "models"},
        {"odd", "hexagon", "Mystery", 0, 200, 0, 0, ""},
        {"memo", "note", "Check label delay", 240, 200, 0, 0, ""},
    };
    diagram.arrows = {{"a1", "inv", "clf", "features"}, {"a2", "nowhere", "clf", ""}};
    const CanvasDocument doc = canvasFromDiagram(diagram);
    REQUIRE(doc.size() == 6);
    // Arrows are stacked underneath the items; ids follow the diagram's order.
    CHECK(doc.items()[0].kind == ItemKind::Arrow);
    CHECK(doc.items()[1].kind == ItemKind::Arrow);
    CHECK(doc.items()[0].id == ItemId{5});
    CHECK(doc.nextId() == ItemId{7});
    auto at = [&](uint64_t id) -> const CanvasItem& { return *doc.find(ItemId{id}); };
    const CanvasItem& inv = at(1);
    CHECK(inv.kind == ItemKind::Database);
    CHECK(inv.w == 160);  // the kind's default
    CHECK(inv.h == 80);
    CHECK(inv.stage == "data");
    CHECK(at(2).w == 200);
    CHECK(at(3).kind == ItemKind::Box);  // unknown kinds become boxes
    CHECK(at(4).kind == ItemKind::Note);
    CHECK(at(4).w == 180);
    const CanvasItem& a1 = at(5);
    CHECK(a1.kind == ItemKind::Arrow);
    CHECK(a1.from == inv.id);
    CHECK(a1.to == ItemId{2});
    CHECK(a1.label == "features");
    CHECK_FALSE(at(6).from);  // missing item: a free end
    CHECK(doc.texts() == std::vector<std::string>{"features", "Invoices", "Late-payment model", "Mystery",
                                                  "Check label delay"});
}
