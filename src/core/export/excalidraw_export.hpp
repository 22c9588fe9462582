// A canvas as an Excalidraw scene (.excalidraw) that Excalidraw opens with
// the same items and arrows:
//   - the envelope: type "excalidraw", version 2, source, appState, files;
//   - every element with type, a stable id ("rh-<our id>"), x, y and a
//     non-zero width and height (Excalidraw drops zero-size elements);
//   - blocks as rectangles (users as ellipses, A/B tests as diamonds) in
//     their family colours, with the label as bound text;
//   - sticky notes as filled rectangles with bound text; free text as text
//     elements with fontSize and fontFamily;
//   - arrows with two points, bound to the elements they attach to (legacy
//     focus/gap bindings, which every Excalidraw version reads), labels as
//     bound text; pen strokes as freedraw with their points;
//   - our id, kind and stage kept in customData.
// Deterministic: seeds and nonces derive from our ids, `updated` is fixed.
#pragma once

#include "core/canvas/canvas_document.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace rehearse {

nlohmann::json exportExcalidraw(const CanvasDocument& doc);
// The scene as text, indented like Excalidraw's own files.
std::string exportExcalidrawText(const CanvasDocument& doc);

}  // namespace rehearse
