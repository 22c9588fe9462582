// Keys typed into the headless context frame by frame, as a person types
// them and as the app's KeyEventPacer hands them to ImGui 1.86.
#pragma once

#include "headless_imgui.hpp"

#include <string>

namespace rehearse {

// The characters typed in one frame and the key pressed after them. The key
// is released in the next frame, together with whatever is typed next, as
// the app's KeyEventPacer hands events to ImGui 1.86.
struct Keys {
    std::string text;
    int key = -1;
    bool ctrl = false, shift = false, alt = false;
};

inline int g_heldKey = -1;

inline void releaseHeldKey() {
    ImGuiIO& io = ImGui::GetIO();
    if (g_heldKey >= 0) io.KeysDown[g_heldKey] = false;
    g_heldKey = -1;
    io.KeyCtrl = io.KeyShift = io.KeyAlt = false;
}

template <typename Fn>
void press(const Keys& keys, Fn&& draw) {
    // ImGui sees a key pressed again only after a frame with it up: the
    // pacer puts the new press in the next frame, after the typed text.
    const bool again = keys.key >= 0 && keys.key == g_heldKey;
    releaseHeldKey();
    ImGuiIO& io = ImGui::GetIO();
    for (char c : keys.text) io.AddInputCharacter(static_cast<unsigned char>(c));
    if (again) frame(draw);
    io.KeyCtrl = keys.ctrl;
    io.KeyShift = keys.shift;
    io.KeyAlt = keys.alt;
    if (keys.key >= 0) io.KeysDown[keys.key] = true;
    g_heldKey = keys.key;
    frame(draw);
}

template <typename Fn>
void idle(int frames, Fn&& draw) {
    releaseHeldKey();
    for (int i = 0; i < frames; ++i) frame(draw);
}

// Each test starts with no text field holding the keyboard (the context is
// shared by the whole run).
inline void freshKeyboard() {
    headlessImGui();
    releaseHeldKey();
    frame([] { ImGui::SetWindowFocus(nullptr); });
    frame([] {});
}


}  // namespace rehearse
