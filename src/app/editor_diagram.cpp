#include "app/editor_diagram.hpp"

#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace rehearse {
namespace {

using Json = ScenarioDraft::Json;

constexpr const char* kDiagram = "/reference/diagram";

std::size_t countOf(const ScenarioDraft& draft, const char* pointer) {
    const Json* list = draft.find(pointer);
    return list && list->is_array() ? list->size() : 0;
}

}  // namespace

void EditorDiagram::draw(ScenarioDraft& draft, const DraftCheck& check, const std::string& reveal, float height,
                         bool& undoRequested, bool& redoRequested) {
    // The draft is the truth: after an undo, a redo or a reload the canvas is rebuilt from it.
    const Json* inDraft = draft.find(kDiagram);
    m_diagram.follow(inDraft ? *inDraft : Json());
    if (!reveal.empty() && reveal.rfind(kDiagram, 0) == 0) select(reveal);

    // New blocks belong to a stage of the draft (the debrief groups the reference by stage).
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Diagram: %zu blocks, %zu arrows.", countOf(draft, "/reference/diagram/items"),
                        countOf(draft, "/reference/diagram/arrows"));
    const char* stageLabel = "New blocks belong to";
    sameLineIfFits(ImGui::CalcTextSize(stageLabel).x + em(11));
    ImGui::TextUnformatted(stageLabel);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(10));
    const bool picking = ImGui::BeginCombo("##diagram-stage", m_newStage.empty() ? "no stage" : m_newStage.c_str());
    widget_handles::nameField("editor.diagram.stage");
    if (picking) {
        if (ImGui::Selectable("no stage", m_newStage.empty())) m_newStage.clear();
        widget_handles::nameText("editor.diagram.stage=", "no stage");
        if (const Json* stages = draft.find("/stages"); stages && stages->is_array())
            for (const Json& stage : *stages) {
                const std::string id = stage.is_object() && stage.contains("id") && stage["id"].is_string()
                                           ? stage["id"].get<std::string>() : std::string();
                if (id.empty()) continue;
                if (ImGui::Selectable(id.c_str(), id == m_newStage)) m_newStage = id;
                if (widget_handles::recording()) widget_handles::nameText("editor.diagram.stage=" + id, id);
            }
        ImGui::EndCombo();
    }
    if (m_diagram.leftOut() > 0)
        wrappedColoredText(palette::warning,
                           std::to_string(m_diagram.leftOut()) +
                               " drawn item(s) are not kept in the file: an arrow must join two blocks, and "
                               "pen strokes have no place in a scenario's diagram.");

    // The canvas, with the diagram's findings beside it (below it when narrow).
    const float width = ImGui::GetContentRegionAvail().x;
    const bool beside = width > em(46);
    const float findingsWidth = beside ? std::max(em(14), width * 0.24f) : 0;
    ImGui::BeginChild("editor-diagram-canvas", ImVec2(beside ? width - findingsWidth - ImGui::GetStyle().ItemSpacing.x : 0,
                                                      height),
                      true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    CanvasViewOptions options;
    options.canUndo = draft.canUndo();
    options.canRedo = draft.canRedo();
    const std::string id = draft.text("/id");
    options.exportStem = (id.empty() ? std::string("scenario") : id) + "-reference";
    options.exportTitle = draft.text("/title") + " - reference design";
    options.handle = "editor.canvas";
    m_commands.clear();
    m_view.draw(m_diagram.document(), m_newStage, m_commands, undoRequested, redoRequested, options);
    // The board's visible part: the child's rectangle cut by the form's scrolling.
    m_boardMin = ImGui::GetWindowDrawList()->GetClipRectMin();
    m_boardMax = ImGui::GetWindowDrawList()->GetClipRectMax();
    m_boardShown = true;
    ImGui::EndChild();
    if (const auto written = m_diagram.apply(m_commands)) {
        const Json* reference = draft.find("/reference");
        if (reference && reference->is_object()) draft.set(kDiagram, *written);
        else draft.set("/reference", Json{{"diagram", *written}});
    }
    if (!beside) {
        drawFindings(check);  // in the form's own scrolling, under the canvas
        return;
    }
    ImGui::SameLine();
    ImGui::BeginChild("editor-diagram-findings", ImVec2(0, height), true);
    drawFindings(check);
    ImGui::EndChild();
}

void EditorDiagram::drawFindings(const DraftCheck& check) {
    const auto found = check.within(kDiagram);
    if (found.empty()) {
        ImGui::TextColored(palette::done, "The diagram reads cleanly.");
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("Arrows clear of blocks, labels fitting their gaps, no overlaps: checked as you draw.");
        ImGui::PopTextWrapPos();
        return;
    }
    ImGui::TextDisabled("%zu finding(s); click one to select it", found.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        const FieldDiagnostic& d = *found[i];
        const bool error = d.diagnostic.severity == Diagnostic::Severity::Error;
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushStyleColor(ImGuiCol_Text, error ? errorColour() : palette::warning);
        // Wrapped text, not a Selectable: ImGui 1.86's Selectable does not wrap.
        ImGui::TextWrapped("%s%s", error ? "error: " : "warning: ", d.diagnostic.message.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsItemClicked()) select(d.pointer);
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
}

void EditorDiagram::select(const std::string& pointer) {
    if (const ItemId item = m_diagram.itemAt(pointer)) {
        m_view.tool().select({item});
        m_view.setHasKeyboard(true);  // Delete, arrows and Enter act on it
    }
}

}  // namespace rehearse
