#include "core/export/excalidraw_export.hpp"

#include "core/canvas/canvas_shapes.hpp"
#include "core/canvas/text_layout.hpp"
#include "core/numeric/checked_conversion.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace rehearse {

namespace {

// Excalidraw's font families: 1 Virgil (hand-drawn), 2 Helvetica, 3 Cascadia.
constexpr int kFontHelvetica = 2;
constexpr double kLineHeightExcalidraw = 1.25;
// Excalidraw's text padding inside a container.
constexpr double kContainerPadding = 5;

std::string hex(Colour c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

std::string elementId(ItemId id) { return "rh-" + std::to_string(id.value); }
std::string labelId(ItemId id) { return "rh-" + std::to_string(id.value) + "-label"; }

// Rounded to 1/100 so files are stable and readable; clamped to +-1e9 (far
// beyond the canvas limits), NaN as 0: JSON has no inf, nlohmann writes null.
double round2(double v) {
    const double r = std::round(clampFinite(v, -1e9, 1e9, 0) * 100) / 100;
    return r == 0 ? 0 : r;  // no "-0"
}

// Deterministic stand-ins for Excalidraw's random seed and version nonce.
int seedFor(const std::string& id) {
    uint32_t h = 2166136261u;
    for (char c : id) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return int(h & 0x7fffffff);
}

nlohmann::json base(const std::string& id, const char* type, const CanvasItem& item, double x, double y,
                    double w, double h) {
    return {
        {"id", id},
        {"type", type},
        {"x", round2(x)},
        {"y", round2(y)},
        {"width", round2(std::max(1.0, w))},
        {"height", round2(std::max(1.0, h))},
        {"angle", 0},
        {"strokeColor", "#1e1e1e"},
        {"backgroundColor", "transparent"},
        {"fillStyle", "solid"},
        {"strokeWidth", 2},
        {"strokeStyle", "solid"},
        {"roughness", 0},
        {"opacity", 100},
        {"groupIds", nlohmann::json::array()},
        {"frameId", nullptr},
        {"roundness", nullptr},
        {"seed", seedFor(id)},
        {"version", item.version},
        {"versionNonce", seedFor(id + "#" + std::to_string(item.version))},
        {"isDeleted", false},
        {"boundElements", nullptr},
        {"updated", 1},
        {"link", nullptr},
        {"locked", false},
    };
}

nlohmann::json customData(const CanvasItem& item) {
    nlohmann::json data = {{"rehearseId", item.id.value}, {"kind", itemKindId(item.kind)}};
    if (!item.stage.empty()) data["stage"] = item.stage;
    return data;
}

// A text element; inside a container when `containerId` is set.
nlohmann::json textElement(const std::string& id, const CanvasItem& item, const std::string& text,
                           double fontSize, const Rect& area, const char* align, const char* valign,
                           const std::string& containerId) {
    const std::vector<std::string> lines = wrapText(text, fontSize, std::max(fontSize, area.width()));
    double widest = 0;
    std::string wrapped;
    for (size_t i = 0; i < lines.size(); ++i) {
        widest = std::max(widest, approximateTextWidth(lines[i], fontSize));
        wrapped += (i ? "\n" : "") + lines[i];
    }
    const double height = fontSize * kLineHeightExcalidraw * double(lines.size());
    double x = area.x0, y = area.y0;
    if (std::string(align) == "center") x = area.centre().x - widest / 2;
    if (std::string(valign) == "middle") y = area.centre().y - height / 2;
    nlohmann::json t = base(id, "text", item, x, y, widest, height);
    t["strokeColor"] = hex(item.kind == ItemKind::Text ? kInkColour : rgb(0x0F172A));
    t["text"] = wrapped;
    t["originalText"] = text;
    t["fontSize"] = fontSize;
    t["fontFamily"] = kFontHelvetica;
    t["textAlign"] = align;
    t["verticalAlign"] = valign;
    t["containerId"] = containerId.empty() ? nlohmann::json(nullptr) : nlohmann::json(containerId);
    t["lineHeight"] = kLineHeightExcalidraw;
    t["baseline"] = round2(fontSize * 0.9 + fontSize * kLineHeightExcalidraw * double(lines.size() - 1));
    t["autoResize"] = true;
    t["customData"] = customData(item);
    return t;
}

const char* shapeType(ItemKind kind) {
    switch (kind) {
    case ItemKind::User: return "ellipse";
    case ItemKind::AbTest: return "diamond";
    default: return "rectangle";
    }
}

}  // namespace

nlohmann::json exportExcalidraw(const CanvasDocument& doc) {
    nlohmann::json elements = nlohmann::json::array();
    // Arrows attached to each item, for the item's boundElements.
    std::unordered_map<uint64_t, std::vector<std::string>> arrowsOf;
    for (const CanvasItem& item : doc.items())
        if (item.kind == ItemKind::Arrow)
            for (ItemId end : {item.from, item.to})
                if (end) {
                    auto& list = arrowsOf[end.value];
                    if (std::find(list.begin(), list.end(), elementId(item.id)) == list.end())
                        list.push_back(elementId(item.id));
                }

    for (const CanvasItem& item : doc.items()) {
        const std::string id = elementId(item.id);
        nlohmann::json bound = nlohmann::json::array();
        if (auto it = arrowsOf.find(item.id.value); it != arrowsOf.end())
            for (const std::string& arrow : it->second) bound.push_back({{"type", "arrow"}, {"id", arrow}});

        switch (item.kind) {
        case ItemKind::Text: {
            // Free text: its own element, sized by its lines.
            nlohmann::json t = textElement(id, item, item.label.empty() ? " " : item.label, kTextFontSize,
                                           item.bounds(), "left", "top", "");
            if (!bound.empty()) t["boundElements"] = bound;
            elements.push_back(std::move(t));
            break;
        }
        case ItemKind::Arrow: {
            const auto [start, end] = doc.arrowEnds(item);
            const Vec2 d = end - start;
            nlohmann::json a = base(id, "arrow", item, start.x, start.y, std::abs(d.x), std::abs(d.y));
            a["strokeColor"] = hex(kInkColour);
            a["roundness"] = {{"type", 2}};
            a["points"] = {{0, 0}, {round2(d.x), round2(d.y)}};
            a["lastCommittedPoint"] = nullptr;
            a["startArrowhead"] = nullptr;
            a["endArrowhead"] = "arrow";
            a["startBinding"] = item.from ? nlohmann::json{{"elementId", elementId(item.from)}, {"focus", 0}, {"gap", 4}}
                                          : nlohmann::json(nullptr);
            a["endBinding"] = item.to ? nlohmann::json{{"elementId", elementId(item.to)}, {"focus", 0}, {"gap", 4}}
                                      : nlohmann::json(nullptr);
            a["elbowed"] = false;
            a["customData"] = customData(item);
            if (!item.label.empty()) {
                a["boundElements"] = {{{"type", "text"}, {"id", labelId(item.id)}}};
                const Vec2 mid = (start + end) * 0.5;
                const Rect area{mid.x - 80, mid.y - 12, mid.x + 80, mid.y + 12};
                elements.push_back(std::move(a));
                elements.push_back(textElement(labelId(item.id), item, item.label, kLabelFontSize, area, "center",
                                               "middle", id));
            } else {
                elements.push_back(std::move(a));
            }
            break;
        }
        case ItemKind::Pen: {
            nlohmann::json f = base(id, "freedraw", item, item.x, item.y, item.w, item.h);
            f["strokeColor"] = hex(kInkColour);
            nlohmann::json points = nlohmann::json::array();
            for (const Vec2& p : item.points) points.push_back({round2(p.x * item.w), round2(p.y * item.h)});
            if (points.size() == 1) points.push_back(points[0]);  // a dot still needs two points
            if (points.empty()) points = {{0, 0}, {round2(item.w), round2(item.h)}};
            f["points"] = std::move(points);
            f["pressures"] = nlohmann::json::array();
            f["simulatePressure"] = true;
            f["lastCommittedPoint"] = nullptr;
            f["customData"] = customData(item);
            if (!bound.empty()) f["boundElements"] = bound;
            elements.push_back(std::move(f));
            break;
        }
        default: {
            // Blocks and notes: a filled shape with the label bound inside.
            const ItemStyle style = itemStyle(item.kind, item.colour);
            nlohmann::json s = base(id, shapeType(item.kind), item, item.x, item.y, item.w, item.h);
            s["strokeColor"] = hex(style.stroke);
            s["backgroundColor"] = hex(style.fill);
            s["strokeWidth"] = item.kind == ItemKind::Note ? 1 : 2;
            if (item.kind != ItemKind::Note && item.kind != ItemKind::User && item.kind != ItemKind::AbTest)
                s["roundness"] = {{"type", 3}};
            s["customData"] = customData(item);
            const bool labelled = !item.label.empty();
            if (labelled) bound.push_back({{"type", "text"}, {"id", labelId(item.id)}});
            if (!bound.empty()) s["boundElements"] = bound;
            elements.push_back(std::move(s));
            if (labelled) {
                const bool note = item.kind == ItemKind::Note;
                const Rect area = item.bounds().expanded(note ? -10 : -kContainerPadding);
                elements.push_back(textElement(labelId(item.id), item, item.label, kLabelFontSize, area,
                                               note ? "left" : "center", note ? "top" : "middle", id));
            }
            break;
        }
        }
    }
    return {
        {"type", "excalidraw"},
        {"version", 2},
        {"source", "rehearse"},
        {"elements", std::move(elements)},
        {"appState", {{"viewBackgroundColor", "#ffffff"}, {"gridSize", 20}}},
        {"files", nlohmann::json::object()},
    };
}

std::string exportExcalidrawText(const CanvasDocument& doc) {
    // A label that is not UTF-8 (pasted bytes) is written with U+FFFD instead
    // of making dump() throw.
    return exportExcalidraw(doc).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace rehearse
