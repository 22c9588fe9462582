// Copy and paste through the system clipboard, as text: a small JSON payload
// carrying the copied items, so items travel between sessions (and between
// two running apps) and survive a round trip through any text field.
//
//   {"rehearse":"canvas-items","format":1,"items":[ ...item records... ]}
//
// Copied arrows keep their current end points, so an arrow pasted without
// the items it was attached to stays where it was drawn.
#pragma once

#include "core/canvas/canvas_document.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

// The payload for `ids` (in z order; arrows whose attached items are not
// copied keep their drawn ends). Empty string when nothing exists to copy.
std::string encodeClipboard(const CanvasDocument& doc, const std::vector<ItemId>& ids);

// The items of a payload, or nullopt if `text` is not one (plain text, a
// corrupt or foreign payload): never throws.
std::optional<std::vector<CanvasItem>> decodeClipboard(const std::string& text);

// Items copied from `doc` ready for a paste command: arrow points resolved to
// where they are drawn now. Shared by copy and duplicate.
std::vector<CanvasItem> copyItems(const CanvasDocument& doc, const std::vector<ItemId>& ids);

// Moves items (and free arrow ends) by `delta`, in place.
void offsetItems(std::vector<CanvasItem>& items, Vec2 delta);
// Extent of a set of items on their own (arrows by their stored points).
std::optional<Rect> itemsBounds(const std::vector<CanvasItem>& items);

}  // namespace rehearse
