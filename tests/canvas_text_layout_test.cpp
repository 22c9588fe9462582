#include "core/canvas/canvas_shapes.hpp"
#include "core/canvas/text_layout.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace rehearse;

namespace {

CanvasItem sizedBlock(ItemKind kind, double w, double h, std::string label) {
    CanvasItem item;
    item.kind = kind;
    item.x = 100;
    item.y = 50;
    item.w = w;
    item.h = h;
    item.label = std::move(label);
    return item;
}

// Whether any line of the layout has ink over `icon`.
bool overlapsIcon(const TextBlockLayout& layout, const Rect& icon) {
    for (std::size_t i = 0; i < layout.lines.size(); ++i)
        if (!layout.lines[i].empty() && layout.lineRect(i).intersects(icon)) return true;
    return false;
}

}  // namespace

TEST_CASE("a block label never starts under the block's icon", "[canvas][text]") {
    // Labels seen covered in exports, plus long and one-word ones.
    const std::string labels[] = {"Model registry", "Issuers & card networks", "Feature store",
                                  "Real-time scoring service with rules", "Transactions", "A",
                                  "Gradient boosted trees retrained nightly on 5,000 labelled cases"};
    // The renderer's font can be narrower or wider than the table.
    const double fontScales[] = {0.85, 1.0, 1.1};
    CanvasDocument doc;
    for (ItemKind kind : kBlockKinds)
        for (const std::string& label : labels)
            for (const Vec2 size : {Vec2{160, 80}, Vec2{120, 60}, Vec2{240, 100}, Vec2{90, 120}})
                for (double k : fontScales) {
                    const CanvasItem item = sizedBlock(kind, size.x, size.y, label);
                    const std::optional<Rect> icon = blockIconBox(item);
                    REQUIRE(icon);
                    ShapeList shapes;
                    appendItemShape(doc, item, ShapeDetail::Full, shapes);
                    REQUIRE(!shapes.texts.empty());
                    const ShapeText& text = shapes.texts.back();
                    REQUIRE(text.text == label);
                    const TextMeasure measure = [k](std::string_view s, double px) {
                        return approximateTextWidth(s, px) * k;
                    };
                    const TextBlockLayout layout = layoutTextBlock(text, measure);
                    INFO(itemKindId(kind) << " " << size.x << "x" << size.y << " '" << label << "' x" << k);
                    CHECK_FALSE(overlapsIcon(layout, *icon));
                }
}

TEST_CASE("the icon box holds the whole icon drawing", "[canvas][text]") {
    for (ItemKind kind : kBlockKinds) {
        const CanvasItem item = sizedBlock(kind, 160, 80, "x");
        const Rect icon = *blockIconBox(item);
        ShapeList shapes;
        appendKindIcon(kind, icon, shapes);
        INFO(itemKindId(kind));
        REQUIRE(!shapes.points.empty());
        for (const Vec2& p : shapes.points) CHECK(icon.expanded(0.5).contains(p));
    }
}

TEST_CASE("a short label stays centred in the whole block", "[canvas][text]") {
    // Moving every label right of the icon would push short ones off centre.
    const CanvasItem item = sizedBlock(ItemKind::Model, 160, 80, "Model");
    ShapeList shapes;
    appendItemShape(CanvasDocument{}, item, ShapeDetail::Full, shapes);
    const TextBlockLayout layout = layoutTextBlock(shapes.texts.back());
    CHECK(layout.anchorX == Approx(shapes.texts.back().box.centre().x));
}

TEST_CASE("a label that would run under the icon moves beside it", "[canvas][text]") {
    const CanvasItem item = sizedBlock(ItemKind::ModelRegistry, 160, 80, "Model registry for versions");
    const Rect icon = *blockIconBox(item);
    ShapeList shapes;
    appendItemShape(CanvasDocument{}, item, ShapeDetail::Full, shapes);
    const ShapeText& text = shapes.texts.back();
    // Without the icon kept clear, the first line is under it.
    ShapeText unguarded = text;
    unguarded.keepClear.reset();
    REQUIRE(overlapsIcon(layoutTextBlock(unguarded), icon));
    const TextBlockLayout layout = layoutTextBlock(text);
    for (std::size_t i = 0; i < layout.lines.size(); ++i) CHECK(layout.lineLeft(i) > icon.x1);
    // And still inside the block.
    for (std::size_t i = 0; i < layout.lines.size(); ++i) CHECK(layout.lineRect(i).x1 <= item.bounds().x1);
}
