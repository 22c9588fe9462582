#include "app/storage_notices.hpp"

#include "app/app_state.hpp"
#include "app/session_persistence.hpp"
#include "app/settings_window.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace rehearse {

void StorageNotices::drawLibraryButtons(AppState& app, SettingsWindow& settings) {
    // Top right of the library, on the line of its title; the library
    // screen itself knows nothing about storage.
    ImGuiStyle& style = ImGui::GetStyle();
    float width = ImGui::CalcTextSize("History").x + ImGui::CalcTextSize("Settings").x +
                  style.FramePadding.x * 4 + style.ItemSpacing.x;
    ImVec2 restore = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - width, style.WindowPadding.y));
    if (ImGui::Button("History")) app.showHistory();
    widget_handles::nameButton("library.history", "History");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Past rehearsals and your progress");
    ImGui::SameLine();
    if (ImGui::Button("Settings")) settings.open();
    widget_handles::nameButton("library.settings", "Settings");
    ImGui::SetCursorPos(restore);
}

void StorageNotices::draw(PanelContext& ctx) {
    AppState& app = ctx.app;
    SessionPersistence* persistence = app.persistence();
    if (!persistence) return;

    if (!persistence->notices.empty() && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        ImGui::OpenPopup("Storage");
    ImGui::SetNextWindowSize(ImVec2(em(34), 0));
    if (ImGui::BeginPopupModal("Storage", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(em(32));
        for (const std::string& notice : persistence->notices) {
            ImGui::Bullet();
            ImGui::TextUnformatted(notice.c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        if (ImGui::Button("OK", ImVec2(em(7), 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter))) {
            persistence->notices.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    const std::string& problem = persistence->saveProblem();
    if (problem.empty() || persistence->unsavedCount() == 0) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // Top centre, and click-through (NoInputs): seen at once, never in the way.
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + em(0.5f)),
                            ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(std::min(em(44), viewport->WorkSize.x - em(2)), 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(1.0f, 0.93f, 0.86f, 0.97f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.45f, 0.18f, 0.04f, 1));
    ImGui::Begin("##unsaved", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoInputs);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(problem.c_str());
    ImGui::PopTextWrapPos();
    ImGui::End();
    ImGui::PopStyleColor(2);
}

}  // namespace rehearse
