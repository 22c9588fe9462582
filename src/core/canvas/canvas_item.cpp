#include "core/canvas/canvas_item.hpp"

#include "core/canvas/canvas_format_error.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>

namespace rehearse {

namespace {

struct KindInfo {
    ItemKind kind;
    const char* id;
    const char* title;
};

constexpr KindInfo kKinds[] = {
    {ItemKind::Box, "box", "Box"},
    {ItemKind::Text, "text", "Text"},
    {ItemKind::Note, "note", "Sticky note"},
    {ItemKind::Arrow, "arrow", "Arrow"},
    {ItemKind::Pen, "pen", "Pen stroke"},
    {ItemKind::User, "user", "User / client"},
    {ItemKind::DataSource, "data_source", "Data source"},
    {ItemKind::EventStream, "event_stream", "Event stream / log"},
    {ItemKind::BatchJob, "batch_job", "Batch job"},
    {ItemKind::FeatureStore, "feature_store", "Feature store"},
    {ItemKind::TrainingJob, "training_job", "Training job"},
    {ItemKind::ModelRegistry, "model_registry", "Model registry"},
    {ItemKind::Model, "model", "Model / ranker"},
    {ItemKind::OnlineService, "online_service", "Online service"},
    {ItemKind::Cache, "cache", "Cache"},
    {ItemKind::Database, "database", "Database / index"},
    {ItemKind::AbTest, "ab_test", "A/B test"},
    {ItemKind::Monitoring, "monitoring", "Monitoring"},
};

const KindInfo& info(ItemKind kind) {
    for (const KindInfo& k : kKinds)
        if (k.kind == kind) return k;
    return kKinds[0];
}

constexpr const char* kNoteColourIds[] = {"yellow", "pink", "green", "blue", "orange"};

[[noreturn]] void fail(const std::string& what) { throw CanvasFormatError(what); }

double number(const nlohmann::json& obj, const char* name, double fallback) {
    auto it = obj.find(name);
    if (it == obj.end()) return fallback;
    if (!it->is_number()) fail(std::string(name) + ": expected a number");
    const double v = it->get<double>();
    if (!std::isfinite(v)) fail(std::string(name) + ": expected a finite number");
    return v;
}

std::string string(const nlohmann::json& obj, const char* name) {
    auto it = obj.find(name);
    if (it == obj.end()) return {};
    if (!it->is_string()) fail(std::string(name) + ": expected a string");
    return it->get<std::string>();
}

uint64_t unsignedId(const nlohmann::json& obj, const char* name, bool required) {
    auto it = obj.find(name);
    if (it == obj.end()) {
        if (required) fail(std::string(name) + ": missing");
        return 0;
    }
    if (!it->is_number_integer() || (!it->is_number_unsigned() && it->get<int64_t>() < 0))
        fail(std::string(name) + ": expected a non-negative integer");
    return it->get<uint64_t>();
}

}  // namespace

const char* itemKindId(ItemKind kind) { return info(kind).id; }
const char* itemKindTitle(ItemKind kind) { return info(kind).title; }

std::optional<ItemKind> itemKindFromId(const std::string& id) {
    for (const KindInfo& k : kKinds)
        if (id == k.id) return k.kind;
    return std::nullopt;
}

bool isBlockKind(ItemKind kind) {
    return kind != ItemKind::Text && kind != ItemKind::Note && kind != ItemKind::Arrow &&
           kind != ItemKind::Pen;
}

bool hasBounds(ItemKind kind) { return kind != ItemKind::Arrow; }

Vec2 defaultItemSize(ItemKind kind) {
    switch (kind) {
    case ItemKind::Text: return {200, 40};
    case ItemKind::Note: return {180, 140};
    case ItemKind::Arrow:
    case ItemKind::Pen: return {0, 0};
    default: return {160, 80};
    }
}

const char* noteColourId(NoteColour colour) { return kNoteColourIds[static_cast<int>(colour)]; }

std::optional<NoteColour> noteColourFromId(const std::string& id) {
    for (NoteColour c : kNoteColours)
        if (id == noteColourId(c)) return c;
    return std::nullopt;
}

bool operator==(const CanvasItem& a, const CanvasItem& b) {
    return a.id == b.id && a.kind == b.kind && a.x == b.x && a.y == b.y && a.w == b.w &&
           a.h == b.h && a.label == b.label && a.stage == b.stage && a.colour == b.colour &&
           a.from == b.from && a.to == b.to && a.points == b.points && a.version == b.version;
}

nlohmann::json itemToJson(const CanvasItem& item) {
    nlohmann::json j = nlohmann::json::object();
    j["id"] = item.id.value;
    j["kind"] = itemKindId(item.kind);
    j["x"] = item.x;
    j["y"] = item.y;
    j["w"] = item.w;
    j["h"] = item.h;
    j["label"] = item.label;
    if (!item.stage.empty()) j["stage"] = item.stage;
    if (item.kind == ItemKind::Note) j["colour"] = noteColourId(item.colour);
    if (item.kind == ItemKind::Arrow) {
        j["from"] = item.from.value;
        j["to"] = item.to.value;
    }
    if (!item.points.empty()) {
        nlohmann::json pts = nlohmann::json::array();
        for (const Vec2& p : item.points) pts.push_back({p.x, p.y});
        j["points"] = std::move(pts);
    }
    j["version"] = item.version;
    return j;
}

CanvasItem itemFromJson(const nlohmann::json& j, bool requireId) {
    if (!j.is_object()) fail("expected an object");
    CanvasItem item;
    item.id = ItemId{unsignedId(j, "id", requireId)};
    if (requireId && !item.id) fail("id: must be positive");
    const std::string kind = string(j, "kind");
    const auto parsedKind = itemKindFromId(kind);
    if (!parsedKind) fail("kind: unknown item kind \"" + kind + "\"");
    item.kind = *parsedKind;
    item.x = number(j, "x", 0);
    item.y = number(j, "y", 0);
    item.w = number(j, "w", 0);
    item.h = number(j, "h", 0);
    if (item.w < 0 || item.h < 0) fail("w/h: must not be negative");
    item.label = string(j, "label");
    item.stage = string(j, "stage");
    if (j.contains("colour")) {
        const std::string colour = string(j, "colour");
        const auto parsed = noteColourFromId(colour);
        if (!parsed) fail("colour: unknown note colour \"" + colour + "\"");
        item.colour = *parsed;
    }
    item.from = ItemId{unsignedId(j, "from", false)};
    item.to = ItemId{unsignedId(j, "to", false)};
    if (auto it = j.find("points"); it != j.end()) {
        if (!it->is_array()) fail("points: expected an array");
        for (const auto& p : *it) {
            if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number())
                fail("points: expected [x, y] pairs");
            const Vec2 v{p[0].get<double>(), p[1].get<double>()};
            if (!std::isfinite(v.x) || !std::isfinite(v.y)) fail("points: expected finite numbers");
            item.points.push_back(v);
        }
    }
    if (item.kind == ItemKind::Arrow) {
        if (item.points.size() != 2) fail("points: an arrow has exactly two points");
    } else if (item.from || item.to) {
        fail("from/to: only arrows attach to items");
    }
    item.version = unsignedId(j, "version", false);
    if (item.version == 0) item.version = 1;
    return item;
}

}  // namespace rehearse
