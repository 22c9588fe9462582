// Keeps what is typed while keyboard focus moves to a text field. In ImGui
// 1.86 a field asked for focus (SetKeyboardFocusHere) takes the keyboard a
// frame or two later; characters typed in between would go nowhere. Hold
// them while focus is on its way, then give them to the field, in order,
// on the first frame it has the keyboard.
#pragma once

#include <imgui.h>

#include <vector>

namespace rehearse {

class TypeAhead {
public:
    // Call while focus is on its way, before any widget reads the keyboard:
    // takes this frame's typed characters out of ImGui's queue.
    void hold() {
        ImGuiIO& io = ImGui::GetIO();
        m_held.insert(m_held.end(), io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
        io.InputQueueCharacters.resize(0);
    }
    // Call once the field has the keyboard, before it is drawn: puts the held
    // characters back in front of this frame's, so the field reads them all.
    void deliver() {
        if (m_held.empty()) return;
        ImGuiIO& io = ImGui::GetIO();
        std::vector<ImWchar> now(io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
        io.InputQueueCharacters.resize(0);
        for (ImWchar c : m_held) io.InputQueueCharacters.push_back(c);
        for (ImWchar c : now) io.InputQueueCharacters.push_back(c);
        m_held.clear();
    }
    void drop() { m_held.clear(); }

private:
    std::vector<ImWchar> m_held;
};

}  // namespace rehearse
