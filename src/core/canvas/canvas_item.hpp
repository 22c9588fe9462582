// One thing drawn on the design canvas: a labelled box or ML building block,
// free text, a sticky note, an arrow between items, or a freehand pen stroke.
// Items are flat records with a stable id and a version, like Excalidraw's
// elements, so a canvas is just an ordered list of them (later = on top).
#pragma once

#include "core/canvas/canvas_geometry.hpp"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

// A canvas item's identity; never reused within a document. 0 means "none".
struct ItemId {
    uint64_t value = 0;

    explicit operator bool() const { return value != 0; }
    friend bool operator==(ItemId a, ItemId b) { return a.value == b.value; }
    friend bool operator!=(ItemId a, ItemId b) { return a.value != b.value; }
    friend bool operator<(ItemId a, ItemId b) { return a.value < b.value; }
};

enum class ItemKind {
    Box, Text, Note, Arrow, Pen,
    // The ML building blocks of the palette, in palette order.
    User, DataSource, EventStream, BatchJob, FeatureStore, TrainingJob, ModelRegistry, Model,
    OnlineService, Cache, Database, AbTest, Monitoring
};

inline constexpr ItemKind kBlockKinds[] = {
    ItemKind::User,          ItemKind::DataSource,    ItemKind::EventStream, ItemKind::BatchJob,
    ItemKind::FeatureStore,  ItemKind::TrainingJob,   ItemKind::ModelRegistry, ItemKind::Model,
    ItemKind::OnlineService, ItemKind::Cache,         ItemKind::Database,    ItemKind::AbTest,
    ItemKind::Monitoring};

const char* itemKindId(ItemKind kind);      // scenario-format id: "box", "data_source", ...
const char* itemKindTitle(ItemKind kind);   // for people: "Box", "Data source", ...
std::optional<ItemKind> itemKindFromId(const std::string& id);

// Box and the ML blocks: a labelled shape of the kind's default size.
bool isBlockKind(ItemKind kind);
// Everything with a resizable rectangle (all but arrows).
bool hasBounds(ItemKind kind);
// Default size in world units: 160 x 80 for blocks (the scenario format's rule).
Vec2 defaultItemSize(ItemKind kind);

// Font size in world units used for labels on the canvas and in exports.
inline constexpr double kLabelFontSize = 16;
inline constexpr double kTextFontSize = 20;

enum class NoteColour { Yellow, Pink, Green, Blue, Orange };
inline constexpr NoteColour kNoteColours[] = {NoteColour::Yellow, NoteColour::Pink, NoteColour::Green,
                                              NoteColour::Blue, NoteColour::Orange};
const char* noteColourId(NoteColour colour);  // "yellow", ...
std::optional<NoteColour> noteColourFromId(const std::string& id);

struct CanvasItem {
    ItemId id;
    ItemKind kind = ItemKind::Box;
    // Top-left corner and size in world units. Unused by arrows, whose
    // geometry comes from their ends.
    double x = 0, y = 0, w = 0, h = 0;
    std::string label;                 // block/arrow label, note or text content
    std::string stage;                 // stage id the item was drawn in ("data", ...)
    NoteColour colour = NoteColour::Yellow;  // notes only
    // Arrows: the items the ends are attached to (0 = a free end). An
    // attached end follows its item; `points` keeps the free ends.
    ItemId from, to;
    // Arrows: [start, end] in world units. Pen: the stroke in item-local
    // coordinates normalised to 0..1 of (w, h), so moving and resizing a
    // stroke only touches x, y, w, h.
    std::vector<Vec2> points;
    uint64_t version = 1;              // bumped by every edit, like Excalidraw's

    Rect bounds() const { return Rect::fromXywh(x, y, w, h); }
    friend bool operator==(const CanvasItem& a, const CanvasItem& b);
    friend bool operator!=(const CanvasItem& a, const CanvasItem& b) { return !(a == b); }
};

// The item's JSON record (see canvas_document.hpp for the document format).
nlohmann::json itemToJson(const CanvasItem& item);
// Throws CanvasFormatError naming the bad field. Items inside commands may
// have id 0 (they get the document's next id); stored items may not.
CanvasItem itemFromJson(const nlohmann::json& json, bool requireId = true);

}  // namespace rehearse

template <>
struct std::hash<rehearse::ItemId> {
    size_t operator()(rehearse::ItemId id) const noexcept { return std::hash<uint64_t>()(id.value); }
};
