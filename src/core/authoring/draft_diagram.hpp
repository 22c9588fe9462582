// A draft's reference diagram (/reference/diagram) as a canvas document, and
// the canvas's edits written back into the diagram's JSON, so the editor can
// draw the reference with the canvas a candidate uses and the draft's undo,
// diagnostics and Save see every change.
//
// The canvas is built the way the debrief builds it (diagram_import.hpp).
// Writing back changes only what the canvas changed: an entry keeps its id,
// its place in the list, members the format does not know and fields the
// canvas left alone (a block without "w" and "h" stays without them), so an
// edit is a small diff. New blocks get an id from their label ("Feature
// store" -> "feature-store"), which follows the label while the block is new
// in this editor; new arrows get "<from>-to-<to>".
//
// The format holds less than the canvas: a pen stroke, or an arrow without a
// block at each end, is not written (leftOut() counts them for the author).
#pragma once

#include "core/canvas/canvas_command.hpp"
#include "core/canvas/canvas_editor.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace rehearse {

class DraftDiagram {
public:
    using Json = nlohmann::ordered_json;

    // Takes `diagram` (the draft's /reference/diagram; null or malformed
    // entries are tolerated) unless it is what the canvas holds already.
    // True when the canvas was rebuilt: the draft changed under it (undo,
    // redo, a reload from disk).
    bool follow(const Json& diagram);

    const CanvasDocument& document() const { return m_editor.document(); }

    // Applies the canvas's edits; the diagram to put in the draft when they
    // changed what the file holds (a move of an arrow's free end does not).
    std::optional<Json> apply(const std::vector<CanvasCommand>& commands);

    // Canvas items the file cannot hold (pen strokes, arrows with a free end).
    std::size_t leftOut() const { return m_leftOut; }

    // The canvas item of a diagram entry, from a pointer into the diagram
    // ("/reference/diagram/arrows/3" or "/arrows/3"); 0 when none.
    ItemId itemAt(const std::string& pointer) const;

private:
    struct Entry {
        bool arrow = false;
        std::size_t index = 0;  // in the diagram's "items" or "arrows"
        CanvasItem written;     // the item as the entry holds it
    };
    // The diagram as the canvas now has it; m_entries and m_leftOut follow it.
    Json write();

    CanvasEditor m_editor;
    Json m_diagram;  // what the draft holds, as of the last follow or apply
    bool m_loaded = false;
    std::unordered_map<ItemId, Entry> m_entries;
    std::unordered_set<ItemId> m_minted;  // blocks added here: their id follows their label
    std::size_t m_leftOut = 0;
};

// A diagram item id from a label: lower-case words joined by '-'; empty when
// the label has no letters or digits.
std::string diagramIdFromLabel(const std::string& label);

}  // namespace rehearse
