// The canvas toolbar, drawn at the top of the canvas region: tools with their
// shortcuts, note colours, edit actions, snapping, zoom, and below them the
// palette of ML building blocks drawn with the same icons as the canvas.
#include "app/canvas_view.hpp"

#include "app/canvas_export_menu.hpp"
#include "app/shape_renderer.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace rehearse {

namespace {

float em(float n) { return ImGui::GetFontSize() * n; }

// Continues the row if `width` still fits, else starts a new one.
void flowNext(float width) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    (void)spacing;
}

float buttonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

bool toolButton(const char* label, bool selected, const char* tooltip, bool first = false) {
    if (!first) flowNext(buttonWidth(label));
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
    if (!first) flowNext(buttonWidth(label));
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

}  // namespace

void CanvasView::drawToolbar(ToolContext& ctx, const CanvasViewOptions& options) {
    if (options.readOnly) return;
    ImGui::PushID("canvas-toolbar");
    bool first = true;
    const bool named = widget_handles::recording();

    if (!options.readOnly) {
        struct ToolButton {
            const char* label;
            const char* handle;
            ToolKind tool;
            const char* tooltip;
        };
        static constexpr ToolButton kTools[] = {
            {"Select (V)", ".tool.select", ToolKind::Select, "Select, move and resize; drag on empty canvas for a rubber band"},
            {"Box (B)", ".tool.box", ToolKind::Block, "A labelled box: click, or drag out its size"},
            {"Arrow (A)", ".tool.arrow", ToolKind::Arrow, "Drag from one item to another; the arrow follows them"},
            {"Text (T)", ".tool.text", ToolKind::Text, "Free text; double-click on empty canvas does the same"},
            {"Note (N)", ".tool.note", ToolKind::Note, "A sticky note"},
            {"Pen (P)", ".tool.pen", ToolKind::Pen, "Freehand drawing"},
        };
        for (const ToolButton& b : kTools) {
            const bool selected = m_tool.tool() == b.tool &&
                                  (b.tool != ToolKind::Block || m_tool.blockKind() == ItemKind::Box);
            if (toolButton(b.label, selected, b.tooltip, first)) m_tool.setTool(b.tool, ItemKind::Box);
            if (named) widget_handles::nameButton(options.handle + b.handle, b.label);
            first = false;
        }

        // Note colours: pick for new notes, and recolour selected notes.
        separator();
        for (NoteColour c : kNoteColours) {
            const float side = ImGui::GetFrameHeight();
            flowNext(side);
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

        // What can be done with the selection: in the toolbar, above the
        // board, so it never covers an item; greyed out while nothing is
        // selected so the toolbar does not jump when something is.
        separator();
        const bool any = !m_tool.selection().empty();
        if (actionButton("Front", any, "Bring to front (Ctrl+Shift+]); one step: Ctrl+]"))
            m_tool.reorderSelection(ctx, ZOrderChange::Front);
        if (named) widget_handles::nameButton(options.handle + ".front", "Front");
        if (actionButton("Back", any, "Send to back (Ctrl+Shift+[); one step: Ctrl+["))
            m_tool.reorderSelection(ctx, ZOrderChange::Back);
        if (named) widget_handles::nameButton(options.handle + ".back", "Back");
        if (actionButton("Duplicate", any, "Duplicate (Ctrl+D)")) m_tool.duplicateSelection(ctx);
        if (named) widget_handles::nameButton(options.handle + ".duplicate", "Duplicate");
        if (actionButton("Delete", any, "Delete (Del)")) m_tool.deleteSelection(ctx);
        if (named) widget_handles::nameButton(options.handle + ".delete", "Delete");
        separator();
        flowNext(buttonWidth("Export"));
        canvasExportButton("Export", ctx.doc, options.exportStem, options.exportTitle, m_exportMessage);
        if (named) widget_handles::nameButton(options.handle + ".export", "Export");
        if (!m_exportMessage.text.empty() && m_exportShownAt < 0) m_exportShownAt = ImGui::GetTime();
    }

    // The palette: one button per ML building block, each with its icon and
    // its name. Names take room: when they would need more than three rows,
    // or more than a sixth of the board's height, the palette collapses to
    // icons alone (names on hover).
    if (!options.readOnly) {
        ImGui::Spacing();
        const float side = em(1.6f);
        const float pad = em(0.3f);
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const float available = ImGui::GetContentRegionAvail().x;
        const float boardHeight = ImGui::GetContentRegionAvail().y;
        const auto labelledWidth = [&](ItemKind kind) {
            return side + ImGui::CalcTextSize(itemKindTitle(kind)).x + pad;
        };
        int rows = 1;
        float rowWidth = 0;
        for (ItemKind kind : kBlockKinds) {
            const float w = labelledWidth(kind);
            if (rowWidth > 0 && rowWidth + spacing + w > available) {
                ++rows;
                rowWidth = 0;
            }
            rowWidth += (rowWidth > 0 ? spacing : 0) + w;
        }
        const float rowsHeight = float(rows) * (side + ImGui::GetStyle().ItemSpacing.y);
        const bool labelled = rows <= 3 && rowsHeight <= boardHeight / 6;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        bool firstBlock = true;
        for (ItemKind kind : kBlockKinds) {
            const ImVec2 size(labelled ? labelledWidth(kind) : em(2.0f), labelled ? side : em(2.0f));
            if (!firstBlock) flowNext(size.x);
            firstBlock = false;
            ImGui::PushID(static_cast<int>(kind));
            const ImVec2 p = ImGui::GetCursorScreenPos();
            if (ImGui::InvisibleButton("block", size)) m_tool.setTool(ToolKind::Block, kind);
            const bool selected = m_tool.tool() == ToolKind::Block && m_tool.blockKind() == kind;
            const bool hovered = ImGui::IsItemHovered();
            if (hovered) ImGui::SetTooltip("%s: click, then click or drag on the canvas", itemKindTitle(kind));
            if (named)
                widget_handles::nameRect(options.handle + ".palette." + itemKindId(kind), p,
                                         ImVec2(p.x + size.x, p.y + size.y), labelled ? itemKindTitle(kind) : "",
                                         false);
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
    }
    ImGui::PopID();
}

void CanvasView::drawOverlay(ToolContext& ctx, bool& undoRequested, bool& redoRequested,
                             const CanvasViewOptions& options) {
    // Bottom corners of the canvas, as in most whiteboards: undo and redo on
    // the left, zoom on the right. Submitted before the canvas's own button
    // so they take the clicks over it.
    ImGui::PushID("canvas-overlay");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float rowY = m_originY + m_sizeY - ImGui::GetFrameHeight() - em(0.5f);
    const ImVec2 centre{m_sizeX * 0.5f, m_sizeY * 0.5f};
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(em(0.25f), style.ItemSpacing.y));
    // The controls on the board take the board's colours, whatever the
    // window's theme is (a light board in the dark theme, or the reverse).
    const bool dark = palette::darkBoard;
    ImGui::PushStyleColor(ImGuiCol_Text, dark ? IM_COL32(229, 231, 235, 255) : IM_COL32(15, 23, 42, 255));
    ImGui::PushStyleColor(ImGuiCol_TextDisabled, dark ? IM_COL32(140, 150, 165, 255) : IM_COL32(120, 128, 140, 255));
    ImGui::PushStyleColor(ImGuiCol_Button, dark ? IM_COL32(39, 50, 68, 255) : IM_COL32(232, 235, 241, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, dark ? IM_COL32(51, 65, 90, 255) : IM_COL32(214, 224, 245, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, dark ? IM_COL32(60, 80, 120, 255) : IM_COL32(194, 211, 245, 255));
    ImGui::PushStyleColor(ImGuiCol_FrameBg, dark ? IM_COL32(31, 41, 55, 255) : IM_COL32(255, 255, 255, 255));
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, dark ? IM_COL32(45, 58, 78, 255) : IM_COL32(244, 247, 255, 255));
    float editRowEnd = m_originX;  // where the undo/snap controls end, to keep zoom clear of them
    const bool named = widget_handles::recording();
    if (!options.readOnly) {
        ImGui::SetCursorScreenPos(ImVec2(m_originX + em(0.5f), rowY));
        if (actionButton("Undo", options.canUndo, "Undo (Ctrl+Z)", true)) {
            m_tool.cancel(ctx);
            undoRequested = true;
        }
        if (named) widget_handles::nameButton(options.handle + ".undo", "Undo");
        if (actionButton("Redo", options.canRedo, "Redo (Ctrl+Shift+Z or Ctrl+Y)")) {
            m_tool.cancel(ctx);
            redoRequested = true;
        }
        if (named) widget_handles::nameButton(options.handle + ".redo", "Redo");
        flowNext(em(4));
        bool snap = m_tool.snapToGrid();
        if (ImGui::Checkbox("Snap", &snap)) m_tool.setSnapToGrid(snap);
        if (named) widget_handles::nameField(options.handle + ".snap", "Snap");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Snap to the grid (G); hold Alt to place freely");
        flowNext(em(6));
        bool locked = m_tool.toolLocked();
        if (ImGui::Checkbox("Keep tool", &locked)) m_tool.setToolLocked(locked);
        if (named) widget_handles::nameField(options.handle + ".keep_tool", "Keep tool");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Stay in the drawing tool after each item (Q)");
        editRowEnd = ImGui::GetItemRectMax().x;

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

    char zoomLabel[32];
    std::snprintf(zoomLabel, sizeof zoomLabel, "%d%%###zoom", int(std::lround(m_camera.zoom() * 100)));
    const float zoomWidth = buttonWidth("-") + buttonWidth("100%") + buttonWidth("+") + buttonWidth("Fit") +
                            buttonWidth("Reset") + em(0.25f) * 4;
    const float x = m_originX + m_sizeX - zoomWidth - em(0.5f);
    // A narrow board (a small window, large text): the zoom controls go one
    // row up rather than over "Keep tool".
    const bool zoomRowFits = x >= editRowEnd + em(0.5f);
    ImGui::SetCursorScreenPos(ImVec2(x, zoomRowFits ? rowY : rowY - ImGui::GetFrameHeight() - em(0.3f)));
    if (actionButton("-", true, "Zoom out (Ctrl+-, or the wheel)", true))
        m_camera.zoomAbout({centre.x, centre.y}, 1 / 1.25);
    if (named) widget_handles::nameButton(options.handle + ".zoom_out", "-");
    if (actionButton(zoomLabel, true, "Back to 100% (Ctrl+0)")) m_camera.setZoomAbout({centre.x, centre.y}, 1.0);
    if (named) widget_handles::nameButton(options.handle + ".zoom", zoomLabel);
    if (actionButton("+", true, "Zoom in (Ctrl+=, or the wheel)")) m_camera.zoomAbout({centre.x, centre.y}, 1.25);
    if (named) widget_handles::nameButton(options.handle + ".zoom_in", "+");
    if (actionButton("Fit", true, "Fit to content (Shift+1)")) m_fitRequested = true;
    if (named) widget_handles::nameButton(options.handle + ".fit", "Fit");
    if (actionButton("Reset", true, "Back to the origin at 100%")) m_camera.reset(em(2));
    if (named) widget_handles::nameButton(options.handle + ".reset", "Reset");
    ImGui::PopStyleColor(7);
    ImGui::PopStyleVar();
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
