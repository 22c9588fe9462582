// The canvas toolbar, drawn at the top of the canvas region: tools with their
// shortcuts, note colours, edit actions, snapping, zoom, and below them the
// palette of ML building blocks drawn with the same icons as the canvas.
#include "app/canvas_view.hpp"
#include "app/widgets.hpp"

#include "app/canvas_export_menu.hpp"
#include "app/shape_renderer.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <iterator>
#include <cstdio>
#include <string>
#include <vector>

namespace rehearse {

namespace {

// Continues the row if `width` still fits, else starts a new one.
void flowNext(float width) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    (void)spacing;
}

bool toolButton(const char* label, bool selected, const char* tooltip, bool first = false) {
    if (!first) flowNext(buttonWidthFor(label));
    if (selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    }
    const bool clicked = ImGui::Button(label);
    if (selected) ImGui::PopStyleColor(2);
    if (tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    return clicked;
}

bool actionButton(const char* label, bool enabled, const char* tooltip, bool first = false) {
    if (!first) flowNext(buttonWidthFor(label));
    if (!enabled) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha * 0.45f);
    const bool clicked = ImGui::Button(label) && enabled;
    if (!enabled) ImGui::PopStyleVar();
    if (tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    return clicked;
}

[[maybe_unused]] void separator() {
    flowNext(em(0.6f));
    ImGui::Dummy(ImVec2(em(0.2f), ImGui::GetFrameHeight()));
}

// Rows a run of widgets of these widths takes when wrapped at `available`.
int rowsFor(const float* widths, std::size_t count, float available) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    int rows = count > 0 ? 1 : 0;
    float rowWidth = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (rowWidth > 0 && rowWidth + spacing + widths[i] > available) {
            ++rows;
            rowWidth = 0;
        }
        rowWidth += (rowWidth > 0 ? spacing : 0) + widths[i];
    }
    return rows;
}

struct ToolButton {
    const char* label;    // with its shortcut, when there is room
    const char* compact;  // without
    const char* handle;
    ToolKind tool;
    const char* tooltip;
};
constexpr ToolButton kTools[] = {
    {"Select (V)", "Select", ".tool.select", ToolKind::Select,
     "Select, move and resize; drag on empty canvas for a rubber band (V)"},
    {"Box (B)", "Box", ".tool.box", ToolKind::Block, "A labelled box: click, or drag out its size (B)"},
    {"Arrow (A)", "Arrow", ".tool.arrow", ToolKind::Arrow, "Drag from one item to another; the arrow follows them (A)"},
    {"Text (T)", "Text", ".tool.text", ToolKind::Text, "Free text; double-click on empty canvas does the same (T)"},
    {"Note (N)", "Note", ".tool.note", ToolKind::Note, "A sticky note (N)"},
    {"Pen (P)", "Pen", ".tool.pen", ToolKind::Pen, "Freehand drawing (P)"},
};

}  // namespace

// The toolbar takes what room it needs above the board, up to a third of
// the panel: past that (a small window, large text) it goes compact: tool
// names without their shortcuts, and the note colours, selection actions
// and export, and the palette, each behind one button that opens them.
void CanvasView::drawToolbar(ToolContext& ctx, const CanvasViewOptions& options) {
    if (options.readOnly) return;
    ImGui::PushID("canvas-toolbar");
    const bool named = widget_handles::recording();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float available = ImGui::GetContentRegionAvail().x;
    const float panelHeight = ImGui::GetContentRegionAvail().y;
    const float side = ImGui::GetFrameHeight();

    // The full toolbar's rows: tools, colours, actions and export; then the palette.
    std::vector<float> widths;
    for (const ToolButton& b : kTools) widths.push_back(buttonWidthFor(b.label));
    widths.push_back(em(0.2f));
    for (std::size_t i = 0; i < std::size(kNoteColours); ++i) widths.push_back(side);
    widths.push_back(em(0.2f));
    for (const char* label : {"Front", "Back", "Duplicate", "Delete"}) widths.push_back(buttonWidthFor(label));
    widths.push_back(em(0.2f));
    widths.push_back(buttonWidthFor("Export"));
    const int toolRows = rowsFor(widths.data(), widths.size(), available);
    const PaletteLayout palette = paletteLayout(available, panelHeight);
    const float fullHeight = float(toolRows) * (side + style.ItemSpacing.y) + palette.height;
    const bool compact = fullHeight > panelHeight / 3;
    m_compactToolbar = compact;

    bool first = true;
    for (const ToolButton& b : kTools) {
        const bool selected = m_tool.tool() == b.tool && (b.tool != ToolKind::Block || m_tool.blockKind() == ItemKind::Box);
        const char* label = compact ? b.compact : b.label;
        if (toolButton(label, selected, b.tooltip, first)) m_tool.setTool(b.tool, ItemKind::Box);
        if (named) widget_handles::nameButton(options.handle + b.handle, label);
        first = false;
    }
    if (compact) {
        flowNext(buttonWidthFor("Blocks"));
        const bool blockSelected = m_tool.tool() == ToolKind::Block && m_tool.blockKind() != ItemKind::Box;
        if (toolButton("Blocks", blockSelected, "ML building blocks: pick one, then click on the board", true))
            ImGui::OpenPopup("blocks");
        if (named) widget_handles::nameButton(options.handle + ".blocks", "Blocks");
        flowNext(buttonWidthFor("Edit"));
        if (actionButton("Edit", true, "Note colours, front and back, duplicate, delete, export", true))
            ImGui::OpenPopup("edit");
        if (named) widget_handles::nameButton(options.handle + ".edit", "Edit");
        ImGui::SetNextWindowSize(ImVec2(std::min(em(22), ImGui::GetMainViewport()->WorkSize.x * 0.9f), 0));
        if (ImGui::BeginPopup("blocks")) {
            if (drawPalette(paletteLayout(ImGui::GetContentRegionAvail().x, FLT_MAX), options)) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
        ImGui::SetNextWindowSize(ImVec2(std::min(em(16), ImGui::GetMainViewport()->WorkSize.x * 0.9f), 0));
        if (ImGui::BeginPopup("edit")) {
            drawNoteColours(ctx, options, false);
            drawSelectionActions(ctx, options, false);
            if (!settingsInBottomBar(options)) {
                ImGui::Separator();
                drawSnapSetting(options);
                ImGui::SameLine();
                drawKeepToolSetting(options);
            }
            ImGui::EndPopup();
        }
    } else {
        separator();
        drawNoteColours(ctx, options, true);
        separator();
        drawSelectionActions(ctx, options, true);
        ImGui::Spacing();
        drawPalette(palette, options);
    }
    ImGui::PopID();
}

// Snap and Keep tool, each where the caller placed the cursor.
void CanvasView::drawSnapSetting(const CanvasViewOptions& options) {
    bool snap = m_tool.snapToGrid();
    if (ImGui::Checkbox("Snap", &snap)) m_tool.setSnapToGrid(snap);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Snap to the grid (G); hold Alt to place freely");
    if (widget_handles::recording()) widget_handles::nameField(options.handle + ".snap", "Snap");
}

void CanvasView::drawKeepToolSetting(const CanvasViewOptions& options) {
    const bool named = widget_handles::recording();
    bool locked = m_tool.toolLocked();
    if (ImGui::Checkbox("Keep tool", &locked)) m_tool.setToolLocked(locked);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Stay in the drawing tool after each item (Q)");
    if (named) widget_handles::nameField(options.handle + ".keep_tool", "Keep tool");
}

// Note colours: pick for new notes, and recolour selected notes.
void CanvasView::drawNoteColours(ToolContext& ctx, const CanvasViewOptions& options, bool inRow) {
    const bool named = widget_handles::recording();
    bool firstInPopup = !inRow;
    for (NoteColour c : kNoteColours) {
        const float side = ImGui::GetFrameHeight();
        if (!firstInPopup) flowNext(side);
        firstInPopup = false;
        ImGui::PushID(static_cast<int>(c));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("colour", ImVec2(side, side))) {
            m_tool.setSelectionColour(ctx, c);
            if (m_tool.tool() != ToolKind::Note && m_tool.selection().empty()) m_tool.setTool(ToolKind::Note);
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s note", noteColourId(c));
        if (named) widget_handles::nameField(options.handle + ".colour." + noteColourId(c));
        const ItemStyle s = itemStyle(ItemKind::Note, c);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float inset = side * 0.18f;
        dl->AddRectFilled(ImVec2(p.x + inset, p.y + inset), ImVec2(p.x + side - inset, p.y + side - inset),
                          toImColour(s.fill), em(0.15f));
        const bool current = m_tool.noteColour() == c;
        dl->AddRect(ImVec2(p.x + inset, p.y + inset), ImVec2(p.x + side - inset, p.y + side - inset),
                    current ? toImColour(boardColours().selection) : toImColour(s.stroke, 0.6f), em(0.15f), 0,
                    current ? 2.0f : 1.0f);
        ImGui::PopID();
    }
}

// What can be done with the selection: above the board, so it never covers
// an item; greyed out while nothing is selected so the toolbar does not jump
// when something is. Then export.
void CanvasView::drawSelectionActions(ToolContext& ctx, const CanvasViewOptions& options, bool inRow) {
    const bool named = widget_handles::recording();
    const bool any = !m_tool.selection().empty();
    if (actionButton("Front", any, "Bring to front (Ctrl+Shift+]); one step: Ctrl+]", !inRow))
        m_tool.reorderSelection(ctx, ZOrderChange::Front);
    if (named) widget_handles::nameButton(options.handle + ".front", "Front");
    if (actionButton("Back", any, "Send to back (Ctrl+Shift+[); one step: Ctrl+["))
        m_tool.reorderSelection(ctx, ZOrderChange::Back);
    if (named) widget_handles::nameButton(options.handle + ".back", "Back");
    if (actionButton("Duplicate", any, "Duplicate (Ctrl+D)")) m_tool.duplicateSelection(ctx);
    if (named) widget_handles::nameButton(options.handle + ".duplicate", "Duplicate");
    if (actionButton("Delete", any, "Delete (Del)")) m_tool.deleteSelection(ctx);
    if (named) widget_handles::nameButton(options.handle + ".delete", "Delete");
    if (inRow) separator();
    flowNext(buttonWidthFor("Export"));
    canvasExportButton("Export", ctx.doc, options.exportStem, options.exportTitle, m_exportMessage);
    if (named) widget_handles::nameButton(options.handle + ".export", "Export");
    if (!m_exportMessage.text.empty() && m_exportShownAt < 0) m_exportShownAt = ImGui::GetTime();
}

// The palette: one button per ML building block, each with its icon and its
// name. Names take room: when they would need more than three rows, or more
// than a sixth of the board's height, the palette collapses to icons alone
// (names on hover).
CanvasView::PaletteLayout CanvasView::paletteLayout(float available, float boardHeight) const {
    PaletteLayout layout;
    const float side = em(1.6f);
    std::vector<float> widths;
    for (ItemKind kind : kBlockKinds) widths.push_back(side + ImGui::CalcTextSize(itemKindTitle(kind)).x + em(0.3f));
    const int rows = rowsFor(widths.data(), widths.size(), available);
    const float spacingY = ImGui::GetStyle().ItemSpacing.y;
    const float rowsHeight = float(rows) * (side + spacingY);
    layout.labelled = rows <= 3 && rowsHeight <= boardHeight / 6;
    if (layout.labelled) {
        layout.height = rowsHeight;
    } else {
        const std::vector<float> icons(std::size(kBlockKinds), em(2.0f));
        layout.height = float(rowsFor(icons.data(), icons.size(), available)) * (em(2.0f) + spacingY);
    }
    layout.height += spacingY;  // the Spacing() above it
    return layout;
}

bool CanvasView::drawPalette(const PaletteLayout& layout, const CanvasViewOptions& options) {
    const bool named = widget_handles::recording();
    const bool labelled = layout.labelled;
    const float side = em(1.6f);
    const float pad = em(0.3f);
    bool picked = false;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    bool firstBlock = true;
    for (ItemKind kind : kBlockKinds) {
        const ImVec2 size(labelled ? side + ImGui::CalcTextSize(itemKindTitle(kind)).x + pad : em(2.0f),
                          labelled ? side : em(2.0f));
        if (!firstBlock) flowNext(size.x);
        firstBlock = false;
        ImGui::PushID(static_cast<int>(kind));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("block", size)) {
            m_tool.setTool(ToolKind::Block, kind);
            picked = true;
        }
        const bool selected = m_tool.tool() == ToolKind::Block && m_tool.blockKind() == kind;
        const bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetTooltip("%s: click, then click or drag on the canvas", itemKindTitle(kind));
        if (named)
            widget_handles::nameRect(options.handle + ".palette." + itemKindId(kind), p,
                                     ImVec2(p.x + size.x, p.y + size.y), labelled ? itemKindTitle(kind) : "", false);
        const ItemStyle s = itemStyle(kind);
        const ImVec2 end(p.x + size.x, p.y + size.y);
        dl->AddRectFilled(p, end, toImColour(s.fill, selected || hovered ? 1.0f : 0.85f), em(0.25f));
        dl->AddRect(p, end, selected ? toImColour(boardColours().selection) : toImColour(s.stroke, hovered ? 0.9f : 0.35f),
                    em(0.25f), 0, selected ? 2.0f : 1.0f);
        const float iconSide = std::min(size.x, size.y);
        m_shapes.clear();
        const float inset = iconSide * 0.18f;
        appendKindIcon(kind, Rect{0, 0, 1, 1}, m_shapes);
        const ScreenTransform t{{0, 0}, double(iconSide - 2 * inset), ImVec2(p.x + inset, p.y + inset)};
        // Icon strokes are designed for ~22 world units; scale their width with the button.
        for (ShapePath& path : m_shapes.paths) path.strokeWidth *= 1.0f / 22.0f;
        for (ShapeText& text : m_shapes.texts) text.fontSize = 0.5;
        static ShapeRenderer paletteRenderer;  // buffers only
        paletteRenderer.draw(dl, m_shapes, t, 1.0f, 1.0f);
        if (labelled) {
            // The palette sits on the window, but its chips keep the
            // block's light fill in every theme: dark ink on them.
            const float textY = p.y + (size.y - ImGui::GetFontSize()) * 0.5f;
            dl->AddText(ImVec2(p.x + side, textY), IM_COL32(15, 23, 42, 255), itemKindTitle(kind));
        }
        ImGui::PopID();
    }
    return picked;
}

CanvasView::BottomBarLayout CanvasView::bottomBarLayout(const CanvasViewOptions& options, float width) const {
    const ImGuiStyle& style = ImGui::GetStyle();
    BottomBarLayout bar;
    const float gap = em(0.25f);
    const float room = width - em(1.0f);  // em(0.5f) in from each side
    bar.rowStep = ImGui::GetFrameHeight() + em(0.3f);
    const auto checkboxWidth = [&](const char* label) {
        return ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
    };
    // Undo, Redo, History (when there is a history to list), Snap, Keep tool;
    // with the toolbar compact, Snap and Keep tool are in its Edit menu.
    const bool withHistory = options.history != nullptr;
    bar.settingsInBar = settingsInBottomBar(options);
    bar.editCount = (withHistory ? 5 : 4) - (bar.settingsInBar ? 0 : 2);
    bar.snapSlot = withHistory ? 3 : 2;
    bar.keepToolSlot = bar.snapSlot + 1;
    bar.editWidths[0] = buttonWidthFor("Undo");
    bar.editWidths[1] = buttonWidthFor("Redo");
    bar.editWidths[2] = buttonWidthFor("History");
    bar.editWidths[bar.snapSlot] = checkboxWidth("Snap");
    bar.editWidths[bar.keepToolSlot] = checkboxWidth("Keep tool");
    const float zoomWidths[] = {buttonWidthFor("-"), buttonWidthFor("100%"), buttonWidthFor("+"), buttonWidthFor("Fit"),
                                buttonWidthFor("Reset")};
    std::copy(std::begin(zoomWidths), std::end(zoomWidths), bar.zoomWidths);
    const auto flow = [&](const float* widths, std::size_t count, BottomBarLayout::Slot* slots, float* lastRowWidth) {
        int row = 0;
        float x = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (x > 0 && x + widths[i] > room) {
                ++row;
                x = 0;
            }
            slots[i] = {row, x};
            x += widths[i] + gap;
        }
        *lastRowWidth = x - gap;
        return row + 1;
    };
    float editLast = 0, zoomLast = 0;
    bar.editRows = options.readOnly ? 0 : flow(bar.editWidths, bar.editCount, bar.editSlots, &editLast);
    bar.zoomRows = flow(bar.zoomWidths, 5, bar.zoomSlots, &zoomLast);
    bar.shareRow = bar.editRows <= 1 && bar.zoomRows == 1 && editLast + em(0.5f) + zoomLast <= room;
    for (std::size_t i = 0; i < 5; ++i)
        bar.zoomRowWidth[bar.zoomSlots[i].row] = bar.zoomSlots[i].x + bar.zoomWidths[i];
    const int rows = bar.shareRow ? 1 : bar.editRows + bar.zoomRows;
    bar.height = float(rows - 1) * bar.rowStep + ImGui::GetFrameHeight() + em(0.6f);
    return bar;
}

void CanvasView::drawOverlay(ToolContext& ctx, bool& undoRequested, bool& redoRequested,
                             const CanvasViewOptions& options, const BottomBarLayout& bar) {
    // Below the board, as the toolbar is above it: undo and redo on the
    // left, zoom on the right. Submitted before the canvas's own button so
    // they take the clicks over it.
    ImGui::PushID("canvas-overlay");
    const ImVec2 centre{m_sizeX * 0.5f, m_sizeY * 0.5f};
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(em(0.25f), ImGui::GetStyle().ItemSpacing.y));
    // The controls take the board's colours, whatever the window's theme is
    // (a light board in the dark theme, or the reverse).
    const bool dark = palette::darkBoard;
    ImGui::PushStyleColor(ImGuiCol_Text, dark ? IM_COL32(229, 231, 235, 255) : IM_COL32(15, 23, 42, 255));
    ImGui::PushStyleColor(ImGuiCol_TextDisabled, dark ? IM_COL32(140, 150, 165, 255) : IM_COL32(120, 128, 140, 255));
    ImGui::PushStyleColor(ImGuiCol_Button, dark ? IM_COL32(39, 50, 68, 255) : IM_COL32(232, 235, 241, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, dark ? IM_COL32(51, 65, 90, 255) : IM_COL32(214, 224, 245, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, dark ? IM_COL32(60, 80, 120, 255) : IM_COL32(194, 211, 245, 255));
    ImGui::PushStyleColor(ImGuiCol_FrameBg, dark ? IM_COL32(31, 41, 55, 255) : IM_COL32(255, 255, 255, 255));
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, dark ? IM_COL32(45, 58, 78, 255) : IM_COL32(244, 247, 255, 255));
    const bool named = widget_handles::recording();
    const float left = m_originX + em(0.5f), right = m_originX + m_sizeX - em(0.5f);
    const float rowStep = bar.rowStep;
    const int editRows = bar.editRows, zoomRows = bar.zoomRows;
    const std::size_t snapSlot = bar.snapSlot, keepToolSlot = bar.keepToolSlot;
    const bool withHistory = options.history != nullptr;
    char zoomLabel[32];
    std::snprintf(zoomLabel, sizeof zoomLabel, "%d%%###zoom", int(std::lround(m_camera.zoom() * 100)));
    // The bar's last row, in the strip below the board.
    const float bottomY = m_originY + m_sizeY + bar.height - ImGui::GetFrameHeight() - em(0.3f);
    const auto editAt = [&](std::size_t i) {
        ImGui::SetCursorScreenPos(
            ImVec2(left + bar.editSlots[i].x, bottomY - float(editRows - 1 - bar.editSlots[i].row) * rowStep));
    };
    const int zoomAbove = bar.shareRow ? 0 : editRows;
    const auto zoomAt = [&](std::size_t i) {
        const BottomBarLayout::Slot& slot = bar.zoomSlots[i];
        ImGui::SetCursorScreenPos(ImVec2(right - bar.zoomRowWidth[slot.row] + slot.x,
                                         bottomY - float(zoomAbove + zoomRows - 1 - slot.row) * rowStep));
    };
    // Each group sits on a panel of the board's colour, opaque, a child
    // window just its size, which also keeps clicks meant for the buttons
    // from reaching the board.
    const float pad = em(0.25f);
    const auto beginGroup = [&](const char* id, float x0, float y0, float width, float height) {
        ImGui::SetCursorScreenPos(ImVec2(x0 - pad, y0 - pad));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
        ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, em(0.3f));
        ImGui::PushStyleColor(ImGuiCol_ChildBg, toImColour(boardColours().background));
        ImGui::BeginChild(id, ImVec2(width + 2 * pad, height + 2 * pad), false,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                              ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_NoMove |
                              ImGuiWindowFlags_NoSavedSettings);
        ImGui::PopStyleColor();
        ImGui::PopStyleVar(2);
    };
    if (!options.readOnly) {
        float width = 0;
        for (std::size_t i = 0; i < bar.editCount; ++i)
            width = std::max(width, bar.editSlots[i].x + bar.editWidths[i]);
        beginGroup("##canvas-edit-group", left, bottomY - float(editRows - 1) * rowStep, width,
                   float(editRows - 1) * rowStep + ImGui::GetFrameHeight());
        editAt(0);
        if (actionButton("Undo", options.canUndo, "Undo (Ctrl+Z)", true)) {
            m_tool.cancel(ctx);
            undoRequested = true;
        }
        if (named) widget_handles::nameButton(options.handle + ".undo", "Undo");
        editAt(1);
        if (actionButton("Redo", options.canRedo, "Redo (Ctrl+Shift+Z or Ctrl+Y)", true)) {
            m_tool.cancel(ctx);
            redoRequested = true;
        }
        if (named) widget_handles::nameButton(options.handle + ".redo", "Redo");
        if (withHistory) {
            editAt(2);
            m_historyAnchor = ImGui::GetCursorScreenPos();
            if (actionButton("History", true, "The undo history: go back to any step (Ctrl+H)", true) ||
                m_historyKeyPressed) {
                m_tool.cancel(ctx);
                m_historyPanel.open(ImVec2(m_historyAnchor.x, m_historyAnchor.y - em(0.3f)));
            }
            if (named) widget_handles::nameButton(options.handle + ".history", "History");
        }
        m_historyKeyPressed = false;
        if (bar.settingsInBar) {
            editAt(snapSlot);
            drawSnapSetting(options);
            editAt(keepToolSlot);
            drawKeepToolSetting(options);
        }
        ImGui::EndChild();
    }

    // The last export's outcome, top left of the board for a few seconds
    // (the toolbar's menu closes on the click).
    if (m_exportShownAt >= 0) {
        if (ImGui::GetTime() - m_exportShownAt > 8) {
            m_exportMessage = {};
            m_exportShownAt = -1;
        } else {
            ImGui::SetCursorScreenPos(ImVec2(m_originX + em(0.5f), m_originY + em(0.5f)));
            const ImU32 colour = m_exportMessage.failed ? IM_COL32(220, 90, 30, 255)
                                                        : (dark ? IM_COL32(110, 200, 150, 255) : IM_COL32(22, 120, 70, 255));
            ImGui::PushStyleColor(ImGuiCol_Text, colour);
            ImGui::TextUnformatted(m_exportMessage.text.c_str());
            ImGui::PopStyleColor();
        }
    }

    float zoomWidth = 0;
    for (float w : bar.zoomRowWidth) zoomWidth = std::max(zoomWidth, w);
    beginGroup("##canvas-zoom-group", right - zoomWidth, bottomY - float(zoomAbove + zoomRows - 1) * rowStep,
               zoomWidth, float(zoomRows - 1) * rowStep + ImGui::GetFrameHeight());
    zoomAt(0);
    if (actionButton("-", true, "Zoom out (Ctrl+-, or the wheel)", true))
        m_camera.zoomAbout({centre.x, centre.y}, 1 / 1.25);
    if (named) widget_handles::nameButton(options.handle + ".zoom_out", "-");
    zoomAt(1);
    if (actionButton(zoomLabel, true, "Back to 100% (Ctrl+0)", true)) m_camera.setZoomAbout({centre.x, centre.y}, 1.0);
    if (named) widget_handles::nameButton(options.handle + ".zoom", zoomLabel);
    zoomAt(2);
    if (actionButton("+", true, "Zoom in (Ctrl+=, or the wheel)", true)) m_camera.zoomAbout({centre.x, centre.y}, 1.25);
    if (named) widget_handles::nameButton(options.handle + ".zoom_in", "+");
    zoomAt(3);
    if (actionButton("Fit", true, "Fit to content (Shift+1)", true)) m_fitRequested = true;
    if (named) widget_handles::nameButton(options.handle + ".fit", "Fit");
    zoomAt(4);
    if (actionButton("Reset", true, "Back to the origin at 100%", true)) m_camera.reset(em(2));
    if (named) widget_handles::nameButton(options.handle + ".reset", "Reset");
    ImGui::EndChild();
    ImGui::PopStyleColor(7);
    ImGui::PopStyleVar();
    // In the window's colours, not the board's: it is a popup over both.
    if (options.history && !options.readOnly) {
        if (const auto step = m_historyPanel.draw(*options.history, options.handle.c_str())) {
            m_tool.cancel(ctx);
            m_historyStep = step;
        }
    }
    ImGui::PopID();
}

void CanvasView::drawContextMenu(const CanvasDocument& doc, ToolContext& ctx) {
    if (!ImGui::BeginPopupContextItem("canvas-context")) return;
    const bool any = !m_tool.selection().empty();
    if (ImGui::MenuItem("Edit label", "Enter", false, m_tool.selection().size() == 1))
        m_tool.beginLabelEdit(doc, m_tool.selection()[0]);
    if (ImGui::MenuItem("Duplicate", "Ctrl+D", false, any)) m_tool.duplicateSelection(ctx);
    if (ImGui::MenuItem("Delete", "Del", false, any)) m_tool.deleteSelection(ctx);
    ImGui::Separator();
    if (ImGui::MenuItem("Cut", "Ctrl+X", false, any)) {
        const std::string payload = m_tool.cutSelection(ctx);
        if (!payload.empty()) ImGui::SetClipboardText(payload.c_str());
    }
    if (ImGui::MenuItem("Copy", "Ctrl+C", false, any)) {
        const std::string payload = m_tool.copySelection(doc);
        if (!payload.empty()) ImGui::SetClipboardText(payload.c_str());
    }
    if (ImGui::MenuItem("Paste", "Ctrl+V")) {
        if (const char* text = ImGui::GetClipboardText()) m_tool.paste(ctx, text, m_contextWorld);
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Bring to front", "Ctrl+Shift+]", false, any)) m_tool.reorderSelection(ctx, ZOrderChange::Front);
    if (ImGui::MenuItem("Bring forward", "Ctrl+]", false, any)) m_tool.reorderSelection(ctx, ZOrderChange::Forward);
    if (ImGui::MenuItem("Send backward", "Ctrl+[", false, any)) m_tool.reorderSelection(ctx, ZOrderChange::Backward);
    if (ImGui::MenuItem("Send to back", "Ctrl+Shift+[", false, any)) m_tool.reorderSelection(ctx, ZOrderChange::Back);
    if (ImGui::BeginMenu("Note colour", any)) {
        for (NoteColour c : kNoteColours)
            if (ImGui::MenuItem(noteColourId(c))) m_tool.setSelectionColour(ctx, c);
        ImGui::EndMenu();
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Select all", "Ctrl+A")) m_tool.selectAll(doc);
    if (ImGui::MenuItem("Fit to content", "Shift+1")) m_fitRequested = true;
    ImGui::EndPopup();
}

}  // namespace rehearse
