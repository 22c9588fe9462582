// Hands keyboard events to Dear ImGui at a pace it can read them.
//
// ImGui 1.86 reads the keyboard as one snapshot per frame: which keys are
// down, plus the characters typed since the last frame. Events that arrive
// together between two frames lose their order and their taps:
//   - a key pressed and released between two frames is never seen as
//     pressed (a quick Enter did not send the question);
//   - text typed after Enter, Tab or Backspace in the same frame is applied
//     before that key ("ab<Enter>cd" sent "abcd"; "ab<Backspace>c" gave "ac").
// So GLFW's key and character events are queued here and released frame by
// frame: a slice ends after a command key (Enter, Tab, arrows, Backspace,
// anything with Ctrl/Alt/Super, ...); the release of a key pressed in the
// same slice, a second press of a key released in it, and a Ctrl press after
// typed text (ImGui ignores the text of a frame with Ctrl down) wait for the
// next frame. Plain typing into a text field still goes through in one
// frame, so fast typists do not wait.
#pragma once

#include <deque>

struct GLFWwindow;

namespace rehearse {

class KeyEventPacer {
public:
    // Takes over the window's key and character callbacks; call after
    // ImGui_ImplGlfw_InitForOpenGL(window, true).
    void install(GLFWwindow* window);
    // Hands ImGui the next slice of queued events; call before ImGui::NewFrame.
    void releaseSlice();
    // Whether events still wait: the loop must render another frame soon.
    bool pending() const { return !m_queue.empty(); }

private:
    struct Event {
        enum class Kind { Key, Char } kind = Kind::Key;
        int key = 0, scancode = 0, action = 0, mods = 0;
        unsigned int codepoint = 0;
    };
    static void onKey(GLFWwindow* window, int key, int scancode, int action, int mods);
    static void onChar(GLFWwindow* window, unsigned int codepoint);

    GLFWwindow* m_window = nullptr;
    std::deque<Event> m_queue;
};

}  // namespace rehearse
