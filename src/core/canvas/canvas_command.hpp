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
#include <variant>
#include <vector>

namespace rehearse {

enum class ZOrderChange { Front, Back, Forward, Backward };

// GCC 12 with optimisation takes the fields of the alternatives a
// CanvasCommand does not hold for uninitialised when a vector of commands
// moves them (-Wmaybe-uninitialized, a false positive: std::variant only
// ever copies the alternative it holds); the warning points at these structs.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

// One struct per op, in the order of the JSON list above. Each holds only
// the fields its op has, so a command cannot carry a field it ignores.

struct AddItems {  // "add"
    std::vector<CanvasItem> items;
};

struct PasteItems {  // "paste"
    std::vector<CanvasItem> items;
};

struct RemoveItems {  // "remove"
    std::vector<ItemId> ids;
};

struct MoveItems {  // "move"
    std::vector<ItemId> ids;
    double dx = 0, dy = 0;
};

struct ResizeItem {  // "resize": the new bounds, kept as x/y/w/h so the JSON is exact
    ItemId id;
    double x = 0, y = 0, w = 0, h = 0;

    static ResizeItem toBounds(ItemId id, const Rect& bounds) {
        return {id, bounds.x0, bounds.y0, bounds.width(), bounds.height()};
    }
};

struct SetItemLabel {  // "set_label"
    ItemId id;
    std::string text;
};

struct SetNoteColour {  // "set_colour": items that are not notes keep theirs
    std::vector<ItemId> ids;
    NoteColour colour = NoteColour::Yellow;
};

struct SetArrowEnds {  // "set_arrow": attachments (0 = free end) and where free ends are
    ItemId id;
    ItemId from, to;
    Vec2 start, end;
};

struct ReorderItems {  // "reorder"
    std::vector<ItemId> ids;
    ZOrderChange z = ZOrderChange::Front;
};

struct BeginCanvasGroup {};  // "begin_group": what follows, up to the matching
struct EndCanvasGroup {};    // "end_group", is one history entry

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

bool operator==(const AddItems& a, const AddItems& b);
bool operator==(const PasteItems& a, const PasteItems& b);
bool operator==(const RemoveItems& a, const RemoveItems& b);
bool operator==(const MoveItems& a, const MoveItems& b);
bool operator==(const ResizeItem& a, const ResizeItem& b);
bool operator==(const SetItemLabel& a, const SetItemLabel& b);
bool operator==(const SetNoteColour& a, const SetNoteColour& b);
bool operator==(const SetArrowEnds& a, const SetArrowEnds& b);
bool operator==(const ReorderItems& a, const ReorderItems& b);
inline bool operator==(BeginCanvasGroup, BeginCanvasGroup) { return true; }
inline bool operator==(EndCanvasGroup, EndCanvasGroup) { return true; }
// std::variant's != asks each alternative's own !=.
inline bool operator!=(const AddItems& a, const AddItems& b) { return !(a == b); }
inline bool operator!=(const PasteItems& a, const PasteItems& b) { return !(a == b); }
inline bool operator!=(const RemoveItems& a, const RemoveItems& b) { return !(a == b); }
inline bool operator!=(const MoveItems& a, const MoveItems& b) { return !(a == b); }
inline bool operator!=(const ResizeItem& a, const ResizeItem& b) { return !(a == b); }
inline bool operator!=(const SetItemLabel& a, const SetItemLabel& b) { return !(a == b); }
inline bool operator!=(const SetNoteColour& a, const SetNoteColour& b) { return !(a == b); }
inline bool operator!=(const SetArrowEnds& a, const SetArrowEnds& b) { return !(a == b); }
inline bool operator!=(const ReorderItems& a, const ReorderItems& b) { return !(a == b); }
inline bool operator!=(const BeginCanvasGroup& a, const BeginCanvasGroup& b) { return !(a == b); }
inline bool operator!=(const EndCanvasGroup& a, const EndCanvasGroup& b) { return !(a == b); }

using CanvasCommand = std::variant<AddItems, PasteItems, RemoveItems, MoveItems, ResizeItem, SetItemLabel,
                                   SetNoteColour, SetArrowEnds, ReorderItems, BeginCanvasGroup, EndCanvasGroup>;

const char* canvasCommandOp(const CanvasCommand& command);  // "add", "move", ...
// A short description for a history list: "Move 3 items", "Edit label".
std::string describeCanvasCommand(const CanvasCommand& command);

nlohmann::json toJson(const CanvasCommand& command);
// nullopt on anything malformed (never throws, never crashes).
std::optional<CanvasCommand> canvasCommandFromJson(const nlohmann::json& json);

}  // namespace rehearse
