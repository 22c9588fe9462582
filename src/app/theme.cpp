#include "app/theme.hpp"

namespace rehearse {

void applyTheme(float scale) {
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(9, 6);
    style.ItemSpacing = ImVec2(9, 8);
    style.ItemInnerSpacing = ImVec2(7, 5);
    style.CellPadding = ImVec2(8, 5);
    style.ScrollbarSize = 13;
    style.GrabMinSize = 10;
    style.WindowRounding = 6;
    style.ChildRounding = 6;
    style.FrameRounding = 5;
    style.PopupRounding = 5;
    style.ScrollbarRounding = 6;
    style.GrabRounding = 4;
    style.TabRounding = 5;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = 1;
    style.ScaleAllSizes(scale);

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = palette::text;
    c[ImGuiCol_TextDisabled] = palette::muted;
    c[ImGuiCol_WindowBg] = palette::background;
    c[ImGuiCol_ChildBg] = palette::panel;
    c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 0.98f);
    c[ImGuiCol_Border] = ImVec4(0.80f, 0.82f, 0.86f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.96f, 0.97f, 1.0f, 1);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.93f, 0.95f, 1.0f, 1);
    c[ImGuiCol_Button] = ImVec4(0.91f, 0.92f, 0.95f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.84f, 0.88f, 0.96f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.76f, 0.83f, 0.96f, 1);
    c[ImGuiCol_Header] = palette::accentSoft;
    c[ImGuiCol_HeaderHovered] = ImVec4(0.80f, 0.87f, 0.99f, 1);
    c[ImGuiCol_HeaderActive] = ImVec4(0.74f, 0.83f, 0.98f, 1);
    c[ImGuiCol_CheckMark] = palette::accent;
    c[ImGuiCol_SliderGrab] = palette::accent;
    c[ImGuiCol_SliderGrabActive] = palette::accent;
    c[ImGuiCol_Separator] = ImVec4(0.84f, 0.86f, 0.89f, 1);
    c[ImGuiCol_TitleBg] = palette::background;
    c[ImGuiCol_TitleBgActive] = palette::background;
    c[ImGuiCol_Tab] = ImVec4(0.90f, 0.91f, 0.94f, 1);
    c[ImGuiCol_TabHovered] = ImVec4(0.84f, 0.88f, 0.96f, 1);
    c[ImGuiCol_TabActive] = palette::panel;
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.92f, 0.93f, 0.96f, 1);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.97f, 0.975f, 0.985f, 1);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
}

}  // namespace rehearse
