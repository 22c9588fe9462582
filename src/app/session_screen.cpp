#include "app/session_screen.hpp"

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/widgets.hpp"

#include <imgui_stdlib.h>

namespace rehearse {

void SessionScreen::reset() {
    m_notesStage = static_cast<std::size_t>(-1);
    m_notes.clear();
    m_notesDirty = false;
    m_canvas = CanvasView();
    m_feed = InterviewerFeed();
}

void SessionScreen::draw(AppState& app) {
    app.runInterviewer();
    handleShortcuts(app);
    drawTopBar(app);

    const float leftWidth = std::max(em(18), ImGui::GetContentRegionAvail().x * 0.23f);
    const float rightWidth = std::max(em(20), ImGui::GetContentRegionAvail().x * 0.26f);
    ImGui::BeginChild("stage-panel", ImVec2(leftWidth, 0), true);
    drawStagePanel(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("canvas-panel", ImVec2(-rightWidth - ImGui::GetStyle().ItemSpacing.x, 0), true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    drawCanvas(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("interviewer-panel", ImVec2(0, 0), true);
    // Revealed facts above the conversation, in their own scroll area so a
    // long list never squeezes the feed.
    const bool anyFacts = !app.session().revealedFactIds().empty();
    const float factsHeight = anyFacts ? ImGui::GetContentRegionAvail().y * 0.34f : em(4.4f);
    ImGui::BeginChild("revealed-facts", ImVec2(0, factsHeight), false);
    m_facts.draw(app.session());
    ImGui::EndChild();
    m_feed.draw(app);
    ImGui::EndChild();
    commitNotes(app, false);
}

void SessionScreen::drawTopBar(AppState& app) {
    Session& session = app.session();
    const double now = app.now();
    ImGui::BeginChild("top-bar", ImVec2(0, em(5.5f)), true, ImGuiWindowFlags_NoScrollbar);

    const float sideWidth = em(15);
    ImGui::BeginGroup();
    if (ImGui::SmallButton("< Library")) app.showLibrary();
    ImGui::PushFont(fonts().bold);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + sideWidth);
    ImGui::TextUnformatted(session.scenario().title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::EndGroup();

    ImGui::SameLine(sideWidth + em(1));
    ImGui::BeginGroup();
    ImGui::PushID("stepper");
    float stepperWidth = ImGui::GetContentRegionAvail().x - sideWidth;
    ImGui::BeginChild("stepper", ImVec2(stepperWidth, em(4.2f)), false, ImGuiWindowFlags_NoScrollbar);
    if (auto clicked = m_stepper.draw(session, now, &app.coverage())) goToStage(app, *clicked);
    ImGui::EndChild();
    ImGui::PopID();
    ImGui::EndGroup();

    ImGui::SameLine();
    ImGui::BeginGroup();
    const std::size_t current = session.currentStage();
    const bool over = session.isOverBudget(current, now);
    const double total = session.totalSeconds(now);
    const bool totalOver = total > session.scenario().minutes * 60;
    ImGui::PushFont(fonts().heading);
    ImGui::TextColored(over ? palette::warning : palette::text, "%s", formatDuration(session.stageSeconds(current, now)).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextColored(totalOver ? palette::warning : palette::muted, "total %s / %s", formatDuration(total).c_str(),
                       formatDuration(session.scenario().minutes * 60).c_str());
    if (session.isPaused()) {
        if (ImGui::Button("Resume")) app.dispatch(ResumeClock{});
    } else if (ImGui::Button("Pause")) {
        app.dispatch(PauseClock{});
    }
    ImGui::SameLine();
    if (ImGui::Button("End interview")) requestEnd(app);
    ImGui::EndGroup();
    ImGui::EndChild();

    if (m_confirmEnd) {
        ImGui::OpenPopup("End the interview?");
        m_confirmEnd = false;
    }
    if (ImGui::BeginPopupModal("End the interview?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("The clock stops and the debrief shows what you covered.");
        if (ImGui::Button("End and debrief", ImVec2(em(9), 0))) {
            commitNotes(app, true);
            app.finishSession();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Keep going", ImVec2(em(7), 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void SessionScreen::drawStagePanel(AppState& app) {
    const Session& session = app.session();
    const Stage& stage = session.currentStageSpec();
    const std::size_t index = session.currentStage();
    ImGui::TextDisabled("STAGE %zu OF %zu · %.0f MIN", index + 1, session.stageCount(), stage.minutes);
    heading(stageKindTitle(stage.kind));
    ImGui::PushFont(fonts().bold);
    wrappedColoredText(palette::text, stage.goal);
    ImGui::PopFont();
    ImGui::Spacing();
    wrappedColoredText(palette::muted, stage.guidance);
    ImGui::Spacing();

    ImGui::BeginDisabled(index == 0);
    if (ImGui::Button("< Previous")) goToStage(app, index - 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (index + 1 < session.stageCount()) {
        if (ImGui::Button("Next stage >")) goToStage(app, index + 1);
    } else if (ImGui::Button("Finish >")) {
        requestEnd(app);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Alt+Right next stage, Alt+Left previous");
    ImGui::Separator();
    drawNotes(app);
}

void SessionScreen::drawNotes(AppState& app) {
    const Session& session = app.session();
    const std::size_t stage = session.currentStage();
    if (stage != m_notesStage) {
        commitNotes(app, true);
        m_notesStage = stage;
        m_notes = session.stageProgress(stage).notes;
    }
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("Your notes");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("(the interviewer reads these)");
    // ImGui 1.86's multiline input cannot wrap lines, so while the box is not
    // being edited its own text is hidden and a word-wrapped copy is drawn in
    // its place; while editing, the raw text scrolls as usual.
    const bool showWrapped = !m_notesEditing && !m_notes.empty();
    if (showWrapped) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    if (ImGui::InputTextMultiline("##notes", &m_notes, ImVec2(-1, -1))) {
        m_notesDirty = true;
        m_notesEditedAt = app.now();
    }
    if (showWrapped) ImGui::PopStyleColor();
    m_notesEditing = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivated()) commitNotes(app, true);
    if (showWrapped) {
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        const ImVec2 pad = ImGui::GetStyle().FramePadding;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->PushClipRect(min, max, true);
        draw->AddText(nullptr, 0, ImVec2(min.x + pad.x, min.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text),
                      m_notes.c_str(), m_notes.c_str() + m_notes.size(), max.x - min.x - pad.x * 2);
        draw->PopClipRect();
    }
}

void SessionScreen::commitNotes(AppState& app, bool force) {
    if (!m_notesDirty || m_notesStage >= app.session().stageCount()) return;
    if (!force && app.now() - m_notesCommittedAt < 1.0) return;
    app.dispatch(SetNotes{m_notesStage, m_notes});
    m_notesDirty = false;
    m_notesCommittedAt = app.now();
}

void SessionScreen::drawCanvas(AppState& app) {
    Session& session = app.session();
    bool undo = false, redo = false;
    m_canvasCommands.clear();
    CanvasViewOptions options;
    options.canUndo = session.canvasEditor().canUndo();
    options.canRedo = session.canvasEditor().canRedo();
    m_canvas.draw(session.canvas(), stageKindId(session.currentStageSpec().kind), m_canvasCommands, undo, redo,
                  options);
    for (CanvasCommand& command : m_canvasCommands) app.dispatch(CanvasApply{std::move(command)});
    if (undo) app.dispatch(CanvasUndo{});
    if (redo) app.dispatch(CanvasRedo{});
}

void SessionScreen::goToStage(AppState& app, std::size_t stage) {
    commitNotes(app, true);
    app.requestStage(stage);
}

void SessionScreen::requestEnd(AppState& app) {
    commitNotes(app, true);
    m_confirmEnd = app.requestStage(app.session().stageCount());
}

void SessionScreen::handleShortcuts(AppState& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyAlt) return;
    const std::size_t current = app.session().currentStage();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow)) && current + 1 < app.session().stageCount())
        goToStage(app, current + 1);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow)) && current > 0) goToStage(app, current - 1);
}

}  // namespace rehearse
