// One ImGui context for the whole test run, with a real font atlas and no
// window or GL (as ImGui's example_null does), and a function that draws one frame.
#pragma once

#include "app/fonts.hpp"
#include "app/theme.hpp"

#include <GLFW/glfw3.h>  // key codes only: the app reads io.KeysDown by them
#include <imgui.h>

namespace rehearse {

struct HeadlessImGui {
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1440, 900);
        io.DeltaTime = 1.0f / 60.0f;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        // The key map the GLFW backend sets up.
        const int keys[][2] = {{ImGuiKey_Tab, GLFW_KEY_TAB},         {ImGuiKey_LeftArrow, GLFW_KEY_LEFT},
                               {ImGuiKey_RightArrow, GLFW_KEY_RIGHT}, {ImGuiKey_UpArrow, GLFW_KEY_UP},
                               {ImGuiKey_DownArrow, GLFW_KEY_DOWN},   {ImGuiKey_PageUp, GLFW_KEY_PAGE_UP},
                               {ImGuiKey_PageDown, GLFW_KEY_PAGE_DOWN}, {ImGuiKey_Home, GLFW_KEY_HOME},
                               {ImGuiKey_End, GLFW_KEY_END},          {ImGuiKey_Delete, GLFW_KEY_DELETE},
                               {ImGuiKey_Backspace, GLFW_KEY_BACKSPACE}, {ImGuiKey_Enter, GLFW_KEY_ENTER},
                               {ImGuiKey_Escape, GLFW_KEY_ESCAPE},    {ImGuiKey_KeyPadEnter, GLFW_KEY_KP_ENTER},
                               {ImGuiKey_Space, GLFW_KEY_SPACE},      {ImGuiKey_Insert, GLFW_KEY_INSERT},
                               {ImGuiKey_A, GLFW_KEY_A}, {ImGuiKey_C, GLFW_KEY_C}, {ImGuiKey_V, GLFW_KEY_V},
                               {ImGuiKey_X, GLFW_KEY_X}, {ImGuiKey_Y, GLFW_KEY_Y}, {ImGuiKey_Z, GLFW_KEY_Z}};
        for (const auto& k : keys) io.KeyMap[k[0]] = k[1];
        loadFonts(15.0f);
        applyTheme(1.0f);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }
};

inline HeadlessImGui& headlessImGui() {
    static HeadlessImGui imgui;
    return imgui;
}

// Draws one frame of `drawScreen` in a full-window host and returns the
// number of vertices it produced.
template <typename Fn>
int frame(Fn&& drawScreen) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("Rehearse", nullptr, ImGuiWindowFlags_NoDecoration);
    drawScreen();
    ImGui::End();
    ImGui::Render();
    return ImGui::GetDrawData()->TotalVtxCount;
}

}  // namespace rehearse
