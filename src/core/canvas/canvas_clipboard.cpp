#include "core/canvas/canvas_clipboard.hpp"
#include "core/canvas/canvas_limits.hpp"

#include "core/json/untrusted_json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_set>

namespace rehearse {

namespace {
constexpr const char* kPayloadTag = "canvas-items";
}

std::vector<CanvasItem> copyItems(const CanvasDocument& doc, const std::vector<ItemId>& ids) {
    const std::unordered_set<ItemId> wanted(ids.begin(), ids.end());
    std::vector<CanvasItem> out;
    for (const CanvasItem& item : doc.items()) {
        if (!wanted.count(item.id)) continue;
        CanvasItem copy = item;
        if (copy.kind == ItemKind::Arrow) {
            const auto [start, end] = doc.arrowEnds(item);
            copy.points = {start, end};
        }
        out.push_back(std::move(copy));
    }
    return out;
}

std::string encodeClipboard(const CanvasDocument& doc, const std::vector<ItemId>& ids) {
    const std::vector<CanvasItem> items = copyItems(doc, ids);
    if (items.empty()) return {};
    nlohmann::json list = nlohmann::json::array();
    for (const CanvasItem& item : items) list.push_back(itemToJson(item));
    const nlohmann::json payload = {{"rehearse", kPayloadTag}, {"format", 1}, {"items", std::move(list)}};
    // Labels pasted as plain text may hold bytes that are not UTF-8: copy
    // them as U+FFFD rather than throw (dump's default).
    return payload.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<std::vector<CanvasItem>> decodeClipboard(const std::string& text) {
    // Cheap rejection first: most clipboard text is not ours.
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos || text[first] != '{') return std::nullopt;
    // Clipboard text is anyone's: refuse nesting too deep to handle.
    const std::optional<nlohmann::json> parsed = parseUntrustedJson(text);
    if (!parsed || !parsed->is_object()) return std::nullopt;
    const nlohmann::json& payload = *parsed;
    const auto tag = payload.find("rehearse");
    if (tag == payload.end() || *tag != kPayloadTag) return std::nullopt;
    const auto list = payload.find("items");
    if (list == payload.end() || !list->is_array()) return std::nullopt;
    std::vector<CanvasItem> items;
    try {
        for (const auto& j : *list) {
            items.push_back(itemFromJson(j));
            // Beyond the canvas limits is not a payload we wrote: paste it as text.
            if (canvasLimitProblem(items.back())) return std::nullopt;
        }
    } catch (const std::exception&) {
        return std::nullopt;
    }
    return items;
}

void offsetItems(std::vector<CanvasItem>& items, Vec2 delta) {
    for (CanvasItem& item : items) {
        if (item.kind == ItemKind::Arrow) {
            for (Vec2& p : item.points) p = p + delta;
        } else {
            item.x += delta.x;
            item.y += delta.y;
        }
    }
}

std::optional<Rect> itemsBounds(const std::vector<CanvasItem>& items) {
    std::optional<Rect> bounds;
    for (const CanvasItem& item : items) {
        Rect r = item.bounds();
        if (item.kind == ItemKind::Arrow && item.points.size() >= 2)
            r = Rect::fromCorners(item.points.front(), item.points.back());
        bounds = bounds ? bounds->united(r) : r;
    }
    return bounds;
}

}  // namespace rehearse
