// CanvasView's input mapping: ImGui's mouse and keyboard state turned into
// camera moves (pan, zoom) and the tool's abstract pointer and key events in
// world coordinates. What the events do is the tool's business (core).
#include "app/canvas_view.hpp"
#include "app/widgets.hpp"

#include <GLFW/glfw3.h>  // key codes only: io.KeysDown is indexed by them
#include <imgui.h>

#include <cmath>
#include <string>

namespace rehearse {

namespace {

Modifiers canvasInputModifiers() {
    const ImGuiIO& io = ImGui::GetIO();
    return Modifiers{io.KeyShift, io.KeyCtrl || io.KeySuper, io.KeyAlt};
}

}  // namespace

// ---------------------------------------------------------------------------
// Navigation: pan (space-drag, middle mouse), zoom towards the cursor
// ---------------------------------------------------------------------------

void CanvasView::handleNavigation(const CanvasDocument& doc, bool hovered) {
    ImGuiIO& io = ImGui::GetIO();
    const Vec2 mouse{io.MousePos.x - m_originX, io.MousePos.y - m_originY};
    const bool spaceHeld = ImGui::IsKeyDown(GLFW_KEY_SPACE) && !io.WantTextInput;

    if (!m_panning && hovered &&
        (ImGui::IsMouseClicked(ImGuiMouseButton_Middle) || (spaceHeld && ImGui::IsMouseClicked(ImGuiMouseButton_Left))))
        m_panning = true;
    if (m_panning) {
        if (io.MouseDown[ImGuiMouseButton_Middle] || io.MouseDown[ImGuiMouseButton_Left])
            m_camera.panByPixels({io.MouseDelta.x, io.MouseDelta.y});
        else
            m_panning = false;
    }
    if (hovered && io.MouseWheel != 0) m_camera.zoomAbout(mouse, std::pow(1.15, double(io.MouseWheel)));
    if (hovered && io.MouseWheelH != 0) m_camera.panByPixels({io.MouseWheelH * em(2), 0});

    // Keyboard zoom works when the canvas has focus and nobody is typing.
    if (!m_hasKeyboard || io.WantTextInput) return;
    const Vec2 centre{m_sizeX * 0.5, m_sizeY * 0.5};
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    if (ctrl && (ImGui::IsKeyPressed(GLFW_KEY_EQUAL) || ImGui::IsKeyPressed(GLFW_KEY_KP_ADD)))
        m_camera.zoomAbout(centre, 1.25);
    if (ctrl && (ImGui::IsKeyPressed(GLFW_KEY_MINUS) || ImGui::IsKeyPressed(GLFW_KEY_KP_SUBTRACT)))
        m_camera.zoomAbout(centre, 1 / 1.25);
    if (ctrl && ImGui::IsKeyPressed(GLFW_KEY_0, false)) m_camera.setZoomAbout(centre, 1.0);
    if (io.KeyShift && !ctrl && ImGui::IsKeyPressed(GLFW_KEY_1, false)) fitToContent(doc);
}

// ---------------------------------------------------------------------------
// Pointer: ImGuiIO -> abstract pointer events in world units
// ---------------------------------------------------------------------------

void CanvasView::handlePointer(ToolContext& ctx, bool hovered, bool /*active*/) {
    ImGuiIO& io = ImGui::GetIO();
    const Vec2 world = m_camera.screenToWorld({io.MousePos.x - m_originX, io.MousePos.y - m_originY});
    const Modifiers mods = canvasInputModifiers();
    const bool overEditor = m_tool.labelEdit() && m_editorMax.x > m_editorMin.x &&
                            io.MousePos.x >= m_editorMin.x && io.MousePos.x <= m_editorMax.x &&
                            io.MousePos.y >= m_editorMin.y && io.MousePos.y <= m_editorMax.y;

    if (m_panning) {
        if (m_tool.busy()) m_tool.cancel(ctx);
        return;
    }
    if (hovered && !overEditor && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        // A click elsewhere ends label editing first (the editor commits on
        // deactivation, which ImGui reports next frame); keep the click for the tool.
        m_tool.pointerDown(ctx, world, mods, io.MouseDoubleClicked[ImGuiMouseButton_Left] ? 2 : 1);
        m_lastPointer = world;
        return;
    }
    if (m_tool.busy()) {
        if (!io.MouseDown[ImGuiMouseButton_Left]) {
            m_tool.pointerUp(ctx, world, mods);
        } else if (world != m_lastPointer || mods.shift != m_lastMods.shift || mods.alt != m_lastMods.alt) {
            m_tool.pointerMove(ctx, world, mods);
        }
    } else if (hovered && world != m_lastPointer) {
        m_tool.pointerMove(ctx, world, mods);  // hover and cursor shape
    }
    m_lastPointer = world;
    m_lastMods = mods;
}

// ---------------------------------------------------------------------------
// Keys: shortcuts while the canvas has focus and no text field is active
// ---------------------------------------------------------------------------

void CanvasView::handleKeys(const CanvasDocument& doc, ToolContext& ctx, bool& undoRequested,
                            bool& redoRequested) {
    ImGuiIO& io = ImGui::GetIO();
    // While a label edit is open (or about to take focus), keys are text.
    if (!m_hasKeyboard || io.WantTextInput || m_tool.labelEdit()) return;
    const Modifiers mods = canvasInputModifiers();

    if (mods.ctrl && ImGui::IsKeyPressed(GLFW_KEY_Z)) {
        m_tool.cancel(ctx);  // an undo in the middle of a drag ends the drag
        (mods.shift ? redoRequested : undoRequested) = true;
        return;
    }
    if (mods.ctrl && ImGui::IsKeyPressed(GLFW_KEY_H, false)) {
        m_historyKeyPressed = true;  // the toolbar opens the list on the next frame
        return;
    }
    if (mods.ctrl && ImGui::IsKeyPressed(GLFW_KEY_Y)) {
        m_tool.cancel(ctx);
        redoRequested = true;
        return;
    }
    if (mods.ctrl && ImGui::IsKeyPressed(GLFW_KEY_C, false)) {
        const std::string payload = m_tool.copySelection(doc);
        if (!payload.empty()) ImGui::SetClipboardText(payload.c_str());
        return;
    }
    if (mods.ctrl && ImGui::IsKeyPressed(GLFW_KEY_X, false)) {
        const std::string payload = m_tool.cutSelection(ctx);
        if (!payload.empty()) ImGui::SetClipboardText(payload.c_str());
        return;
    }
    if (mods.ctrl && ImGui::IsKeyPressed(GLFW_KEY_V, false)) {
        const char* text = ImGui::GetClipboardText();
        const Vec2 mouse{io.MousePos.x - m_originX, io.MousePos.y - m_originY};
        const bool inside = mouse.x >= 0 && mouse.y >= 0 && mouse.x < m_sizeX && mouse.y < m_sizeY;
        const Vec2 at = m_camera.screenToWorld(inside ? mouse : Vec2{m_sizeX * 0.5, m_sizeY * 0.5});
        if (text) m_tool.paste(ctx, text, at);
        return;
    }

    struct Binding {
        int key;
        CanvasKey canvasKey;
        bool repeat;
    };
    static constexpr Binding kBindings[] = {
        {GLFW_KEY_DELETE, CanvasKey::Delete, false}, {GLFW_KEY_BACKSPACE, CanvasKey::Delete, false},
        {GLFW_KEY_ESCAPE, CanvasKey::Escape, false}, {GLFW_KEY_ENTER, CanvasKey::Enter, false},
        {GLFW_KEY_KP_ENTER, CanvasKey::Enter, false}, {GLFW_KEY_LEFT, CanvasKey::Left, true},
        {GLFW_KEY_RIGHT, CanvasKey::Right, true},    {GLFW_KEY_UP, CanvasKey::Up, true},
        {GLFW_KEY_DOWN, CanvasKey::Down, true},      {GLFW_KEY_V, CanvasKey::V, false},
        {GLFW_KEY_B, CanvasKey::B, false},           {GLFW_KEY_A, CanvasKey::A, false},
        {GLFW_KEY_T, CanvasKey::T, false},           {GLFW_KEY_N, CanvasKey::N, false},
        {GLFW_KEY_P, CanvasKey::P, false},           {GLFW_KEY_D, CanvasKey::D, false},
        {GLFW_KEY_G, CanvasKey::G, false},           {GLFW_KEY_Q, CanvasKey::Q, false},
        {GLFW_KEY_LEFT_BRACKET, CanvasKey::BracketLeft, false},
        {GLFW_KEY_RIGHT_BRACKET, CanvasKey::BracketRight, false},
    };
    for (const Binding& b : kBindings) {
        if (!ImGui::IsKeyPressed(b.key, b.repeat)) continue;
        // Alt+arrows belong to the session (stage navigation).
        if (mods.alt && (b.canvasKey == CanvasKey::Left || b.canvasKey == CanvasKey::Right ||
                         b.canvasKey == CanvasKey::Up || b.canvasKey == CanvasKey::Down))
            continue;
        m_tool.keyDown(ctx, b.canvasKey, mods);
    }
}

}  // namespace rehearse
