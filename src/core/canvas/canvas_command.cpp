#include "core/canvas/canvas_command.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace rehearse {

namespace {

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

// One name per op; commandFromOp reads the same names.
struct CommandOpName {
    const char* operator()(const AddItems&) const { return "add"; }
    const char* operator()(const PasteItems&) const { return "paste"; }
    const char* operator()(const RemoveItems&) const { return "remove"; }
    const char* operator()(const MoveItems&) const { return "move"; }
    const char* operator()(const ResizeItem&) const { return "resize"; }
    const char* operator()(const SetItemLabel&) const { return "set_label"; }
    const char* operator()(const SetNoteColour&) const { return "set_colour"; }
    const char* operator()(const SetArrowEnds&) const { return "set_arrow"; }
    const char* operator()(const ReorderItems&) const { return "reorder"; }
    const char* operator()(const BeginCanvasGroup&) const { return "begin_group"; }
    const char* operator()(const EndCanvasGroup&) const { return "end_group"; }
};

std::string itemCountText(size_t n, const char* one) {
    return n == 1 ? std::string("1 ") + one : std::to_string(n) + " " + one + "s";
}

struct CommandDescription {
    std::string operator()(const AddItems& c) const {
        if (c.items.size() == 1) return std::string("Add ") + itemKindTitle(c.items[0].kind);
        return "Add " + itemCountText(c.items.size(), "item");
    }
    std::string operator()(const PasteItems& c) const { return "Paste " + itemCountText(c.items.size(), "item"); }
    std::string operator()(const RemoveItems& c) const { return "Delete " + itemCountText(c.ids.size(), "item"); }
    std::string operator()(const MoveItems& c) const { return "Move " + itemCountText(c.ids.size(), "item"); }
    std::string operator()(const ResizeItem&) const { return "Resize"; }
    std::string operator()(const SetItemLabel&) const { return "Edit label"; }
    std::string operator()(const SetNoteColour&) const { return "Change note colour"; }
    std::string operator()(const SetArrowEnds&) const { return "Reconnect arrow"; }
    std::string operator()(const ReorderItems&) const { return "Change stacking order"; }
    std::string operator()(const BeginCanvasGroup&) const { return "Begin group"; }
    std::string operator()(const EndCanvasGroup&) const { return "End group"; }
};

nlohmann::json commandItemsToJson(const std::vector<CanvasItem>& items) {
    nlohmann::json out = nlohmann::json::array();
    for (const CanvasItem& item : items) out.push_back(itemToJson(item));
    return out;
}

// The fields of each op; "op" itself is written by toJson.
struct CommandFieldsToJson {
    nlohmann::json& j;
    void operator()(const AddItems& c) const { j["items"] = commandItemsToJson(c.items); }
    void operator()(const PasteItems& c) const { j["items"] = commandItemsToJson(c.items); }
    void operator()(const RemoveItems& c) const { j["ids"] = idsToJson(c.ids); }
    void operator()(const MoveItems& c) const {
        j["ids"] = idsToJson(c.ids);
        j["dx"] = c.dx;
        j["dy"] = c.dy;
    }
    void operator()(const ResizeItem& c) const {
        j["id"] = c.id.value;
        j["x"] = c.x;
        j["y"] = c.y;
        j["w"] = c.w;
        j["h"] = c.h;
    }
    void operator()(const SetItemLabel& c) const {
        j["id"] = c.id.value;
        j["text"] = c.text;
    }
    void operator()(const SetNoteColour& c) const {
        j["ids"] = idsToJson(c.ids);
        j["colour"] = noteColourId(c.colour);
    }
    void operator()(const SetArrowEnds& c) const {
        j["id"] = c.id.value;
        j["from"] = c.from.value;
        j["to"] = c.to.value;
        j["points"] = nlohmann::json::array({{c.start.x, c.start.y}, {c.end.x, c.end.y}});
    }
    void operator()(const ReorderItems& c) const {
        j["ids"] = idsToJson(c.ids);
        j["z"] = kZIds[static_cast<int>(c.z)];
    }
    void operator()(const BeginCanvasGroup&) const {}
    void operator()(const EndCanvasGroup&) const {}
};

const std::string& commandStringField(const nlohmann::json& j, const char* name) {
    const nlohmann::json& v = field(j, name);
    if (!v.is_string()) throw Bad{};
    return v.get_ref<const std::string&>();
}

Vec2 commandPointField(const nlohmann::json& p) {
    if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) throw Bad{};
    const Vec2 v{p[0].get<double>(), p[1].get<double>()};
    if (!std::isfinite(v.x) || !std::isfinite(v.y)) throw Bad{};
    return v;
}

// Throws Bad (or CanvasFormatError from an item) on a malformed command;
// nullopt for an op this version does not know.
std::optional<CanvasCommand> commandFromOp(const std::string& op, const nlohmann::json& j) {
    if (op == "add") return AddItems{itemsField(j)};
    if (op == "paste") return PasteItems{itemsField(j)};
    if (op == "remove") return RemoveItems{idsField(j)};
    if (op == "move") return MoveItems{idsField(j), numberField(j, "dx"), numberField(j, "dy")};
    if (op == "resize") {
        ResizeItem c{idField(j, "id"), numberField(j, "x"), numberField(j, "y"), numberField(j, "w"),
                     numberField(j, "h")};
        if (c.w < 0 || c.h < 0) throw Bad{};
        return c;
    }
    if (op == "set_label") return SetItemLabel{idField(j, "id"), commandStringField(j, "text")};
    if (op == "set_colour") {
        std::vector<ItemId> ids = idsField(j);
        const auto colour = noteColourFromId(commandStringField(j, "colour"));
        if (!colour) throw Bad{};
        return SetNoteColour{std::move(ids), *colour};
    }
    if (op == "set_arrow") {
        SetArrowEnds c{idField(j, "id"), idField(j, "from"), idField(j, "to"), {}, {}};
        const nlohmann::json& points = field(j, "points");
        if (!points.is_array() || points.size() != 2) throw Bad{};
        c.start = commandPointField(points[0]);
        c.end = commandPointField(points[1]);
        return c;
    }
    if (op == "reorder") {
        std::vector<ItemId> ids = idsField(j);
        const std::string& z = commandStringField(j, "z");
        for (int i = 0; i < 4; ++i)
            if (z == kZIds[i]) return ReorderItems{std::move(ids), static_cast<ZOrderChange>(i)};
        throw Bad{};
    }
    if (op == "begin_group") return BeginCanvasGroup{};
    if (op == "end_group") return EndCanvasGroup{};
    return std::nullopt;
}

}  // namespace

bool operator==(const AddItems& a, const AddItems& b) { return a.items == b.items; }
bool operator==(const PasteItems& a, const PasteItems& b) { return a.items == b.items; }
bool operator==(const RemoveItems& a, const RemoveItems& b) { return a.ids == b.ids; }
bool operator==(const MoveItems& a, const MoveItems& b) { return a.ids == b.ids && a.dx == b.dx && a.dy == b.dy; }
bool operator==(const ResizeItem& a, const ResizeItem& b) {
    return a.id == b.id && a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h;
}
bool operator==(const SetItemLabel& a, const SetItemLabel& b) { return a.id == b.id && a.text == b.text; }
bool operator==(const SetNoteColour& a, const SetNoteColour& b) { return a.ids == b.ids && a.colour == b.colour; }
bool operator==(const SetArrowEnds& a, const SetArrowEnds& b) {
    return a.id == b.id && a.from == b.from && a.to == b.to && a.start == b.start && a.end == b.end;
}
bool operator==(const ReorderItems& a, const ReorderItems& b) { return a.ids == b.ids && a.z == b.z; }

const char* canvasCommandOp(const CanvasCommand& command) { return std::visit(CommandOpName{}, command); }

std::string describeCanvasCommand(const CanvasCommand& command) { return std::visit(CommandDescription{}, command); }

nlohmann::json toJson(const CanvasCommand& command) {
    nlohmann::json j = {{"op", canvasCommandOp(command)}};
    std::visit(CommandFieldsToJson{j}, command);
    return j;
}

std::optional<CanvasCommand> canvasCommandFromJson(const nlohmann::json& j) {
    try {
        if (!j.is_object()) return std::nullopt;
        const nlohmann::json& op = field(j, "op");
        if (!op.is_string()) return std::nullopt;
        return commandFromOp(op.get<std::string>(), j);
    } catch (...) {  // Bad, CanvasFormatError, json type errors: all mean "malformed"
        return std::nullopt;
    }
}

}  // namespace rehearse
