// The design canvas panel: draws a CanvasDocument inside the current ImGui
// window's remaining content region and turns mouse and keyboard input into
// CanvasCommands. It never changes the document itself: the caller pushes the
// produced commands through the session (which owns the CanvasEditor), so
// undo, autosave, pair sync and replay all see the same edits.
//
// Holds view state only: the camera, the tool state machine (current tool,
// selection, gesture in progress) and the label being edited.
#pragma once

#include "app/canvas_export_menu.hpp"
#include "app/canvas_history_panel.hpp"
#include "app/offscreen_layer.hpp"
#include "core/canvas/canvas_camera.hpp"
#include "core/canvas/canvas_command.hpp"
#include "core/canvas/canvas_document.hpp"
#include "core/canvas/canvas_editor.hpp"
#include "core/canvas/canvas_shapes.hpp"
#include "core/canvas/canvas_tool.hpp"
#include "core/session/action.hpp"

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

// The board the canvas is drawn on: the light one, or the dark one when the
// settings ask for it (palette::darkBoard).
const BoardColours& boardColours();

struct CanvasViewOptions {
    bool readOnly = false;     // debrief/reference view: pan and zoom only
    bool showToolbar = true;
    bool canUndo = true;       // greys out the toolbar's undo/redo buttons
    bool canRedo = true;
    std::string exportStem = "rehearse-canvas";   // exported files are named <stem>-<date and time>
    std::string exportTitle = "Rehearse canvas";  // the title inside an exported SVG or PNG
    std::string handle = "canvas";                // its widgets' names: "canvas.undo", "canvas.board", ...
    // The history the board's edits go to: given, the toolbar offers its
    // list (History, Ctrl+H) and takeHistoryStep() says which step was picked.
    const CanvasEditor* history = nullptr;
};

class CanvasView {
public:
    CanvasView();

    // Where the label editor's caret goes when it opens.
    enum class CaretOnOpen { Done, SelectAll, End };

    // Call once per frame inside a window. Appends the edits the user made
    // this frame to `out`; sets the flags when undo or redo was asked for
    // (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y or the toolbar buttons).
    void draw(const CanvasDocument& doc, const std::string& currentStageId,
              std::vector<CanvasCommand>& out, bool& undoRequested, bool& redoRequested,
              const CanvasViewOptions& options = {});

    // The history step picked in the History list this frame, if any (see
    // CanvasEditor::goToStep); asked once, then forgotten.
    std::optional<std::size_t> takeHistoryStep() {
        const std::optional<std::size_t> step = m_historyStep;
        m_historyStep.reset();
        return step;
    }

    const CanvasCamera& camera() const { return m_camera; }
    // Places the camera; the first draw then keeps it instead of framing
    // the document's content.
    void placeCamera(const CanvasCamera& camera) {
        m_camera = camera;
        m_cameraInitialised = true;
    }
    // A camera journalled with the session (SetCanvasView). Before the
    // first draw of a fresh view, takes the stored one (a resumed session
    // shows the board as it was left); does nothing after.
    void restoreCameraOnce(const std::optional<SetCanvasView>& stored);
    // The camera to journal: when it has rested for a second away from
    // `stored`; nothing while it moves or when nothing changed.
    std::optional<SetCanvasView> cameraToRecord(const std::optional<SetCanvasView>& stored, double now);
    CanvasTool& tool() { return m_tool; }
    const CanvasTool& tool() const { return m_tool; }
    // Frames the whole document on the next draw (e.g. when a session opens).
    void requestFitToContent() { m_fitRequested = true; }

    // Where a world point is on screen (absolute ImGui coordinates), as of
    // the last draw; for tests and benchmarks that drive the view.
    ImVec2 worldToScreen(Vec2 world) const {
        const Vec2 s = m_camera.worldToScreen(world);
        return ImVec2(float(s.x) + m_originX, float(s.y) + m_originY);
    }

    // Whether the canvas takes keyboard shortcuts (it was clicked last).
    bool hasKeyboard() const { return m_hasKeyboard; }
    // Gives the canvas the keyboard (a shortcut or Tab), or takes it away
    // when a text field gets it.
    void setHasKeyboard(bool has) { m_hasKeyboard = has; }

private:
    void drawInChild(const CanvasDocument& doc, const std::string& currentStageId,
                     std::vector<CanvasCommand>& out, bool& undoRequested, bool& redoRequested,
                     const CanvasViewOptions& options);
    void drawToolbar(ToolContext& ctx, const CanvasViewOptions& options);
    void drawNoteColours(ToolContext& ctx, const CanvasViewOptions& options, bool inRow);
    void drawSelectionActions(ToolContext& ctx, const CanvasViewOptions& options, bool inRow);
    struct PaletteLayout {
        bool labelled = true;  // names beside the icons, or icons alone
        float height = 0;      // the rows it takes, in pixels
    };
    PaletteLayout paletteLayout(float available, float boardHeight) const;
    bool drawPalette(const PaletteLayout& layout, const CanvasViewOptions& options);  // true when a block was picked
    // The bar below the board: undo, redo, history, snap and keep-tool on the
    // left, zoom on the right, on one row when they fit, else each group in
    // rows of its own. The board ends above it, so nothing of the board
    // shows through or under it however many rows it takes.
    struct BottomBarLayout {
        struct Slot {
            int row = 0;  // 0 = the group's top row
            float x = 0;  // from the row's left
        };
        std::size_t editCount = 0, snapSlot = 0, keepToolSlot = 0;
        float editWidths[5] = {}, zoomWidths[5] = {};
        Slot editSlots[5], zoomSlots[5];
        int editRows = 0, zoomRows = 0;
        bool shareRow = false;
        bool settingsInBar = true;  // Snap and Keep tool (else in the compact toolbar's Edit menu)
        float zoomRowWidth[5] = {};  // zoom rows are right-aligned
        float rowStep = 0;
        float height = 0;  // the bar's, from the board's bottom edge
    };
    BottomBarLayout bottomBarLayout(const CanvasViewOptions& options, float width) const;
    bool settingsInBottomBar(const CanvasViewOptions& options) const { return !options.showToolbar || !m_compactToolbar; }
    void drawSnapSetting(const CanvasViewOptions& options);
    void drawKeepToolSetting(const CanvasViewOptions& options);
    void drawOverlay(ToolContext& ctx, bool& undoRequested, bool& redoRequested,
                     const CanvasViewOptions& options, const BottomBarLayout& bar);
    void drawContextMenu(const CanvasDocument& doc, ToolContext& ctx);
    void handleNavigation(const CanvasDocument& doc, bool hovered);
    void handlePointer(ToolContext& ctx, bool hovered, bool active);
    void handleKeys(const CanvasDocument& doc, ToolContext& ctx, bool& undoRequested,
                    bool& redoRequested);
    // A part of the board to draw: the camera over it, and where its
    // top-left corner and extent are in the draw list's coordinates.
    struct BoardArea {
        CanvasCamera camera;
        ImVec2 origin, size;
    };
    BoardArea boardOnScreen() const;
    // Background, grid and items: what the board picture holds.
    void drawBoard(const CanvasDocument& doc, const CanvasDocument& shown, ImDrawList* dl, const BoardArea& area);
    // The board from its picture, redrawn only when what it shows changed;
    // false when there is no picture to be had (no GL: draw directly).
    bool drawBoardPicture(const CanvasDocument& doc, const CanvasDocument& shown, ImDrawList* dl);
    void drawGrid(ImDrawList* dl, const BoardArea& area) const;
    void drawItems(const CanvasDocument& doc, const CanvasDocument& shown, ImDrawList* dl, const BoardArea& area);
    void drawSelection(const CanvasDocument& doc, ImDrawList* dl) const;
    void drawPreview(const CanvasDocument& doc, ImDrawList* dl);
    void drawLabelEditor(const CanvasDocument& doc, ToolContext& ctx);
    void fitToContent(const CanvasDocument& doc);
    const CanvasDocument& shownDocument(const CanvasDocument& doc);
    const SpatialIndex& indexFor(const CanvasDocument& doc, const CanvasDocument& shown);

    CanvasCamera m_camera;
    CanvasTool m_tool;
    ShapeList m_shapes;            // reused every frame: no allocation once warm
    bool m_compactToolbar = false; // the palette is behind the toolbar's Blocks button
    CanvasHistoryPanel m_historyPanel;
    ImVec2 m_historyAnchor;               // the History button's top-left, where its list opens
    bool m_historyKeyPressed = false;     // Ctrl+H: open the list on the next draw
    std::optional<std::size_t> m_historyStep;
    CanvasExportMessage m_exportMessage;  // the last export's outcome, shown on the board a while
    double m_exportShownAt = -1;          // ImGui time it appeared; -1: none
    // A drag in progress, shown before it is sent: a copy of the document
    // with the tool's pending command applied (undone and re-applied as the
    // pointer moves, so each frame costs only the dragged items).
    std::optional<CanvasEditor> m_dragPreview;
    std::optional<CanvasCommand> m_dragPreviewCommand;
    uint64_t m_dragPreviewBase = 0;
    SpatialIndex m_dragPreviewIndex;
    std::vector<uint32_t> m_visible;
    // The board as last drawn (OffscreenLayer), shown again while nothing it
    // shows changed; panning moves its pixels and draws the strips that come
    // into view, zooming stretches it until the zoom rests.
    struct BoardPictureKey {
        const CanvasDocument* document = nullptr;
        uint64_t revision = 0;
        ItemId editing;
        float fontSize = 0;
        ImTextureID fonts = nullptr;
        bool darkBoard = false;
        float width = 0, height = 0;  // the board on screen
        bool operator==(const BoardPictureKey& o) const {
            return document == o.document && revision == o.revision && editing == o.editing &&
                   fontSize == o.fontSize && fonts == o.fonts && darkBoard == o.darkBoard && width == o.width &&
                   height == o.height;
        }
    };
    OffscreenLayer m_boardPicture;
    std::optional<BoardPictureKey> m_boardPictureKey;
    Vec2 m_boardPictureOrigin;     // the world point at the picture's top-left
    double m_boardPictureZoom = 0; // the zoom it was drawn at
    double m_zoomSeen = 0;         // the camera's zoom as of the last frame
    double m_zoomMovedAt = 0;      // ImGui time the zoom last changed
    std::vector<ImVec2> m_penPoints;
    // The canvas region on screen this frame.
    float m_originX = 0, m_originY = 0, m_sizeX = 0, m_sizeY = 0;
    bool m_panning = false;
    bool m_hasKeyboard = false;
    bool m_fitRequested = false;
    bool m_cameraInitialised = false;
    SetCanvasView m_lastCamera;     // as of the last cameraToRecord call
    double m_cameraMovedAt = 0;     // when it last differed
    std::optional<SetCanvasView> m_openingCamera;
    std::optional<SetCanvasView> m_pendingCamera;  // to place on the first draw  // the first one seen, when none was stored
    Vec2 m_lastPointer;
    Modifiers m_lastMods;
    // In-place label editing.
    bool m_editActive = false;
    ItemId m_editFor;
    std::string m_editBuffer;
    bool m_editFocusPending = false;
    // ImGui gives the editor keyboard focus a frame or two after the click
    // that opens it; characters typed meanwhile are collected here and put
    // into the label, instead of being lost or taken as tool shortcuts.
    bool m_editorFocused = false;
    std::string m_typedBeforeFocus;
    void collectTypedBeforeFocus();
    CaretOnOpen m_editCaret = CaretOnOpen::Done;
    ImVec2 m_editorMin, m_editorMax;  // the editor on screen: clicks there are not the canvas's
    Vec2 m_contextWorld;              // where the context menu was opened (paste goes there)
};

}  // namespace rehearse
