#include "app/shortcut_help.hpp"

#include "app/fonts.hpp"
#include "app/widgets.hpp"

#include <GLFW/glfw3.h>  // key codes only: io.KeysDown is indexed by them
#include <imgui.h>

#include <algorithm>
#include <cstring>

namespace rehearse {

const std::vector<Shortcut>& keyboardShortcuts() {
    static const std::vector<Shortcut> kShortcuts = {
        {"Everywhere", "F1 or ?", "this list (? only when no text field has the keyboard)"},
        {"Everywhere", "Ctrl+Q", "save and quit"},
        {"Library", "typing", "filters by title, tag or question; the best match is selected"},
        {"Library", "Up, Down", "move the selection"},
        {"Library", "Enter", "start a rehearsal of the selected scenario"},
        {"Library", "Ctrl+Enter", "continue the unfinished rehearsal"},
        {"Session", "Tab, Shift+Tab", "next / previous of notes, probe answer, ask box, canvas"},
        {"Session", "Ctrl+1", "your notes"},
        {"Session", "Ctrl+2", "the answer box of the interviewer's pending follow-up"},
        {"Session", "Ctrl+3, Ctrl+K or /", "the ask box (/ when no text field has the keyboard)"},
        {"Session", "Ctrl+4", "the canvas"},
        {"Session", "Enter", "in the ask box: ask the question"},
        {"Session", "Ctrl+Enter", "in a follow-up's answer box: send the answer"},
        {"Session", "Alt+Right, Alt+Left", "next stage (or finish) / previous stage"},
        {"Pair", "F2", "hand the screen over: a cover screen, then the other person's view"},
        {"Pair", "Ctrl+N", "in the interviewer console: a private note"},
        {"Editor", "Ctrl+S", "save the draft"},
        {"Editor", "Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y", "undo, redo"},
        {"Editor", "Ctrl+T, Ctrl+Shift+T", "Try it: the question box, the sentence box"},
        {"Canvas", "V, B, A, T, N, P", "select, box, arrow, text, note, pen tool"},
        {"Canvas", "G, Q", "snap to the grid on/off, keep the drawing tool on/off"},
        {"Canvas", "Ctrl+A, Ctrl+D", "select all, duplicate"},
        {"Canvas", "Ctrl+] / Ctrl+[ (with Shift: to front / back)", "bring forward, send backward"},
        {"Canvas", "Enter, Escape", "edit the selected item's label, drop the selection"},
        {"Canvas", "Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y", "undo, redo"},
        {"Canvas", "Ctrl+H", "the undo history: arrow keys and Space go back to a step"},
        {"Canvas", "Ctrl+C, Ctrl+X, Ctrl+V", "copy, cut, paste"},
        {"Canvas", "Delete or Backspace", "delete the selection"},
        {"Canvas", "arrows (with Shift: a grid step)", "nudge the selection"},
        {"Canvas", "Ctrl+= / Ctrl+- / Ctrl+0 / Shift+1", "zoom in, out, to 100%, to fit"},
    };
    return kShortcuts;
}

void ShortcutHelp::draw(PanelContext&) {
    const char* title = "Keyboard shortcuts";
    ImGuiIO& io = ImGui::GetIO();
    bool toggle = ImGui::IsKeyPressed(GLFW_KEY_F1, false);
    if (!io.WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) {
        auto& typed = io.InputQueueCharacters;
        for (int i = 0; i < typed.Size; ++i) {
            if (typed[i] != '?') continue;
            typed.erase(typed.begin() + i);
            toggle = true;
            break;
        }
    }
    if (toggle && !m_open) {
        ImGui::OpenPopup(title);
        m_open = true;
        toggle = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    // As wide as it reads well and the window allows; the descriptions wrap
    // and the list scrolls in a short window.
    ImGui::SetNextWindowSize(ImVec2(std::min(em(50), viewport->WorkSize.x * 0.95f),
                                    std::min(em(40), viewport->WorkSize.y * 0.9f)));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoResize)) {
        m_open = false;
        return;
    }
    const char* section = "";
    if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollY,
                          ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - em(0.5f)))) {
        ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("does", ImGuiTableColumnFlags_WidthStretch);
        for (const Shortcut& s : keyboardShortcuts()) {
            if (std::strcmp(section, s.where) != 0) {
                section = s.where;
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::Spacing();
                ImGui::PushFont(fonts().bold);
                ImGui::TextUnformatted(section);
                ImGui::PopFont();
            }
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(s.keys);
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("%s", s.does);
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    if (ImGui::Button("Close", ImVec2(em(6), 0)) || toggle || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        ImGui::CloseCurrentPopup();
        m_open = false;
    }
    ImGui::EndPopup();
}

}  // namespace rehearse
