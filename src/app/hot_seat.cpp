#include "app/hot_seat.hpp"

#include "app/debrief_view.hpp"
#include "app/fonts.hpp"
#include "app/session_screen.hpp"
#include "app/theme.hpp"
#include "app/widgets.hpp"

#include <GLFW/glfw3.h>  // key codes only: io.KeysDown is indexed by them
#include <imgui.h>

namespace rehearse {

void HotSeat::reset() {
    m_seat = PairRole::Candidate;
    m_covered = true;
    m_sideBySideDone = false;
    m_console.reset();
    m_form.reset();
}

bool HotSeat::drawCover() {
    if (!m_covered) return false;
    const bool interviewer = m_seat == PairRole::Interviewer;
    const ImVec2 room = ImGui::GetContentRegionAvail();
    ImGui::Dummy(ImVec2(0, room.y * 0.28f));
    const std::string title = interviewer ? "Hand the screen to the interviewer" : "Hand the screen to the candidate";
    const std::string detail = interviewer
                                   ? "The next screen holds the hidden facts, key points and the reference. "
                                     "The candidate should not see it."
                                   : "The next screen is the candidate's: the question, their notes and canvas, "
                                     "and what the interviewer has said.";
    const auto centred = [&](const std::string& text) {
        ImGui::SetCursorPosX((room.x - ImGui::CalcTextSize(text.c_str()).x) * 0.5f);
        ImGui::TextUnformatted(text.c_str());
    };
    ImGui::PushFont(fonts().heading);
    centred(title);
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::PushTextWrapPos(room.x * 0.75f);
    ImGui::SetCursorPosX(room.x * 0.25f);
    ImGui::TextDisabled("%s", detail.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const std::string button = interviewer ? "I am the interviewer: show the console" : "I am the candidate: continue";
    ImGui::SetCursorPosX((room.x - ImGui::CalcTextSize(button.c_str()).x) * 0.5f - em(0.5f));
    ImGui::PushStyleColor(ImGuiCol_Button, palette::primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette::primaryHover);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    const bool go = ImGui::Button(button.c_str(), ImVec2(0, em(2.2f))) ||
                    ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    ImGui::PopStyleColor(3);
    centred("Enter continues; F2 hands the screen back.");
    if (go) m_covered = false;
    return true;
}

void HotSeat::drawSession(AppState& app, SessionScreen& candidateScreen) {
    if (ImGui::IsKeyPressed(GLFW_KEY_F2, false)) {
        if (m_covered) m_seat = otherRole(m_seat);  // F2 on the cover: the other person after all
        else handOver();
    }
    app.rehearsal().tick();
    if (drawCover()) return;
    if (m_seat == PairRole::Interviewer) {
        bool hand = false;
        m_console.draw(app, hand);
        if (hand) handOver();
        return;
    }
    drawChip("CANDIDATE", palette::candidate, ImVec4(1, 1, 1, 1));
    ImGui::SameLine();
    ImGui::TextDisabled("Pair practice: your partner answers your questions. F2 hands the screen to the interviewer.");
    candidateScreen.draw(app);
}

void HotSeat::drawDebrief(AppState& app, DebriefView& debrief) {
    const Session& session = app.session();
    if (m_sideBySideDone) {
        debrief.draw(app);
        return;
    }
    // The interviewer scores first, then the candidate blind, then both see both.
    if (!session.scorecard(ScorecardAuthor::Interviewer)) {
        if (m_seat != PairRole::Interviewer) m_seat = PairRole::Interviewer, m_covered = true;
        if (drawCover()) return;
        if (!m_form.started() || m_form.author() != ScorecardAuthor::Interviewer)
            m_form.start(app, ScorecardAuthor::Interviewer);
        if (m_form.draw(app)) {
            m_form.reset();
            handOver();
        }
        return;
    }
    if (!session.scorecard(ScorecardAuthor::Candidate)) {
        if (m_seat != PairRole::Candidate) m_seat = PairRole::Candidate, m_covered = true;
        if (drawCover()) return;
        if (!m_form.started() || m_form.author() != ScorecardAuthor::Candidate)
            m_form.start(app, ScorecardAuthor::Candidate);
        if (m_form.draw(app)) m_form.reset();
        return;
    }
    heading("Scorecards side by side");
    drawScorecardsSideBySide(session.scorecard(ScorecardAuthor::Interviewer), session.scorecard(ScorecardAuthor::Candidate));
    ImGui::Spacing();
    if (ImGui::Button("Open the debrief", ImVec2(0, em(2)))) m_sideBySideDone = true;
}

}  // namespace rehearse
