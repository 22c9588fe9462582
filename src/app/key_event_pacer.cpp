#include "app/key_event_pacer.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <imgui.h>

#include <set>

namespace rehearse {
namespace {

KeyEventPacer* g_pacer = nullptr;  // GLFW callbacks carry no user pointer of ours

// Keys whose effect depends on where they fall among the typed characters,
// or that a widget reads as a press (not as text).
bool isCommandKey(int key, int mods) {
    if (mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER)) return true;
    if (key >= GLFW_KEY_ESCAPE && key <= GLFW_KEY_F25) return true;  // Escape .. F25: Enter, Tab, arrows, ...
    return key == GLFW_KEY_KP_ENTER;
}

bool isModifier(int key) { return key >= GLFW_KEY_LEFT_SHIFT && key <= GLFW_KEY_RIGHT_SUPER; }

}  // namespace

void KeyEventPacer::install(GLFWwindow* window) {
    m_window = window;
    g_pacer = this;
    glfwSetKeyCallback(window, &KeyEventPacer::onKey);
    glfwSetCharCallback(window, &KeyEventPacer::onChar);
}

void KeyEventPacer::onKey(GLFWwindow*, int key, int scancode, int action, int mods) {
    if (g_pacer) g_pacer->m_queue.push_back(Event{Event::Kind::Key, key, scancode, action, mods, 0});
}

void KeyEventPacer::onChar(GLFWwindow*, unsigned int codepoint) {
    if (g_pacer) g_pacer->m_queue.push_back(Event{Event::Kind::Char, 0, 0, 0, 0, codepoint});
}

void KeyEventPacer::releaseSlice() {
    // While a text field has the keyboard, letters matter as characters, not
    // as presses: their quick taps need not wait a frame.
    const bool typing = ImGui::GetIO().WantTextInput;
    std::set<int> pressedInSlice, releasedInSlice;
    bool typed = false;
    while (!m_queue.empty()) {
        const Event e = m_queue.front();
        if (e.kind == Event::Kind::Char) {
            ImGui_ImplGlfw_CharCallback(m_window, e.codepoint);
            m_queue.pop_front();
            typed = true;
            continue;
        }
        // ImGui drops the characters of a frame in which Ctrl is down: the
        // text typed before Ctrl+Enter goes in a frame of its own.
        const bool commandModifier = e.key == GLFW_KEY_LEFT_CONTROL || e.key == GLFW_KEY_RIGHT_CONTROL ||
                                     e.key == GLFW_KEY_LEFT_SUPER || e.key == GLFW_KEY_RIGHT_SUPER;
        if (e.action == GLFW_PRESS && commandModifier && typed) break;
        const bool command = isCommandKey(e.key, e.mods);
        const bool matters = command || !typing || isModifier(e.key);
        if (e.action == GLFW_RELEASE && pressedInSlice.count(e.key) && matters)
            break;  // let this frame see the key down
        if (e.action == GLFW_PRESS && releasedInSlice.count(e.key) && matters)
            break;  // and the next see it up before it goes down again
        ImGui_ImplGlfw_KeyCallback(m_window, e.key, e.scancode, e.action, e.mods);
        m_queue.pop_front();
        if (e.action == GLFW_RELEASE) {
            releasedInSlice.insert(e.key);
            continue;
        }
        pressedInSlice.insert(e.key);
        if (command && !isModifier(e.key)) break;  // what follows belongs after it
    }
}

}  // namespace rehearse
