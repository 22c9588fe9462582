// The canvas's in-place label editor: an InputText over the item being
// renamed, and the keys typed before it took focus.
#include "app/canvas_view.hpp"

#include "app/shape_renderer.hpp"
#include "app/widgets.hpp"
#include "core/text/utf8.hpp"

#include <GLFW/glfw3.h>  // key codes only: io.KeysDown is indexed by them
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace rehearse {

namespace {

// Places the selection once, when the editor opens: a block's whole label
// is selected so typing replaces it ("Feature store"); notes and text get the
// caret at the end, to carry on writing. (ImGui's AutoSelectAll flag does not
// apply to multi-line fields.)
int placeCaretOnOpen(ImGuiInputTextCallbackData* data) {
    auto* mode = static_cast<CanvasView::CaretOnOpen*>(data->UserData);
    if (*mode == CanvasView::CaretOnOpen::SelectAll) data->SelectAll();
    if (*mode != CanvasView::CaretOnOpen::Done) {
        data->CursorPos = data->BufTextLen;
        if (*mode == CanvasView::CaretOnOpen::End) data->ClearSelection();
        *mode = CanvasView::CaretOnOpen::Done;
    }
    return 0;
}

}  // namespace

void CanvasView::collectTypedBeforeFocus() {
    ImGuiIO& io = ImGui::GetIO();
    for (ImWchar c : io.InputQueueCharacters) {
        const unsigned code = c;
        if (code < 0x20 || code == 0x7f) continue;  // control characters are keys, not text
        if (code >= 0xD800 && code <= 0xDFFF) continue;  // a lone surrogate is no character
        appendUtf8(m_typedBeforeFocus, char32_t(code));
    }
    io.InputQueueCharacters.resize(0);
}

void CanvasView::drawLabelEditor(const CanvasDocument& doc, ToolContext& ctx) {
    const auto& edit = m_tool.labelEdit();
    if (!edit) {
        m_editActive = false;
        m_editorMin = m_editorMax = ImVec2(0, 0);
        return;
    }
    const CanvasItem* item = edit->id ? doc.find(edit->id) : nullptr;
    if (edit->id && !item) {  // created this frame; the editor opens next frame
        collectTypedBeforeFocus();
        return;
    }
    if (!m_editActive || m_editFor != edit->id) {
        m_editActive = true;
        m_editFor = edit->id;
        m_editBuffer = edit->initialText;
        m_editFocusPending = true;
        m_editorFocused = false;
        const bool prose = item ? item->kind == ItemKind::Note || item->kind == ItemKind::Text : true;
        m_editCaret = prose ? CaretOnOpen::End : CaretOnOpen::SelectAll;
    }
    if (!m_editorFocused) {
        collectTypedBeforeFocus();
        if (!m_typedBeforeFocus.empty()) {
            // Typing over a selected label replaces it, as it would once focused.
            if (m_editCaret == CaretOnOpen::SelectAll) m_editBuffer.clear();
            m_editBuffer += m_typedBeforeFocus;
            m_typedBeforeFocus.clear();
            m_editCaret = CaretOnOpen::End;
        }
    }

    const ScreenTransform t{m_camera.origin(), m_camera.zoom(), ImVec2(m_originX, m_originY)};
    Rect world = item ? doc.itemBounds(*item) : edit->rect;
    if (item && item->kind == ItemKind::Arrow) {
        const Vec2 mid = world.centre();
        world = {mid.x - 100, mid.y - 20, mid.x + 100, mid.y + 20};
    }
    ImVec2 a = t({world.x0, world.y0});
    ImVec2 size(std::max(em(9), float(world.width() * m_camera.zoom())),
                std::max(em(2.4f), float(world.height() * m_camera.zoom())));
    size.x = std::min(size.x, m_sizeX);
    size.y = std::min(size.y, m_sizeY);
    // Keep the editor inside the canvas, even for an item half off screen.
    a.x = std::clamp(a.x, m_originX, m_originX + m_sizeX - size.x);
    a.y = std::clamp(a.y, m_originY, m_originY + m_sizeY - size.y);
    m_editorMin = a;
    m_editorMax = ImVec2(a.x + size.x, a.y + size.y);

    ImGui::SetCursorScreenPos(a);
    if (m_editFocusPending) {
        ImGui::SetKeyboardFocusHere();
        m_editFocusPending = false;
    }
    ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(255, 255, 255, 245));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(15, 23, 42, 255));
    ImGui::PushStyleColor(ImGuiCol_Border, toImColour(boardColours().selection));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.5f);
    const bool entered = ImGui::InputTextMultiline(
        "##canvas-label", &m_editBuffer, size,
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CtrlEnterForNewLine |
            ImGuiInputTextFlags_CallbackAlways,
        placeCaretOnOpen, &m_editCaret);
    m_editorFocused = m_editorFocused || ImGui::IsItemActive();
    const bool escaped = ImGui::IsItemActive() && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false);
    const bool leftField = ImGui::IsItemDeactivated();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);

    if (escaped) {
        m_tool.cancelLabelEdit();
        m_editActive = false;
        return;
    }
    if (entered || leftField) {
        std::optional<Vec2> fitted;
        const bool isText = item ? item->kind == ItemKind::Text : !edit->id;
        if (isText) {
            // Text items take the size of their text, measured with the real font.
            const ImVec2 ts = ImGui::CalcTextSize(m_editBuffer.c_str());
            const double k = kTextFontSize / ImGui::GetFontSize();
            fitted = Vec2{std::ceil(ts.x * k) + 8, std::ceil(std::max(ts.y, ImGui::GetFontSize()) * k) + 8};
        }
        m_tool.commitLabelEdit(ctx, m_editBuffer, fitted);
        m_editActive = false;
    }
}

}  // namespace rehearse
