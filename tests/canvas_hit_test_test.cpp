// Hit-testing and the spatial index: exact per kind, topmost wins, rubber
// band encloses, and the index agrees with a brute-force scan.
#include "core/canvas/canvas_camera.hpp"
#include "core/canvas/canvas_hit_test.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace rehearse;

namespace {

CanvasItem hitBox(double x, double y, double w = 160, double h = 80) {
    CanvasItem item;
    item.kind = ItemKind::Box;
    item.x = x;
    item.y = y;
    item.w = w;
    item.h = h;
    return item;
}

}  // namespace

TEST_CASE("hit-testing: topmost wins, lines by distance, misses miss", "[canvas][hit]") {
    CanvasDocument doc;
    const ItemId bottom = doc.append(hitBox(0, 0));
    const ItemId top = doc.append(hitBox(100, 40));
    CanvasItem arrow;
    arrow.kind = ItemKind::Arrow;
    arrow.points = {{0, 300}, {400, 300}};
    const ItemId line = doc.append(arrow);
    CanvasItem pen;
    pen.kind = ItemKind::Pen;
    pen.x = 500;
    pen.y = 0;
    pen.w = 100;
    pen.h = 100;
    pen.points = {{0, 0}, {1, 1}};  // a diagonal
    const ItemId stroke = doc.append(pen);

    SpatialIndex index;
    index.sync(doc);
    CHECK(hitTest(doc, index, {10, 10}, 2) == bottom);
    CHECK(hitTest(doc, index, {120, 60}, 2) == top);       // overlap: the later one
    CHECK(hitTest(doc, index, {200, 303}, 2) == line);     // within tolerance + stroke
    CHECK_FALSE(hitTest(doc, index, {200, 320}, 2));
    CHECK(hitTest(doc, index, {550, 551 - 500 + 0}, 3) == stroke);
    CHECK_FALSE(hitTest(doc, index, {590, 10}, 3));        // inside the bounds, far from the line
    CHECK(hitTestAttachable(doc, index, {200, 300}, 2) == ItemId{});  // arrows do not take arrows
    CHECK(hitTestAttachable(doc, index, {120, 60}, 2, top) == bottom);
}

TEST_CASE("itemsInside takes only wholly enclosed items", "[canvas][hit]") {
    CanvasDocument doc;
    const ItemId a = doc.append(hitBox(0, 0, 100, 100));
    doc.append(hitBox(90, 0, 100, 100));
    SpatialIndex index;
    index.sync(doc);
    CHECK(itemsInside(doc, index, {-10, -10, 150, 150}) == std::vector<ItemId>{a});
}

TEST_CASE("the spatial index agrees with brute force", "[canvas][hit]") {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> pos(-5000, 5000), size(1, 400);
    CanvasDocument doc;
    for (int i = 0; i < 3000; ++i) doc.append(hitBox(pos(rng), pos(rng), size(rng), size(rng)));
    doc.append(hitBox(-20000, -20000, 40000, 10));  // huge: lives in the index's large list
    SpatialIndex index;
    index.sync(doc);
    std::vector<uint32_t> got;
    for (int q = 0; q < 200; ++q) {
        const Rect area = Rect::fromXywh(pos(rng), pos(rng), size(rng) * (q % 3 ? 1 : 20), size(rng));
        index.query(area, got);
        std::vector<uint32_t> want;
        for (uint32_t i = 0; i < doc.size(); ++i)
            if (doc.itemBounds(doc.items()[i]).intersects(area)) want.push_back(i);
        REQUIRE(got == want);
    }
}

TEST_CASE("the camera zooms about the cursor and fits content", "[canvas][camera]") {
    CanvasCamera camera;
    const Vec2 anchor{300, 200};
    const Vec2 before = camera.screenToWorld(anchor);
    camera.zoomAbout(anchor, 2.5);
    CHECK(camera.zoom() == Approx(2.5));
    const Vec2 after = camera.screenToWorld(anchor);
    CHECK(after.x == Approx(before.x));
    CHECK(after.y == Approx(before.y));
    camera.zoomAbout(anchor, 1e6);
    CHECK(camera.zoom() == CanvasCamera::kMaxZoom);

    camera.fit({0, 0, 4000, 1000}, {1000, 500}, 50);
    CHECK(camera.zoom() == Approx(900.0 / 4000));
    const Vec2 centre = camera.worldToScreen({2000, 500});
    CHECK(centre.x == Approx(500));
    CHECK(centre.y == Approx(250));
    camera.fit({0, 0, 10, 10}, {1000, 500}, 50);
    CHECK(camera.zoom() == 1.0);  // never zooms past 100% to fit
}
