#include "core/canvas/canvas_command.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace rehearse {

namespace {

struct OpInfo {
    CanvasCommand::Type type;
    const char* op;
};

constexpr OpInfo kOps[] = {
    {CanvasCommand::Type::Add, "add"},
    {CanvasCommand::Type::Paste, "paste"},
    {CanvasCommand::Type::Remove, "remove"},
    {CanvasCommand::Type::Move, "move"},
    {CanvasCommand::Type::Resize, "resize"},
    {CanvasCommand::Type::SetLabel, "set_label"},
    {CanvasCommand::Type::SetColour, "set_colour"},
    {CanvasCommand::Type::SetArrow, "set_arrow"},
    {CanvasCommand::Type::Reorder, "reorder"},
    {CanvasCommand::Type::BeginGroup, "begin_group"},
    {CanvasCommand::Type::EndGroup, "end_group"},
};

constexpr const char* kZIds[] = {"front", "back", "forward", "backward"};

nlohmann::json idsToJson(const std::vector<ItemId>& ids) {
    nlohmann::json out = nlohmann::json::array();
    for (ItemId id : ids) out.push_back(id.value);
    return out;
}

// The parsing helpers below throw; canvasCommandFromJson turns that into nullopt.
struct Bad {};

const nlohmann::json& field(const nlohmann::json& j, const char* name) {
    auto it = j.find(name);
    if (it == j.end()) throw Bad{};
    return *it;
}

bool isId(const nlohmann::json& v) {
    return v.is_number_integer() && (v.is_number_unsigned() || v.get<int64_t>() >= 0);
}

ItemId idField(const nlohmann::json& j, const char* name) {
    const nlohmann::json& v = field(j, name);
    if (!isId(v)) throw Bad{};
    return ItemId{v.get<uint64_t>()};
}

double numberField(const nlohmann::json& j, const char* name) {
    const nlohmann::json& v = field(j, name);
    if (!v.is_number()) throw Bad{};
    const double d = v.get<double>();
    if (!std::isfinite(d)) throw Bad{};
    return d;
}

std::vector<ItemId> idsField(const nlohmann::json& j) {
    const nlohmann::json& v = field(j, "ids");
    if (!v.is_array()) throw Bad{};
    std::vector<ItemId> ids;
    for (const auto& e : v) {
        if (!isId(e)) throw Bad{};
        ids.push_back(ItemId{e.get<uint64_t>()});
    }
    return ids;
}

std::vector<CanvasItem> itemsField(const nlohmann::json& j) {
    const nlohmann::json& v = field(j, "items");
    if (!v.is_array()) throw Bad{};
    std::vector<CanvasItem> items;
    for (const auto& e : v) items.push_back(itemFromJson(e, false));  // throws CanvasFormatError
    return items;
}

}  // namespace

CanvasCommand CanvasCommand::add(CanvasItem item) {
    CanvasCommand c;
    c.type = Type::Add;
    c.items.push_back(std::move(item));
    return c;
}

CanvasCommand CanvasCommand::addMany(std::vector<CanvasItem> items) {
    CanvasCommand c;
    c.type = Type::Add;
    c.items = std::move(items);
    return c;
}

CanvasCommand CanvasCommand::paste(std::vector<CanvasItem> items) {
    CanvasCommand c;
    c.type = Type::Paste;
    c.items = std::move(items);
    return c;
}

CanvasCommand CanvasCommand::remove(std::vector<ItemId> ids) {
    CanvasCommand c;
    c.type = Type::Remove;
    c.ids = std::move(ids);
    return c;
}

CanvasCommand CanvasCommand::move(std::vector<ItemId> ids, double dx, double dy) {
    CanvasCommand c;
    c.type = Type::Move;
    c.ids = std::move(ids);
    c.dx = dx;
    c.dy = dy;
    return c;
}

CanvasCommand CanvasCommand::resize(ItemId id, double x, double y, double w, double h) {
    CanvasCommand c;
    c.type = Type::Resize;
    c.id = id;
    c.x = x;
    c.y = y;
    c.w = w;
    c.h = h;
    return c;
}

CanvasCommand CanvasCommand::resize(ItemId id, const Rect& bounds) {
    return resize(id, bounds.x0, bounds.y0, bounds.width(), bounds.height());
}

CanvasCommand CanvasCommand::setLabel(ItemId id, std::string text) {
    CanvasCommand c;
    c.type = Type::SetLabel;
    c.id = id;
    c.text = std::move(text);
    return c;
}

CanvasCommand CanvasCommand::setColour(std::vector<ItemId> ids, NoteColour colour) {
    CanvasCommand c;
    c.type = Type::SetColour;
    c.ids = std::move(ids);
    c.colour = colour;
    return c;
}

CanvasCommand CanvasCommand::setArrow(ItemId id, ItemId from, ItemId to, Vec2 start, Vec2 end) {
    CanvasCommand c;
    c.type = Type::SetArrow;
    c.id = id;
    c.from = from;
    c.to = to;
    c.points = {start, end};
    return c;
}

CanvasCommand CanvasCommand::reorder(std::vector<ItemId> ids, ZOrderChange z) {
    CanvasCommand c;
    c.type = Type::Reorder;
    c.ids = std::move(ids);
    c.z = z;
    return c;
}

CanvasCommand CanvasCommand::beginGroup() {
    CanvasCommand c;
    c.type = Type::BeginGroup;
    return c;
}

CanvasCommand CanvasCommand::endGroup() {
    CanvasCommand c;
    c.type = Type::EndGroup;
    return c;
}

bool operator==(const CanvasCommand& a, const CanvasCommand& b) {
    return a.type == b.type && a.items == b.items && a.ids == b.ids && a.id == b.id &&
           a.dx == b.dx && a.dy == b.dy && a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h && a.text == b.text &&
           a.colour == b.colour && a.from == b.from && a.to == b.to && a.points == b.points &&
           a.z == b.z;
}

const char* canvasCommandOp(CanvasCommand::Type type) {
    for (const OpInfo& o : kOps)
        if (o.type == type) return o.op;
    return "?";
}

std::string describeCanvasCommand(const CanvasCommand& c) {
    auto count = [](size_t n, const char* one) {
        return n == 1 ? std::string("1 ") + one : std::to_string(n) + " " + one + "s";
    };
    switch (c.type) {
    case CanvasCommand::Type::Add:
        if (c.items.size() == 1) return std::string("Add ") + itemKindTitle(c.items[0].kind);
        return "Add " + count(c.items.size(), "item");
    case CanvasCommand::Type::Paste: return "Paste " + count(c.items.size(), "item");
    case CanvasCommand::Type::Remove: return "Delete " + count(c.ids.size(), "item");
    case CanvasCommand::Type::Move: return "Move " + count(c.ids.size(), "item");
    case CanvasCommand::Type::Resize: return "Resize";
    case CanvasCommand::Type::SetLabel: return "Edit label";
    case CanvasCommand::Type::SetColour: return "Change note colour";
    case CanvasCommand::Type::SetArrow: return "Reconnect arrow";
    case CanvasCommand::Type::Reorder: return "Change stacking order";
    case CanvasCommand::Type::BeginGroup: return "Begin group";
    case CanvasCommand::Type::EndGroup: return "End group";
    }
    return "?";
}

nlohmann::json toJson(const CanvasCommand& c) {
    nlohmann::json j = {{"op", canvasCommandOp(c.type)}};
    switch (c.type) {
    case CanvasCommand::Type::Add:
    case CanvasCommand::Type::Paste: {
        nlohmann::json items = nlohmann::json::array();
        for (const CanvasItem& item : c.items) items.push_back(itemToJson(item));
        j["items"] = std::move(items);
        break;
    }
    case CanvasCommand::Type::Remove: j["ids"] = idsToJson(c.ids); break;
    case CanvasCommand::Type::Move:
        j["ids"] = idsToJson(c.ids);
        j["dx"] = c.dx;
        j["dy"] = c.dy;
        break;
    case CanvasCommand::Type::Resize:
        j["id"] = c.id.value;
        j["x"] = c.x;
        j["y"] = c.y;
        j["w"] = c.w;
        j["h"] = c.h;
        break;
    case CanvasCommand::Type::SetLabel:
        j["id"] = c.id.value;
        j["text"] = c.text;
        break;
    case CanvasCommand::Type::SetColour:
        j["ids"] = idsToJson(c.ids);
        j["colour"] = noteColourId(c.colour);
        break;
    case CanvasCommand::Type::SetArrow: {
        j["id"] = c.id.value;
        j["from"] = c.from.value;
        j["to"] = c.to.value;
        nlohmann::json pts = nlohmann::json::array();
        for (const Vec2& p : c.points) pts.push_back({p.x, p.y});
        j["points"] = std::move(pts);
        break;
    }
    case CanvasCommand::Type::Reorder:
        j["ids"] = idsToJson(c.ids);
        j["z"] = kZIds[static_cast<int>(c.z)];
        break;
    case CanvasCommand::Type::BeginGroup:
    case CanvasCommand::Type::EndGroup: break;
    }
    return j;
}

std::optional<CanvasCommand> canvasCommandFromJson(const nlohmann::json& j) {
    try {
        if (!j.is_object()) return std::nullopt;
        const nlohmann::json& opJson = field(j, "op");
        if (!opJson.is_string()) return std::nullopt;
        const std::string op = opJson.get<std::string>();
        CanvasCommand c;
        bool known = false;
        for (const OpInfo& o : kOps)
            if (op == o.op) {
                c.type = o.type;
                known = true;
            }
        if (!known) return std::nullopt;

        switch (c.type) {
        case CanvasCommand::Type::Add:
        case CanvasCommand::Type::Paste: c.items = itemsField(j); break;
        case CanvasCommand::Type::Remove: c.ids = idsField(j); break;
        case CanvasCommand::Type::Move:
            c.ids = idsField(j);
            c.dx = numberField(j, "dx");
            c.dy = numberField(j, "dy");
            break;
        case CanvasCommand::Type::Resize: {
            c.id = idField(j, "id");
            c.x = numberField(j, "x");
            c.y = numberField(j, "y");
            c.w = numberField(j, "w");
            c.h = numberField(j, "h");
            if (c.w < 0 || c.h < 0) return std::nullopt;
            break;
        }
        case CanvasCommand::Type::SetLabel: {
            c.id = idField(j, "id");
            const nlohmann::json& text = field(j, "text");
            if (!text.is_string()) return std::nullopt;
            c.text = text.get<std::string>();
            break;
        }
        case CanvasCommand::Type::SetColour: {
            c.ids = idsField(j);
            const nlohmann::json& colour = field(j, "colour");
            if (!colour.is_string()) return std::nullopt;
            const auto parsed = noteColourFromId(colour.get<std::string>());
            if (!parsed) return std::nullopt;
            c.colour = *parsed;
            break;
        }
        case CanvasCommand::Type::SetArrow: {
            c.id = idField(j, "id");
            c.from = idField(j, "from");
            c.to = idField(j, "to");
            const nlohmann::json& pts = field(j, "points");
            if (!pts.is_array() || pts.size() != 2) return std::nullopt;
            for (const auto& p : pts) {
                if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number())
                    return std::nullopt;
                const Vec2 v{p[0].get<double>(), p[1].get<double>()};
                if (!std::isfinite(v.x) || !std::isfinite(v.y)) return std::nullopt;
                c.points.push_back(v);
            }
            break;
        }
        case CanvasCommand::Type::Reorder: {
            c.ids = idsField(j);
            const nlohmann::json& z = field(j, "z");
            if (!z.is_string()) return std::nullopt;
            bool zKnown = false;
            for (int i = 0; i < 4; ++i)
                if (z.get<std::string>() == kZIds[i]) {
                    c.z = static_cast<ZOrderChange>(i);
                    zKnown = true;
                }
            if (!zKnown) return std::nullopt;
            break;
        }
        case CanvasCommand::Type::BeginGroup:
        case CanvasCommand::Type::EndGroup: break;
        }
        return c;
    } catch (...) {  // Bad, CanvasFormatError, json type errors: all mean "malformed"
        return std::nullopt;
    }
}

}  // namespace rehearse
