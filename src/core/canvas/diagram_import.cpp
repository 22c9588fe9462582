#include "core/canvas/diagram_import.hpp"

#include "core/canvas/canvas_limits.hpp"

#include <unordered_map>

namespace rehearse {

CanvasDocument canvasFromDiagram(const Diagram& diagram) {
    CanvasDocument doc;
    std::unordered_map<std::string, ItemId> idFor;
    for (const DiagramItem& source : diagram.items) {
        CanvasItem item;
        item.kind = itemKindFromId(source.kind).value_or(ItemKind::Box);
        if (item.kind == ItemKind::Arrow || item.kind == ItemKind::Pen) item.kind = ItemKind::Box;
        const Vec2 size = defaultItemSize(item.kind);
        item.x = source.x;
        item.y = source.y;
        item.w = source.w > 0 ? source.w : size.x;
        item.h = source.h > 0 ? source.h : size.y;
        item.label = source.label;
        item.stage = source.stage;
        // A scenario file is anyone's: its diagram keeps the canvas limits too.
        clampToCanvasLimits(item);
        idFor[source.id] = doc.append(std::move(item));
    }
    for (const DiagramArrow& source : diagram.arrows) {
        CanvasItem arrow;
        arrow.kind = ItemKind::Arrow;
        arrow.label = source.label;
        const auto from = idFor.find(source.from);
        const auto to = idFor.find(source.to);
        if (from != idFor.end()) arrow.from = from->second;
        if (to != idFor.end() && arrow.from != to->second) arrow.to = to->second;
        // Stored points: the item centres, where a free end would sit.
        const Vec2 a = arrow.from ? doc.find(arrow.from)->bounds().centre() : Vec2{};
        const Vec2 b = arrow.to ? doc.find(arrow.to)->bounds().centre() : a + Vec2{80, 0};
        arrow.points = {a, b};
        doc.append(std::move(arrow));
    }
    // Arrows go underneath: a straight arrow that crosses a block on its way
    // disappears behind it instead of striking through its label. Ids stay
    // as given (items first), only the stacking order changes.
    CanvasDocument layered;
    for (const CanvasItem& item : doc.items())
        if (item.kind == ItemKind::Arrow) layered.append(item);
    for (const CanvasItem& item : doc.items())
        if (item.kind != ItemKind::Arrow) layered.append(item);
    return layered;
}

}  // namespace rehearse
