#include "app/session_screen.hpp"

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"

#include "core/session/duration_format.hpp"

#include <GLFW/glfw3.h>  // key codes only: io.KeysDown is indexed by them
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

namespace rehearse {

void SessionScreen::reset() {
    m_notesStage.reset();
    m_notes.clear();
    m_canvas = CanvasView();
    m_feed = InterviewerFeed();
    m_feed.scrollToEnd();
    m_focus = SessionFocus();
    // Asked for before the first frame, so keys typed in it are kept.
    m_focus.request(SessionField::Notes);
    m_showHeldMove = false;
    m_viewRevision.reset();
}

// The view is rebuilt only when the rehearsal changed; otherwise only its
// clocks move. Rebuilding copies every feed line and fact, each frame.
void SessionScreen::refreshView(AppState& app) {
    const std::uint64_t revision = app.rehearsal().revision();
    if (m_viewRevision != revision) {
        m_view = buildCandidateView(app.session(), app.now());
        m_viewRevision = revision;
    } else {
        updateCandidateViewClocks(m_view, app.session(), app.now());
    }
}

void SessionScreen::draw(PanelContext& ctx) {
    AppState& app = ctx.app;
    m_focus.beginFrame();
    app.rehearsal().tick();
    refreshView(app);
    handleShortcuts(app);
    drawTopBar(app);
    if (m_view.paused) {
        drawPauseCover(app);
        return;
    }
    // The panels take no part in ImGui's own Tab navigation: Tab walks the
    // session's fields (SessionFocus) and nothing else.
    const ImGuiWindowFlags panel = ImGuiWindowFlags_NoNavInputs;

    const float width = ImGui::GetContentRegionAvail().x;
    float leftWidth = std::max(em(14), width * 0.23f);
    float rightWidth = std::max(em(16), width * 0.26f);
    // A narrow window or large text: the side panels give way so the canvas
    // keeps at least 40% of the width.
    if (leftWidth + rightWidth > width * 0.6f) {
        const float shrink = width * 0.6f / (leftWidth + rightWidth);
        leftWidth *= shrink;
        rightWidth *= shrink;
    }
    ImGui::BeginChild("stage-panel", ImVec2(leftWidth, 0), true, panel);
    drawStagePanel(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("canvas-panel", ImVec2(-rightWidth - ImGui::GetStyle().ItemSpacing.x, 0), true,
                      panel | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    drawCanvas(app);
    ImGui::EndChild();
    if (m_canvas.hasKeyboard()) {
        m_focus.canvasHasKeyboard();
        focusRing();
    }
    ImGui::SameLine();
    ImGui::BeginChild("interviewer-panel", ImVec2(0, 0), true, panel);
    // Revealed facts above the conversation, in their own scroll area so a
    // long list never squeezes the feed.
    const bool anyFacts = !m_view.revealedFacts.empty();
    const float factsHeight = anyFacts ? ImGui::GetContentRegionAvail().y * 0.34f : em(4.4f);
    ImGui::BeginChild("revealed-facts", ImVec2(0, factsHeight), false, panel);
    m_facts.draw(m_view.revealedFacts);
    ImGui::EndChild();
    m_feed.draw(app, m_view, m_focus);
    ImGui::EndChild();
    drawHeldMove(app);
}

// While paused the work is covered: notes, canvas and questions wait, so
// nothing is done off the clock and the pause cannot be missed.
void SessionScreen::drawPauseCover(AppState& app) {
    ImGui::BeginChild("pause-cover", ImVec2(0, 0), true, ImGuiWindowFlags_NoNavInputs);
    const ImVec2 area = ImGui::GetContentRegionAvail();
    const char* title = "Paused, the clock is stopped";
    const char* detail = "Your notes, canvas and questions are kept as they are.";
    ImGui::PushFont(fonts().heading);
    const ImVec2 titleSize = ImGui::CalcTextSize(title);
    ImGui::PopFont();
    const ImVec2 detailSize = ImGui::CalcTextSize(detail);
    const float buttonWidth = em(9);
    const float blockHeight = titleSize.y + detailSize.y + ImGui::GetFrameHeight() + em(2);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, (area.y - blockHeight) * 0.45f));
    const auto centred = [&](float width) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (area.x - width) * 0.5f));
    };
    centred(titleSize.x);
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    centred(std::min(detailSize.x, area.x));
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(palette::muted, "%s", detail);
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, em(1)));
    centred(buttonWidth);
    const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                       ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false);
    if (ImGui::Button("Resume", ImVec2(buttonWidth, 0)) || enter) app.rehearsal().dispatch(ResumeClock{});
    widget_handles::nameButton("pause.resume", "Resume");
    centred(ImGui::CalcTextSize("Enter or Space resumes").x);
    ImGui::TextDisabled("Enter or Space resumes");
    ImGui::EndChild();
}

void SessionScreen::drawTopBar(AppState& app) {
    const CandidateView& view = m_view;
    ImGui::BeginChild("top-bar", ImVec2(0, em(5.5f)), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNavInputs);

    const float sideWidth = std::min(em(15), ImGui::GetContentRegionAvail().x * 0.2f);
    ImGui::BeginGroup();
    if (ImGui::SmallButton("< Library")) app.showLibrary();  // checkpoints the rehearsal, notes and all
    widget_handles::nameButton("session.library", "< Library");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Your rehearsal is saved as you go: Continue in the library picks it up again.");
    ImGui::PushFont(fonts().bold);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + sideWidth);
    ImGui::TextUnformatted(view.title.c_str());
    widget_handles::nameWrapped("session.title", view.title);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::EndGroup();

    ImGui::SameLine(sideWidth + em(1));
    ImGui::BeginGroup();
    ImGui::PushID("stepper");
    // The clock and its buttons on the right take what their text needs.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttonsWidth = ImGui::CalcTextSize("Pause").x + ImGui::CalcTextSize("End interview").x +
                               style.FramePadding.x * 4 + style.ItemSpacing.x;
    const float clockWidth = ImGui::CalcTextSize("total 00:00 / 00:00").x + em(4);
    const float rightWidth = std::max(sideWidth, std::max(buttonsWidth, clockWidth) + em(0.5f));
    float stepperWidth = ImGui::GetContentRegionAvail().x - rightWidth;
    ImGui::BeginChild("stepper", ImVec2(stepperWidth, em(4.2f)), false, ImGuiWindowFlags_NoScrollbar);
    // Coverage comes from the key points: solo practice only.
    const bool showCoverage = app.liveCoverage() && !app.session().isPair();
    if (auto clicked = m_stepper.draw(view, showCoverage ? &app.rehearsal().coverage() : nullptr)) {
        m_heldAnchor = ImGui::GetIO().MousePos;
        goToStage(app, *clicked);
    }
    ImGui::EndChild();
    ImGui::PopID();
    ImGui::EndGroup();

    ImGui::SameLine();
    ImGui::BeginGroup();
    const CandidateView::StageInfo& current = view.stages[view.currentStage.value];
    const bool over = current.seconds > current.minutes * 60;
    const double total = view.totalSeconds;
    const bool totalOver = total > view.minutes * 60;
    ImGui::PushFont(fonts().heading);
    const std::string stageClock = formatDuration(current.seconds);
    ImGui::TextColored(over ? palette::warning : palette::text, "%s", stageClock.c_str());
    widget_handles::nameText("session.stage_clock", stageClock);
    ImGui::PopFont();
    ImGui::SameLine();
    const std::string totalClock =
        "total " + formatDuration(total) + " / " + formatDuration(view.minutes * 60);
    ImGui::TextColored(totalOver ? palette::warning : palette::muted, "%s", totalClock.c_str());
    widget_handles::nameText("session.total_clock", totalClock);
    if (view.paused) {
        if (ImGui::Button("Resume")) app.rehearsal().dispatch(ResumeClock{});
        widget_handles::nameButton("session.resume", "Resume");
    } else {
        if (ImGui::Button("Pause")) app.rehearsal().dispatch(PauseClock{});
        widget_handles::nameButton("session.pause", "Pause");
    }
    ImGui::SameLine();
    if (ImGui::Button("End interview")) {
        m_heldAnchor = ImVec2(ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y);
        requestEnd(app);
    }
    widget_handles::nameButton("session.end", "End interview");
    ImGui::EndGroup();
    ImGui::EndChild();

    if (m_confirmEnd) {
        ImGui::OpenPopup("End the interview?");
        m_confirmEnd = false;
    }
    if (ImGui::BeginPopupModal("End the interview?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("The clock stops and the debrief shows what you covered.");
        ImGui::TextDisabled("Enter ends, Escape keeps going.");
        const bool end = ImGui::Button("End and debrief", ImVec2(em(9), 0));
        widget_handles::nameButton("end.confirm", "End and debrief");
        if (end || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) {
            app.finishSession();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        const bool keepGoing = ImGui::Button("Keep going", ImVec2(em(7), 0));
        widget_handles::nameButton("end.keep_going", "Keep going");
        if (keepGoing || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void SessionScreen::drawStagePanel(AppState& app) {
    const std::size_t index = m_view.currentStage.value;
    const std::size_t stageCount = m_view.stages.size();
    const CandidateView::StageInfo& stage = m_view.stages[index];
    // The guidance coaches a candidate practising alone; a partner plays
    // that part in a pair, and the candidate's view has none.
    const std::string guidance = app.session().isPair() ? std::string() : app.session().currentStageSpec().guidance;
    ImGui::TextDisabled("STAGE %zu OF %zu · %.0f MIN", index + 1, stageCount, stage.minutes);
    if (widget_handles::recording()) {
        char caption[64];
        std::snprintf(caption, sizeof caption, "STAGE %zu OF %zu · %.0f MIN", index + 1, stageCount, stage.minutes);
        widget_handles::nameText("session.stage_caption", caption);
    }
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(stage.title.c_str());
    widget_handles::nameText("session.stage_title", stage.title);
    ImGui::PopFont();
    // Goal and guidance scroll in at most 40% of the panel, so a short
    // window or large text never pushes the notes out of sight.
    const float wrap = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
    ImGui::PushFont(fonts().bold);
    float textHeight = ImGui::CalcTextSize(stage.goal.c_str(), nullptr, false, wrap).y;
    ImGui::PopFont();
    textHeight += ImGui::CalcTextSize(guidance.c_str(), nullptr, false, wrap).y + ImGui::GetStyle().ItemSpacing.y * 4;
    ImGui::BeginChild("stage-text", ImVec2(0, std::min(textHeight, ImGui::GetContentRegionAvail().y * 0.4f)), false,
                      ImGuiWindowFlags_NoNavInputs);
    ImGui::PushFont(fonts().bold);
    wrappedColoredText(palette::text, stage.goal);
    ImGui::PopFont();
    ImGui::Spacing();
    if (!guidance.empty()) wrappedColoredText(palette::muted, guidance);
    ImGui::EndChild();
    ImGui::Spacing();

    // Side by side, in shorter words when the panel is narrow (the notes
    // below keep the height a second row would take).
    const bool last = index + 1 >= stageCount;
    const char* previousLabel = "< Previous";
    const char* nextLabel = last ? "Finish >" : "Next stage >";
    if (buttonWidthFor(previousLabel) + ImGui::GetStyle().ItemSpacing.x + buttonWidthFor(nextLabel) >
        ImGui::GetContentRegionAvail().x) {
        previousLabel = "<";
        nextLabel = last ? "Finish >" : "Next >";
    }
    ImGui::BeginDisabled(index == 0);
    if (ImGui::Button(previousLabel)) goToStage(app, StageIndex(index - 1));
    widget_handles::nameButton("session.previous", previousLabel);
    ImGui::EndDisabled();
    sameLineIfFits(buttonWidthFor(nextLabel));  // narrower still: one under the other
    const bool next = ImGui::Button(nextLabel);
    m_nextButtonMin = ImGui::GetItemRectMin();
    m_nextButtonMax = ImGui::GetItemRectMax();
    widget_handles::nameButton("session.next", nextLabel);
    if (next) {
        m_heldAnchor = ImVec2(m_nextButtonMin.x, m_nextButtonMax.y);
        if (last) requestEnd(app);
        else goToStage(app, StageIndex(index + 1));
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Alt+Right next stage, Alt+Left previous");
    ImGui::Separator();
    drawNotes(app);
}

void SessionScreen::drawNotes(AppState& app) {
    const StageIndex stage = m_view.currentStage;
    Rehearsal& rehearsal = app.rehearsal();
    if (stage != m_notesStage) {
        rehearsal.commitNotes();
        m_notesStage = stage;
        m_notes = rehearsal.notes(stage);
        // A new stage starts with its notes: typing goes there at once (a
        // move asks for this itself, a frame earlier; see goToStage).
        if (m_focus.wanted() != SessionField::Notes) moveFocus(SessionField::Notes);
    } else if (!m_notesEditing && m_notes != rehearsal.notes(stage)) {
        m_notes = rehearsal.notes(stage);  // changed elsewhere (a replay, a partner)
    }
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("Your notes");
    widget_handles::nameText("session.notes_caption", "Your notes");
    ImGui::PopFont();
    // Beside the caption when there is room, else wrapped under it.
    const char* hint = "(the interviewer reads these)";
    sameLineIfFits(ImGui::CalcTextSize(hint).x);
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", hint);
    ImGui::PopTextWrapPos();
    widget_handles::nameWrapped("session.notes_hint", hint);
    // ImGui 1.86's multiline input cannot wrap lines, so while the box is not
    // being edited its own text is hidden and a word-wrapped copy is drawn in
    // its place; while editing, the raw text scrolls as usual.
    const bool showWrapped = !m_notesEditing && !m_notes.empty();
    if (showWrapped) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    m_focus.before(SessionField::Notes);
    FieldInput input{&m_focus, SessionField::Notes, nullptr};
    if (ImGui::InputTextMultiline("##notes", &m_notes, ImVec2(-1, -1), fieldInputFlags, fieldInputCallback, &input))
        rehearsal.typeNotes(stage, m_notes);
    if (showWrapped) ImGui::PopStyleColor();
    widget_handles::nameField("session.notes");
    m_notesEditing = ImGui::IsItemActive();
    m_focus.after(SessionField::Notes);
    if (ImGui::IsItemDeactivated()) rehearsal.commitNotes();
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

void SessionScreen::drawCanvas(AppState& app) {
    const Session& session = app.session();
    bool undo = false, redo = false;
    m_canvasCommands.clear();
    CanvasViewOptions options;
    options.canUndo = session.canvasEditor().canUndo();
    options.canRedo = session.canvasEditor().canRedo();
    options.history = &session.canvasEditor();
    options.exportStem = m_view.scenarioId + "-canvas";
    options.exportTitle = m_view.title + " - your design";
    m_canvas.restoreCameraOnce(session.canvasView());  // a resumed session: the board as it was left
    // The board is the candidate's own drawing; the rest comes from the view.
    m_canvas.draw(session.canvas(), m_view.stages[m_view.currentStage.value].kind, m_canvasCommands, undo, redo, options);
    Rehearsal& rehearsal = app.rehearsal();
    for (CanvasCommand& command : m_canvasCommands) rehearsal.dispatch(CanvasApply{std::move(command)});
    if (undo) rehearsal.dispatch(CanvasUndo{});
    if (redo) rehearsal.dispatch(CanvasRedo{});
    // A step picked in the history list: reached by the undos or redos it
    // takes, so the journal, a replay and a partner see the same edits.
    if (const auto step = m_canvas.takeHistoryStep()) {
        const CanvasEditor& history = session.canvasEditor();
        const std::size_t from = history.currentStep(), to = std::min(*step, history.historySteps());
        for (std::size_t n = to; n < from; ++n) rehearsal.dispatch(CanvasUndo{});
        for (std::size_t n = from; n < to; ++n) rehearsal.dispatch(CanvasRedo{});
    }
    // The camera is journalled once it rests (nothing while the board is empty).
    if (auto camera = m_canvas.cameraToRecord(session.canvasView(), ImGui::GetTime()); camera && !session.canvas().empty())
        rehearsal.dispatch(*camera);
}

void SessionScreen::goToStage(AppState& app, StageIndex stage) {
    const Rehearsal::StageRequest result = app.rehearsal().requestStage(stage);
    // A move, or the probe raised to hold it: the rest of the frame (the
    // held-move note, the focus) reads the session as it is now.
    refreshView(app);
    m_showHeldMove = result == Rehearsal::StageRequest::Held;
    if (result == Rehearsal::StageRequest::Moved) moveFocus(SessionField::Notes);
}

void SessionScreen::requestEnd(AppState& app) {
    const Rehearsal::StageRequest result = app.rehearsal().requestStage(StageIndex(m_view.stages.size()));
    refreshView(app);  // as in goToStage
    m_showHeldMove = result == Rehearsal::StageRequest::Held;
    m_confirmEnd = result == Rehearsal::StageRequest::MayFinish;
}

// The click that asked to move on was answered with a question instead:
// say so where the click was, with the question and both ways forward.
void SessionScreen::drawHeldMove(AppState& app) {
    const char* id = "One question before you move on";
    const auto& held = app.rehearsal().heldMove();
    if (m_showHeldMove && held) {
        const ImGuiViewport* viewport = ImGui::GetMainViewport();
        const bool rightHalf = m_heldAnchor.x > viewport->WorkPos.x + viewport->WorkSize.x * 0.5f;
        ImGui::SetNextWindowPos(m_heldAnchor, ImGuiCond_Always, ImVec2(rightHalf ? 1.0f : 0.0f, 0.0f));
        ImGui::SetNextWindowSize(ImVec2(em(24), 0));
        ImGui::OpenPopup(id);
        m_showHeldMove = false;
    }
    if (!ImGui::BeginPopup(id)) return;
    if (!held || held->probe.value >= m_view.probes.size()) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const bool ending = held->target.value >= m_view.stages.size();
    ImGui::PushFont(fonts().bold);
    // Said where the click was: the probe itself may be out of sight.
    ImGui::TextUnformatted(ending ? "One question before you finish" : "One question before you move on");
    ImGui::PopFont();
    wrappedColoredText(palette::text, m_view.probes[held->probe.value].says);
    ImGui::Spacing();
    const bool answer = ImGui::Button("Answer it") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    widget_handles::nameButton("held.answer", "Answer it");
    ImGui::SameLine();
    const bool moveOn = ImGui::Button(ending ? "Finish anyway" : "Move on anyway");
    widget_handles::nameButton("held.move_on", ending ? "Finish anyway" : "Move on anyway");
    ImGui::TextDisabled("Enter answers; Escape closes.");
    if (answer) {
        ImGui::CloseCurrentPopup();
        moveFocus(SessionField::ProbeAnswer);
    } else if (moveOn) {
        ImGui::CloseCurrentPopup();
        const StageIndex target = held->target;
        if (target.value >= m_view.stages.size()) requestEnd(app);
        else goToStage(app, target);
    }
    ImGui::EndPopup();
}

// Gives the keyboard to one of the session's fields.
void SessionScreen::moveFocus(SessionField field) {
    if (field == SessionField::ProbeAnswer && !pendingProbe(m_view)) field = SessionField::Ask;
    if (field == SessionField::Canvas) {
        m_focus.clearWanted();
        ImGui::SetWindowFocus(nullptr);  // ends the text edit that had the keyboard
        m_canvas.setHasKeyboard(true);
        return;
    }
    m_canvas.setHasKeyboard(false);
    m_focus.request(field);
}

// Tab and Shift+Tab: notes, the pending probe's answer, the ask box, the canvas.
void SessionScreen::cycleFocus(bool backwards) {
    std::vector<SessionField> order = {SessionField::Notes};
    if (pendingProbe(m_view)) order.push_back(SessionField::ProbeAnswer);
    order.push_back(SessionField::Ask);
    order.push_back(SessionField::Canvas);
    SessionField current = m_focus.wanted() != SessionField::None ? m_focus.wanted() : m_focus.active();
    if (m_canvas.hasKeyboard()) current = SessionField::Canvas;
    const auto at = std::find(order.begin(), order.end(), current);
    std::size_t index = 0;
    if (at == order.end()) index = backwards ? order.size() - 1 : 0;
    else {
        const std::size_t here = static_cast<std::size_t>(at - order.begin());
        index = backwards ? (here + order.size() - 1) % order.size() : (here + 1) % order.size();
    }
    moveFocus(order[index]);
}

void SessionScreen::handleShortcuts(AppState& app) {
    ImGuiIO& io = ImGui::GetIO();
    // A modal (ending the interview, settings, help) has the keyboard.
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel) &&
        !ImGui::IsPopupOpen("One question before you move on"))
        return;
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)) && !ctrl && !io.KeyAlt) cycleFocus(io.KeyShift);
    if (ctrl && !io.KeyAlt) {
        if (ImGui::IsKeyPressed(GLFW_KEY_1, false)) moveFocus(SessionField::Notes);
        if (ImGui::IsKeyPressed(GLFW_KEY_2, false)) moveFocus(SessionField::ProbeAnswer);
        if (ImGui::IsKeyPressed(GLFW_KEY_3, false) || ImGui::IsKeyPressed(GLFW_KEY_K, false))
            moveFocus(SessionField::Ask);
        if (ImGui::IsKeyPressed(GLFW_KEY_4, false)) moveFocus(SessionField::Canvas);
    }
    // "/" jumps to the ask box when no text field has the keyboard; the
    // slash itself is not typed anywhere.
    if (!io.WantTextInput && !(m_canvas.hasKeyboard() && m_canvas.tool().labelEdit())) {
        auto& typed = io.InputQueueCharacters;
        for (int i = 0; i < typed.Size; ++i) {
            if (typed[i] != '/') continue;
            typed.erase(typed.begin() + i);
            moveFocus(SessionField::Ask);
            break;
        }
    }
    if (!io.KeyAlt) return;
    const std::size_t current = m_view.currentStage.value;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow)))
        m_heldAnchor = ImVec2(m_nextButtonMin.x, m_nextButtonMax.y);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) {
        if (current + 1 < m_view.stages.size()) goToStage(app, StageIndex(current + 1));
        else requestEnd(app);
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow)) && current > 0) goToStage(app, StageIndex(current - 1));
}

}  // namespace rehearse
