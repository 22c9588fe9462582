#include "app/theme.hpp"

namespace rehearse {

namespace {

void setLightPalette() {
    palette::accent = ImVec4(0.20f, 0.42f, 0.85f, 1.0f);
    palette::accentSoft = ImVec4(0.86f, 0.91f, 0.99f, 1.0f);
    palette::done = ImVec4(0.18f, 0.60f, 0.40f, 1.0f);
    palette::warning = ImVec4(0.85f, 0.38f, 0.12f, 1.0f);
    palette::muted = ImVec4(0.45f, 0.48f, 0.54f, 1.0f);
    palette::text = ImVec4(0.13f, 0.15f, 0.19f, 1.0f);
    palette::panel = ImVec4(0.985f, 0.987f, 0.992f, 1.0f);
    palette::background = ImVec4(0.94f, 0.95f, 0.965f, 1.0f);
    palette::interviewer = ImVec4(0.95f, 0.96f, 0.99f, 1.0f);
    palette::candidate = ImVec4(0.93f, 0.97f, 0.94f, 1.0f);
    palette::probe = ImVec4(1.0f, 0.96f, 0.88f, 1.0f);
    palette::chip = ImVec4(0.90f, 0.91f, 0.94f, 1.0f);
    palette::chipText = palette::text;
    palette::accentHover = ImVec4(0.25f, 0.48f, 0.92f, 1.0f);
    palette::primary = palette::accent;                        // 4.9:1 with white
    palette::primaryHover = ImVec4(0.17f, 0.37f, 0.78f, 1.0f);  // darker on hover: still readable
    palette::rail = ImVec4(0.82f, 0.84f, 0.88f, 1.0f);
    palette::track = ImVec4(0.88f, 0.89f, 0.92f, 1.0f);
    palette::easy = ImVec4(0.85f, 0.95f, 0.88f, 1.0f);
    palette::medium = ImVec4(0.99f, 0.93f, 0.82f, 1.0f);
    palette::hard = ImVec4(0.99f, 0.86f, 0.85f, 1.0f);
}

void setDarkPalette() {
    palette::accent = ImVec4(0.40f, 0.60f, 0.98f, 1.0f);
    palette::accentSoft = ImVec4(0.19f, 0.25f, 0.38f, 1.0f);
    palette::done = ImVec4(0.35f, 0.76f, 0.54f, 1.0f);
    palette::warning = ImVec4(0.98f, 0.60f, 0.30f, 1.0f);
    palette::muted = ImVec4(0.60f, 0.63f, 0.68f, 1.0f);
    palette::text = ImVec4(0.90f, 0.91f, 0.93f, 1.0f);
    palette::panel = ImVec4(0.14f, 0.15f, 0.17f, 1.0f);
    palette::background = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    palette::interviewer = ImVec4(0.17f, 0.20f, 0.27f, 1.0f);
    palette::candidate = ImVec4(0.15f, 0.23f, 0.19f, 1.0f);
    palette::probe = ImVec4(0.27f, 0.22f, 0.14f, 1.0f);
    palette::chip = ImVec4(0.22f, 0.24f, 0.28f, 1.0f);
    palette::chipText = palette::text;
    palette::accentHover = ImVec4(0.47f, 0.66f, 1.0f, 1.0f);
    palette::primary = ImVec4(0.16f, 0.36f, 0.80f, 1.0f);       // 6.0:1 with white
    palette::primaryHover = ImVec4(0.20f, 0.42f, 0.88f, 1.0f);  // 4.7:1
    palette::rail = ImVec4(0.30f, 0.32f, 0.37f, 1.0f);
    palette::track = ImVec4(0.24f, 0.26f, 0.30f, 1.0f);
    palette::easy = ImVec4(0.16f, 0.32f, 0.22f, 1.0f);
    palette::medium = ImVec4(0.38f, 0.29f, 0.12f, 1.0f);
    palette::hard = ImVec4(0.42f, 0.17f, 0.17f, 1.0f);
}

// Dark surfaces for frames, panels and popups.
void setDarkStyleColours(ImVec4* c) {
    c[ImGuiCol_Text] = palette::text;
    c[ImGuiCol_TextDisabled] = palette::muted;
    c[ImGuiCol_WindowBg] = palette::background;
    c[ImGuiCol_ChildBg] = palette::panel;
    c[ImGuiCol_PopupBg] = ImVec4(0.16f, 0.17f, 0.20f, 0.98f);
    c[ImGuiCol_Border] = ImVec4(0.26f, 0.28f, 0.32f, 1);
    c[ImGuiCol_FrameBg] = ImVec4(0.19f, 0.20f, 0.23f, 1);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.23f, 0.25f, 0.29f, 1);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.26f, 0.29f, 0.34f, 1);
    c[ImGuiCol_Button] = palette::chip;
    c[ImGuiCol_ButtonHovered] = ImVec4(0.27f, 0.32f, 0.42f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.30f, 0.38f, 0.52f, 1);
    c[ImGuiCol_Header] = ImVec4(0.22f, 0.30f, 0.45f, 1);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.26f, 0.35f, 0.52f, 1);
    c[ImGuiCol_HeaderActive] = ImVec4(0.30f, 0.40f, 0.58f, 1);
    c[ImGuiCol_CheckMark] = palette::accent;
    c[ImGuiCol_SliderGrab] = palette::accent;
    c[ImGuiCol_SliderGrabActive] = palette::accent;
    c[ImGuiCol_Separator] = ImVec4(0.26f, 0.28f, 0.32f, 1);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = palette::background;
    c[ImGuiCol_Tab] = ImVec4(0.18f, 0.19f, 0.22f, 1);
    c[ImGuiCol_TabHovered] = ImVec4(0.27f, 0.32f, 0.42f, 1);
    c[ImGuiCol_TabActive] = palette::panel;
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.17f, 0.18f, 0.21f, 1);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(1, 1, 1, 0.03f);
    c[ImGuiCol_TableBorderLight] = c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_Border];
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.5f);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
}

}  // namespace

void applyTheme(float scale, ThemeKind kind) {
    if (kind == ThemeKind::Dark) setDarkPalette();
    else setLightPalette();
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
    if (kind == ThemeKind::Dark) {
        ImGui::StyleColorsDark();
        setDarkStyleColours(c);
        return;
    }
    c[ImGuiCol_Text] = palette::text;
    c[ImGuiCol_TextDisabled] = palette::muted;
    c[ImGuiCol_WindowBg] = palette::background;
    c[ImGuiCol_ChildBg] = palette::panel;
    c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 0.98f);
    c[ImGuiCol_Border] = ImVec4(0.80f, 0.82f, 0.86f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.96f, 0.97f, 1.0f, 1);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.93f, 0.95f, 1.0f, 1);
    c[ImGuiCol_Button] = palette::chip;
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
