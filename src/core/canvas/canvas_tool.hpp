// The canvas tools as a state machine over abstract pointer and key events in
// world coordinates. The view feeds it input and draws what it reports
// (selection, hover, the gesture's preview); the tool answers with
// CanvasCommands. Nothing here knows about ImGui, so every interaction
// (create, drag = one undo entry, rubber band, resize, reconnect an arrow,
// paste) is a unit test.
//
// The tool never sees its commands applied: the caller applies them before
// the next event. A drag sends one command on release (one journal entry,
// one undo step); while it lasts, pendingCommand() says what it would do. Ids of items it creates are predicted from the document's
// next id, which is what the editor will give them.
#pragma once

#include "core/canvas/canvas_command.hpp"
#include "core/canvas/canvas_document.hpp"
#include "core/canvas/spatial_index.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

enum class ToolKind { Select, Block, Arrow, Text, Note, Pen };

struct Modifiers {
    bool shift = false;
    bool ctrl = false;
    bool alt = false;  // held: no snapping for this gesture
};

// Keys the canvas reacts to, independent of any windowing library.
enum class CanvasKey {
    Delete, Escape, Enter, Left, Right, Up, Down,
    V, B, A, T, N, P, D, G, Q,   // letters for tools and actions (see keyDown)
    BracketLeft, BracketRight,
};

enum class CursorHint { Arrow, Move, ResizeNwse, ResizeNesw, Crosshair, TextInput };

// Everything an event needs besides the event itself. Tolerances are in
// screen pixels; `pixel` converts them to world units at the current zoom.
struct ToolContext {
    ToolContext(const CanvasDocument& document, std::vector<CanvasCommand>& output,
                std::string stageId = {}, double worldPerPixel = 1.0)
        : doc(document), out(output), stage(std::move(stageId)), pixel(worldPerPixel),
          nextId(document.nextId().value) {}

    const CanvasDocument& doc;
    std::vector<CanvasCommand>& out;
    std::string stage;             // new items remember it
    double pixel = 1;              // world units per screen pixel
    double hitTolerance = 5;       // pixels
    double handleRadius = 6;       // pixels
    double dragThreshold = 3;      // pixels before a press becomes a drag
    uint64_t nextId;               // the id the next created item will get
};

// A gesture's transient drawing (not yet in the document).
struct ToolPreview {
    enum class Kind { None, RubberBand, CreateRect, Arrow, Pen } kind = Kind::None;
    Rect rect;                     // RubberBand, CreateRect
    ItemKind itemKind = ItemKind::Box;  // CreateRect
    Vec2 start, end;               // Arrow
    ItemId attachFrom, attachTo;   // Arrow (also while dragging an arrow's end)
    std::vector<Vec2> pen;         // Pen, world units
};

// A label being typed in place: an existing item's, or a new text item
// that is only created when the typing is committed (no empty text items).
struct LabelEdit {
    ItemId id;                     // 0 for a new text item
    Rect rect;                     // where the new text goes
    std::string initialText;
};

class CanvasTool {
public:
    static constexpr double kGridSize = 20;

    // Tool choice ---------------------------------------------------------
    ToolKind tool() const { return m_tool; }
    ItemKind blockKind() const { return m_blockKind; }
    void setTool(ToolKind tool, ItemKind blockKind = ItemKind::Box);
    NoteColour noteColour() const { return m_noteColour; }
    void setNoteColour(NoteColour colour) { m_noteColour = colour; }
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    // Locked: stay in the drawing tool after creating an item.
    bool toolLocked() const { return m_locked; }
    void setToolLocked(bool locked) { m_locked = locked; }

    // Input -----------------------------------------------------------------
    // `clicks` is 2 for the second press of a double click.
    void pointerDown(ToolContext& ctx, Vec2 world, Modifiers mods, int clicks = 1);
    void pointerMove(ToolContext& ctx, Vec2 world, Modifiers mods);
    void pointerUp(ToolContext& ctx, Vec2 world, Modifiers mods);
    void keyDown(ToolContext& ctx, CanvasKey key, Modifiers mods);
    // Abandons the gesture in progress (Escape, undo in the middle of a
    // drag, the canvas losing the mouse); a drag leaves no trace.
    void cancel(ToolContext& ctx);
    bool busy() const { return m_gesture != Gesture::None; }
    // A drag (move, resize, reconnecting an arrow) sends its edit only on
    // release, as one command; meanwhile this is the edit it would make, so
    // the view can show the document with it applied.
    const std::optional<CanvasCommand>& pendingCommand() const { return m_pending; }

    // Selection -------------------------------------------------------------
    const std::vector<ItemId>& selection() const { return m_selection; }
    bool isSelected(ItemId id) const;
    void select(std::vector<ItemId> ids) { m_selection = std::move(ids); }
    void clearSelection() { m_selection.clear(); }
    // Drops selected ids the document no longer has (after undo, a peer's
    // edit); keeps ids at or past nextId, which are about to be created.
    void syncSelection(const CanvasDocument& doc);

    // Actions on the selection ---------------------------------------------
    void deleteSelection(ToolContext& ctx);
    void duplicateSelection(ToolContext& ctx);
    void reorderSelection(ToolContext& ctx, ZOrderChange z);
    void nudgeSelection(ToolContext& ctx, Vec2 delta);
    void setSelectionColour(ToolContext& ctx, NoteColour colour);
    void selectAll(const CanvasDocument& doc);
    // Clipboard: the view moves these strings to and from the system clipboard.
    std::string copySelection(const CanvasDocument& doc) const;
    std::string cutSelection(ToolContext& ctx);
    // Pastes our payload centred at `at` (or offset from where it was copied),
    // or any other text as a new text item. Returns false if nothing pasted.
    bool paste(ToolContext& ctx, const std::string& text, std::optional<Vec2> at);

    // In-place label editing ------------------------------------------------
    const std::optional<LabelEdit>& labelEdit() const { return m_labelEdit; }
    void beginLabelEdit(const CanvasDocument& doc, ItemId id);
    // `fittedSize`: the text's size as the view measured it, for text items.
    void commitLabelEdit(ToolContext& ctx, const std::string& text, std::optional<Vec2> fittedSize);
    void cancelLabelEdit() { m_labelEdit.reset(); }

    // What the view draws ---------------------------------------------------
    ItemId hovered() const { return m_hovered; }
    const ToolPreview& preview() const { return m_preview; }
    CursorHint cursor() const { return m_cursor; }
    // The index of the document last seen (synced on every event).
    const SpatialIndex& index(const CanvasDocument& doc);
    // Resize handles of the single selected item, in world units (corners:
    // top-left, top-right, bottom-right, bottom-left); empty if none apply.
    std::vector<Vec2> resizeHandles(const CanvasDocument& doc) const;
    // Ends of the single selected arrow (dragged to reconnect it).
    std::vector<Vec2> arrowHandles(const CanvasDocument& doc) const;

private:
    enum class Gesture { None, Pressed, Moving, RubberBand, Resizing, ArrowEnd, Creating, DrawingArrow, DrawingPen };

    void selectDown(ToolContext& ctx, Vec2 p, Modifiers mods, int clicks);
    void createDown(ToolContext& ctx, Vec2 p);
    void finishCreate(ToolContext& ctx, Vec2 p, Modifiers mods);
    void finishArrow(ToolContext& ctx, Vec2 p);
    void finishPen(ToolContext& ctx);
    void updateHover(ToolContext& ctx, Vec2 p);
    void afterCreate(ToolContext& ctx, ItemId id, bool editLabel);
    ItemId reserveId(ToolContext& ctx, size_t count = 1);
    double snap(double v, Modifiers mods) const;
    Vec2 snap(Vec2 v, Modifiers mods) const { return {snap(v.x, mods), snap(v.y, mods)}; }
    bool overThreshold(const ToolContext& ctx, Vec2 p) const;

    ToolKind m_tool = ToolKind::Select;
    ItemKind m_blockKind = ItemKind::Box;
    NoteColour m_noteColour = NoteColour::Yellow;
    bool m_snap = true;
    bool m_locked = false;

    Gesture m_gesture = Gesture::None;
    Vec2 m_pressWorld;
    ItemId m_pressedItem;
    bool m_pressedWasSelected = false;
    // Moving, Resizing, ArrowEnd: the command the drag makes on release.
    std::optional<CanvasCommand> m_pending;
    Rect m_anchorBounds;           // Moving: bounds of the pressed item at press (snap reference)
    int m_resizeCorner = 0;        // Resizing
    Rect m_resizeStart;
    int m_arrowEnd = 0;            // ArrowEnd: 0 start, 1 end
    std::vector<ItemId> m_bandBase;  // RubberBand with shift: what was selected before

    std::vector<ItemId> m_selection;
    ItemId m_hovered;
    ToolPreview m_preview;
    CursorHint m_cursor = CursorHint::Arrow;
    std::optional<LabelEdit> m_labelEdit;
    SpatialIndex m_index;
    int m_pasteCascade = 0;        // repeated pastes without a position step down-right
    std::string m_lastPasted;
};

}  // namespace rehearse
