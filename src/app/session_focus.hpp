// Which field of the session screen has the keyboard, and the order Tab
// walks them in: notes, the pending probe's answer, the ask box, the canvas.
// A field asked for (a shortcut, Tab, entering a stage) takes the keyboard a
// frame or two later in ImGui 1.86; what is typed meanwhile is held and
// handed to it (TypeAhead), so no keystroke is lost on the way.
#pragma once

#include "app/type_ahead.hpp"
#include "app/widgets.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace rehearse {

enum class SessionField { None, Notes, ProbeAnswer, Ask, Canvas };

class SessionFocus {
public:
    // Asks for the keyboard to go to `field` (Canvas is handled by the caller).
    void request(SessionField field) {
        m_wanted = field;
        m_requested = false;
        m_waited = 0;
    }
    SessionField wanted() const { return m_wanted; }
    // The field that had the keyboard last frame.
    SessionField active() const { return m_lastActive; }

    // At the start of a frame, before any widget reads the keyboard.
    void beginFrame() {
        m_lastActive = m_active;
        m_active = SessionField::None;
        if (m_wanted != SessionField::None && m_wanted != SessionField::Canvas) {
            // Enter is kept as the newline it types in every session field
            // (in the ask box it sends the question).
            const ImGuiIO& io = ImGui::GetIO();
            if (!io.KeyCtrl && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                                ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter))))
                ImGui::GetIO().AddInputCharacter('\n');
            m_typeAhead.hold();
            // A field that never appears (the probe was answered meanwhile) is given up on.
            if (++m_waited > 8) {
                m_wanted = SessionField::None;
                m_typeAhead.drop();
            }
        } else if (m_landed) {
            m_typeAhead.deliver();
            m_landed = false;
        }
    }
    // Around the field's widget.
    void before(SessionField field) {
        if (m_wanted == field && !m_requested) {
            ImGui::SetKeyboardFocusHere();
            m_requested = true;
            m_caretField = field;
        }
    }
    // Once, when `field` has just taken the keyboard at our request: its
    // caret goes to the end of the text (ImGui would select all of it, and
    // the next key typed would replace what was written).
    bool takeCaretMove(SessionField field) {
        if (m_caretField != field) return false;
        m_caretField = SessionField::None;
        return true;
    }
    void after(SessionField field) {
        if (!ImGui::IsItemActive()) return;
        m_active = field;
        if (m_wanted == field) {
            m_wanted = SessionField::None;
            m_landed = true;
        }
        focusRing();
    }
    // The canvas takes the keyboard without ImGui focus; it reports here.
    void canvasHasKeyboard() { m_active = SessionField::Canvas; }
    void clearWanted() { m_wanted = SessionField::None; }

private:
    SessionField m_wanted = SessionField::None;
    SessionField m_caretField = SessionField::None;
    bool m_requested = false;
    bool m_landed = false;
    int m_waited = 0;
    SessionField m_active = SessionField::None, m_lastActive = SessionField::None;
    TypeAhead m_typeAhead;
};

// The callback every session text field uses (flags: fieldInputFlags). It
// puts the caret at the end when the field takes the keyboard at the
// session's request, leaves Tab to the session's focus order (a completion
// callback makes ImGui leave the key to the field, which ignores it), and,
// given `lines`, takes each line completed by Enter out of the text.
struct FieldInput {
    SessionFocus* focus = nullptr;
    SessionField field = SessionField::None;
    std::vector<std::string>* lines = nullptr;
};
constexpr ImGuiInputTextFlags fieldInputFlags =
    ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_CallbackCompletion | ImGuiInputTextFlags_CallbackEdit;
int fieldInputCallback(ImGuiInputTextCallbackData* data);

}  // namespace rehearse
