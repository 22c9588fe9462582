#include "app/canvas_history_panel.hpp"

#include "app/widget_handles.hpp"
#include "app/widgets.hpp"

#include <algorithm>
#include <string>

namespace rehearse {

namespace {

constexpr const char* kHistoryPopupId = "canvas-history";
// Step 0: the board before the oldest step still in the history.
constexpr const char* kHistoryStartLabel = "Start";

std::string historyRowLabel(const CanvasEditor& history, std::size_t step) {
    std::string label = step == 0 ? std::string(kHistoryStartLabel) : history.describeStep(step);
    if (step == history.currentStep()) label += "  (now)";
    return label;
}

}  // namespace

float CanvasHistoryPanel::widestStep(const CanvasEditor& history) {
    const std::uint64_t revision = history.document().revision();
    const std::size_t steps = history.historySteps();
    const float fontSize = ImGui::GetFontSize();
    if (m_labelsMeasured > 0 && revision == m_measuredRevision && steps == m_measuredSteps &&
        fontSize == m_measuredFontSize)
        return m_widest;
    m_widest = ImGui::CalcTextSize(kHistoryStartLabel).x;
    for (std::size_t step = 1; step <= steps; ++step)
        m_widest = std::max(m_widest, ImGui::CalcTextSize(history.describeStep(step).c_str()).x);
    m_labelsMeasured += steps + 1;
    m_measuredRevision = revision;
    m_measuredSteps = steps;
    m_measuredFontSize = fontSize;
    return m_widest;
}

void CanvasHistoryPanel::open(ImVec2 anchor) {
    m_openRequested = true;
    m_anchor = anchor;
}

std::optional<std::size_t> CanvasHistoryPanel::draw(const CanvasEditor& history, const char* widgetHandle) {
    if (m_openRequested) {
        ImGui::OpenPopup(kHistoryPopupId);
        m_openRequested = false;
        m_justOpened = true;
    }
    if (!ImGui::IsPopupOpen(kHistoryPopupId)) return std::nullopt;

    const std::size_t steps = history.historySteps();
    const std::size_t current = history.currentStep();
    const char* hint = "Newest first. Click a step to go back to it; greyed steps were undone.";
    // As wide as the longest name, the hint wrapped to that (at least a
    // readable width); as tall as the list, up to what fits above the button.
    const float widest = std::max({em(16), widestStep(history),
                                   ImGui::CalcTextSize(historyRowLabel(history, current).c_str()).x});
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float room = std::max(m_anchor.y - viewport->WorkPos.y - em(0.5f), em(8));
    ImGui::SetNextWindowPos(m_anchor, ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(viewport->WorkSize.x * 0.9f, room));
    if (!ImGui::BeginPopup(kHistoryPopupId, ImGuiWindowFlags_AlwaysAutoResize)) return std::nullopt;

    ImGui::TextUnformatted("Canvas history");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + widest);
    ImGui::TextDisabled("%s", hint);
    ImGui::PopTextWrapPos();
    ImGui::Separator();

    std::optional<std::size_t> picked;
    const bool named = widget_handles::recording();
    // Row 0 is the newest step, the last row step 0.
    const int rows = int(steps) + 1;
    const int currentRow = int(steps - current);
    ImGuiListClipper clipper;
    clipper.Begin(rows);
    // Opened, the list shows the current step and puts the keyboard on it.
    if (m_justOpened) clipper.ForceDisplayRangeByIndices(currentRow, currentRow + 1);
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const std::size_t step = steps - std::size_t(row);
            const std::string label = historyRowLabel(history, step);
            ImGui::PushID(row);
            const bool undone = step > current;
            if (undone) ImGui::PushStyleColor(ImGuiCol_Text, style.Colors[ImGuiCol_TextDisabled]);
            if (ImGui::Selectable(label.c_str(), step == current, ImGuiSelectableFlags_DontClosePopups))
                picked = step;
            if (undone) ImGui::PopStyleColor();
            if (step == current && m_justOpened) {
                ImGui::SetItemDefaultFocus();
                ImGui::SetScrollHereY(0.5f);
            }
            if (named)
                widget_handles::nameField(std::string(widgetHandle) + ".history.step." + std::to_string(step), label);
            ImGui::PopID();
        }
    }
    m_justOpened = false;
    ImGui::EndPopup();
    if (picked == current) picked.reset();
    return picked;
}

}  // namespace rehearse
