// A canvas edit as a small value: what the tools produce, what the session
// journals and replays, what CanvasEditor applies and undoes. Serialises to
// JSON so a session's journal can rebuild the canvas exactly.
//
//   {"op":"add","items":[...]}           add items with fresh ids (see below)
//   {"op":"paste","items":[...]}         same, arrows re-linked inside the set
//   {"op":"remove","ids":[1,2]}          also removes arrows attached to them
//   {"op":"move","ids":[1],"dx":20,"dy":0}
//   {"op":"resize","id":1,"x":0,"y":0,"w":200,"h":80}
//   {"op":"set_label","id":1,"text":"Ranker"}
//   {"op":"set_colour","ids":[4],"colour":"pink"}
//   {"op":"set_arrow","id":5,"from":1,"to":0,"points":[[0,0],[90,40]]}
//   {"op":"reorder","ids":[1],"z":"front"|"back"|"forward"|"backward"}
//   {"op":"begin_group"} ... {"op":"end_group"}   one history entry
//
// Add and paste always give items the document's next ids, in order, so the
// result of a command depends only on the document it is applied to (the
// tool predicts the ids from CanvasDocument::nextId() to select new items).
// In `paste`, an arrow end attached to an item of the same paste follows the
// copy; an end attached to anything else becomes free at its stored point.
// In `add`, arrow ends keep pointing at existing items.
#pragma once

#include "core/canvas/canvas_item.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

enum class ZOrderChange { Front, Back, Forward, Backward };

struct CanvasCommand {
    enum class Type { Add, Paste, Remove, Move, Resize, SetLabel, SetColour, SetArrow, Reorder,
                      BeginGroup, EndGroup };

    Type type = Type::BeginGroup;
    std::vector<CanvasItem> items;   // Add, Paste
    std::vector<ItemId> ids;         // Remove, Move, SetColour, Reorder
    ItemId id;                       // Resize, SetLabel, SetArrow
    double dx = 0, dy = 0;           // Move
    double x = 0, y = 0, w = 0, h = 0;  // Resize: new bounds (kept as x/y/w/h so JSON is exact)
    std::string text;                // SetLabel
    NoteColour colour = NoteColour::Yellow;  // SetColour
    ItemId from, to;                 // SetArrow: attachments (0 = free end)
    std::vector<Vec2> points;        // SetArrow: [start, end] for free ends
    ZOrderChange z = ZOrderChange::Front;  // Reorder

    static CanvasCommand add(CanvasItem item);
    static CanvasCommand addMany(std::vector<CanvasItem> items);
    static CanvasCommand paste(std::vector<CanvasItem> items);
    static CanvasCommand remove(std::vector<ItemId> ids);
    static CanvasCommand move(std::vector<ItemId> ids, double dx, double dy);
    static CanvasCommand resize(ItemId id, double x, double y, double w, double h);
    static CanvasCommand resize(ItemId id, const Rect& bounds);
    static CanvasCommand setLabel(ItemId id, std::string text);
    static CanvasCommand setColour(std::vector<ItemId> ids, NoteColour colour);
    static CanvasCommand setArrow(ItemId id, ItemId from, ItemId to, Vec2 start, Vec2 end);
    static CanvasCommand reorder(std::vector<ItemId> ids, ZOrderChange z);
    static CanvasCommand beginGroup();
    static CanvasCommand endGroup();

    friend bool operator==(const CanvasCommand& a, const CanvasCommand& b);
    friend bool operator!=(const CanvasCommand& a, const CanvasCommand& b) { return !(a == b); }
};

const char* canvasCommandOp(CanvasCommand::Type type);  // "add", "move", ...
// A short description for a history list: "Move 3 items", "Edit label".
std::string describeCanvasCommand(const CanvasCommand& command);

nlohmann::json toJson(const CanvasCommand& command);
// nullopt on anything malformed (never throws, never crashes).
std::optional<CanvasCommand> canvasCommandFromJson(const nlohmann::json& json);

}  // namespace rehearse
