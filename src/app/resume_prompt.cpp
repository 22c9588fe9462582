#include "app/resume_prompt.hpp"

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/session_persistence.hpp"
#include "app/theme.hpp"
#include "app/widgets.hpp"
#include "core/store/timestamps.hpp"

#include <imgui.h>

namespace rehearse {

void ResumePrompt::offer(SessionPersistence& persistence) { m_candidate = persistence.resumeCandidate(); }

void ResumePrompt::draw(PanelContext& ctx) {
    AppState& app = ctx.app;
    SessionPersistence* persistence = app.persistence();
    if (!m_candidate || !persistence || app.screen() != Screen::Library) return;
    // After any storage notice: one dialog at a time.
    if (!persistence->notices.empty()) return;
    const char* title = "Pick up where you left off?";
    if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.4f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em(30), 0));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove))
        return;
    const SessionRecord& r = *m_candidate;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + em(27));
    ImGui::TextDisabled("YOUR LAST REHEARSAL IS UNFINISHED");
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(r.displayName().c_str());
    ImGui::PopFont();
    if (!r.name.empty()) ImGui::TextDisabled("%s", r.scenarioTitle.c_str());
    ImGui::Text("Started %s  ·  %s on the clock", formatLocalDateTime(r.createdMs).c_str(),
                formatDuration(r.seconds).c_str());
    ImGui::TextDisabled("Last change %s. Its clock stopped while Rehearse was closed and starts again "
                        "where it left off.",
                        formatAgo(r.updatedMs, nowUnixMs()).c_str());
    if (!m_error.empty()) ImGui::TextColored(palette::warning, "%s", m_error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    ImGui::PushStyleColor(ImGuiCol_Button, palette::primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette::primaryHover);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    bool resume = ImGui::Button("Resume", ImVec2(em(8), em(2)));
    ImGui::PopStyleColor(3);
    if (ImGui::IsWindowAppearing()) ImGui::SetItemDefaultFocus();
    resume = resume || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    ImGui::SameLine();
    bool history = ImGui::Button("All sessions...", ImVec2(em(8), em(2)));
    ImGui::SameLine();
    bool later = ImGui::Button("Not now", ImVec2(em(8), em(2))) ||
                 ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));

    if (resume) {
        std::string message;
        if (app.reopenStored(r.id, message)) {
            if (!message.empty()) persistence->notices.push_back(message);
            m_candidate.reset();
            ImGui::CloseCurrentPopup();
        } else {
            m_error = message;
        }
    } else if (history || later) {
        if (history) app.showHistory();
        m_candidate.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace rehearse
