#include "app/debrief_screen.hpp"

#include "core/store/xdg_paths.hpp"

#include <filesystem>

#include "app/canvas_export_menu.hpp"
#include "app/fonts.hpp"
#include "app/scorecard_screen.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/canvas/diagram_import.hpp"
#include "core/export/debrief_markdown.hpp"
#include "core/interviewer/dimension_coverage.hpp"
#include "core/numeric/percent.hpp"
#include "core/pair/ended_early.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rehearse {

namespace {

const char* weightLabel(int weight) {
    switch (weight) {
        case 3: return "essential";
        case 2: return "expected";
        default: return "nice to have";
    }
}

// A thin progress bar with "4 of 6 · 70%" on it, at least wide enough for
// its label: ImGui draws an overlay wider than the bar past its end.
void coverageBar(double fraction, const std::string& overlay, float width) {
    width = std::max(width, ImGui::CalcTextSize(overlay.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + em(0.5f));
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, fraction >= 0.66 ? palette::done : palette::accent);
    ImGui::ProgressBar(static_cast<float>(fraction), ImVec2(width, em(1.1f)), overlay.c_str());
    ImGui::PopStyleColor();
}


// A quoted piece of the user's own words, muted and wrapped.
void quoted(const std::string& text, const std::string& origin) {
    ImGui::Indent(em(1.5f));
    wrappedColoredText(palette::muted, "\"" + text + "\"  (" + origin + ")");
    ImGui::Unindent(em(1.5f));
}

}  // namespace

void DebriefScreen::show(Debrief debrief, const CanvasDocument& userCanvas) {
    m_debrief = std::move(debrief);
    m_hasDebrief = true;
    m_endedEarly.clear();  // showSession says it, from the session
    m_userCanvas = userCanvas;
    m_referenceCanvas = canvasFromDiagram(m_debrief.referenceDiagram);
    m_userView = CanvasView();
    m_referenceView = CanvasView();
    m_userView.requestFitToContent();
    m_referenceView.requestFitToContent();
    m_exportMessage.clear();
    m_exportFailed = false;
    // Never the working directory: the folder chosen in the settings, or the
    // user's Documents.
    if (m_exportPath.empty() || m_exportPath.find("-debrief.md") != std::string::npos)
        m_exportPath = currentExportFolder() + "/" + m_debrief.scenarioId + "-debrief.md";
}

void DebriefScreen::showSession(const Session& session) {
    show(buildDebrief(session, session.lastActionAt()), session.canvas());
    m_endedEarly = endedEarlyLine(session);
}

bool DebriefScreen::exportMarkdown() {
    std::string error;
    const std::string folder = std::filesystem::path(m_exportPath).parent_path().string();
    m_exportFailed = !ensureDirectory(folder, error) || !writeDebriefMarkdown(m_debrief, m_exportPath, error);
    m_exportMessage = m_exportFailed ? error : "Written to " + m_exportPath;
    return !m_exportFailed;
}

void DebriefScreen::draw() {
    if (!m_hasDebrief) {
        ImGui::TextDisabled("No debrief yet: finish an interview first.");
        return;
    }
    drawHeader();
    const auto flagsFor = [&](Tab tab) {
        return m_hasPendingTab && m_pendingTab == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
    };
    if (ImGui::BeginTabBar("debrief-tabs")) {
        const bool coverageTab = ImGui::BeginTabItem("Coverage", nullptr, flagsFor(Tab::Coverage));
        widget_handles::nameButton("debrief.tab.coverage", "Coverage");
        if (coverageTab) {
            drawCoverageTab();
            ImGui::EndTabItem();
        }
        const bool conversationTab = ImGui::BeginTabItem("Conversation", nullptr, flagsFor(Tab::Conversation));
        widget_handles::nameButton("debrief.tab.conversation", "Conversation");
        if (conversationTab) {
            drawConversationTab();
            ImGui::EndTabItem();
        }
        const bool referenceTab = ImGui::BeginTabItem("Reference", nullptr, flagsFor(Tab::Reference));
        widget_handles::nameButton("debrief.tab.reference", "Reference");
        if (referenceTab) {
            drawReferenceTab();
            ImGui::EndTabItem();
        }
        // Pair practice: the interviewer's scorecard beside the candidate's blind self-score.
        if (m_debrief.pair) {
            const bool scorecardTab = ImGui::BeginTabItem("Scorecard");
            widget_handles::nameButton("debrief.tab.scorecard", "Scorecard");
            if (scorecardTab) {
                drawScorecardsSideBySide(m_debrief.interviewerScorecard, m_debrief.selfScorecard);
                ImGui::EndTabItem();
            }
        }
        const bool selfTab = ImGui::BeginTabItem("Self-assessment", nullptr, flagsFor(Tab::SelfAssessment));
        widget_handles::nameButton("debrief.tab.self_assessment", "Self-assessment");
        if (selfTab) {
            drawSelfAssessmentTab();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
        m_hasPendingTab = false;
    }
}

// --- Header: totals and export ----------------------------------------------

void DebriefScreen::drawHeader() {
    const Debrief& d = m_debrief;
    const std::string title = "Debrief: " + d.title;
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(title.c_str());
    widget_handles::nameText("debrief.title", title);
    ImGui::PopFont();
    if (!m_endedEarly.empty()) {
        wrappedColoredText(palette::warning, m_endedEarly);
        widget_handles::nameWrapped("debrief.ended_early", m_endedEarly);
    }
    if (d.scored()) {
        const std::string coverage = "Coverage " + percentText(d.fraction()) + " (weighted " +
                                     std::to_string(d.coveredWeight()) + " of " + std::to_string(d.totalWeight()) + ")";
        coverageBar(d.fraction(), coverage, em(16));
        widget_handles::nameButton("debrief.coverage", coverage);
    } else {
        const char* unscored = "Not scored: this copy of the scenario holds no key points";
        ImGui::TextDisabled("%s", unscored);
        widget_handles::nameText("debrief.coverage", unscored);
    }
    const bool over = d.spentSeconds() > d.budgetSeconds();
    const std::string time = "Time " + formatDuration(d.spentSeconds()) + " of " + formatDuration(d.budgetSeconds());
    // Each piece of the header on the line before it when there is room.
    sameLineIfFits(ImGui::CalcTextSize(time.c_str()).x);
    ImGui::TextColored(over ? palette::warning : palette::muted, "%s", time.c_str());
    widget_handles::nameText("debrief.time", time);
    const std::string pitfalls =
        "· " + std::to_string(d.pitfalls.size()) + (d.pitfalls.size() == 1 ? " pitfall" : " pitfalls");
    sameLineIfFits(ImGui::CalcTextSize(pitfalls.c_str()).x);
    ImGui::TextColored(d.pitfalls.empty() ? palette::muted : palette::warning, "%s", pitfalls.c_str());
    widget_handles::nameText("debrief.pitfalls", pitfalls);

    ImGui::SetNextItemWidth(std::min(em(20), ImGui::GetContentRegionAvail().x));
    ImGui::InputText("##export-path", &m_exportPath);
    widget_handles::nameField("debrief.export_path");
    sameLineIfFits(buttonWidthFor("Export Markdown"));
    if (ImGui::Button("Export Markdown")) exportMarkdown();
    widget_handles::nameButton("debrief.export_markdown", "Export Markdown");
    // The canvases as pictures or an Excalidraw drawing, into the export folder.
    sameLineIfFits(buttonWidthFor("Export your canvas"));
    CanvasExportMessage canvasMessage;
    canvasExportButton("Export your canvas", m_userCanvas, d.scenarioId + "-canvas",
                       d.title + " - your design", canvasMessage);
    widget_handles::nameButton("debrief.export_canvas", "Export your canvas");
    sameLineIfFits(buttonWidthFor("Export reference"));
    canvasExportButton("Export reference", m_referenceCanvas, d.scenarioId + "-reference",
                       d.title + " - reference design", canvasMessage);
    widget_handles::nameButton("debrief.export_reference", "Export reference");
    if (!canvasMessage.text.empty()) {
        m_exportMessage = canvasMessage.text;
        m_exportFailed = canvasMessage.failed;
    }
    if (!m_exportMessage.empty()) {
        // A path can be long: wrapped on its own line if it does not fit.
        sameLineIfFits(ImGui::CalcTextSize(m_exportMessage.c_str()).x);
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(m_exportFailed ? palette::warning : palette::done, "%s", m_exportMessage.c_str());
        ImGui::PopTextWrapPos();
        widget_handles::nameWrapped("debrief.export_message", m_exportMessage);
    }
    ImGui::Spacing();
}

// --- Coverage tab -------------------------------------------------------------

void DebriefScreen::drawCoverageTab() {
    ImGui::BeginChild("coverage-scroll", ImVec2(0, 0), false);
    drawTimeTable();
    ImGui::Spacing();
    drawDimensionTable();
    ImGui::Spacing();
    for (const StageDebrief& stage : m_debrief.stages) drawStage(stage);
    if (!m_debrief.unstagedCanvasTexts.empty()) {
        ImGui::Spacing();
        ImGui::TextDisabled("ALSO ON YOUR CANVAS");
        std::string joined;
        for (const std::string& text : m_debrief.unstagedCanvasTexts) joined += (joined.empty() ? "" : ", ") + text;
        wrappedColoredText(palette::muted, joined);
    }
    ImGui::EndChild();
}

void DebriefScreen::drawTimeTable() {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("time-table", 5, flags)) return;
    // A narrow window or large text: the first column takes what the others
    // leave, so the table never runs past the window.
    const bool narrow = ImGui::GetContentRegionAvail().x < em(45);
    ImGui::TableSetupColumn("Stage", narrow ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed,
                            narrow ? 0.0f : em(13));
    ImGui::TableSetupColumn("Spent", ImGuiTableColumnFlags_WidthFixed, em(5));
    ImGui::TableSetupColumn("Budget", ImGuiTableColumnFlags_WidthFixed, em(5));
    ImGui::TableSetupColumn("Coverage", ImGuiTableColumnFlags_WidthFixed, em(12));
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(8));
    ImGui::TableHeadersRow();
    for (const StageDebrief& stage : m_debrief.stages) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(stage.title.c_str());
        ImGui::PopTextWrapPos();
        if (widget_handles::recording())
            widget_handles::nameWrapped("debrief.time_table." + std::string(stageKindId(stage.stage)) + ".stage", stage.title);
        ImGui::TableNextColumn();
        ImGui::TextColored(stage.time.overBudget() ? palette::warning : palette::text, "%s",
                           formatDuration(stage.time.spentSeconds).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(formatDuration(stage.time.budgetSeconds).c_str());
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(stage.stage));
        coverageBar(stage.coverage.fraction(), percentText(stage.coverage.fraction()), em(11));
        if (widget_handles::recording())
            widget_handles::nameButton("debrief.time_table." + std::string(stageKindId(stage.stage)) + ".coverage",
                                       percentText(stage.coverage.fraction()));
        ImGui::PopID();
        ImGui::TableNextColumn();
        const char* note = !stage.time.visited ? "not reached" : stage.time.overBudget() ? "over budget" : nullptr;
        if (note) {
            if (stage.time.visited) ImGui::TextColored(palette::warning, "%s", note);
            else ImGui::TextDisabled("%s", note);
            if (widget_handles::recording())
                widget_handles::nameText("debrief.time_table." + std::string(stageKindId(stage.stage)) + ".note", note);
        }
    }
    ImGui::EndTable();
}

// The same key points grouped by the skill they show (the rubric's five
// dimensions) rather than by stage.
void DebriefScreen::drawDimensionTable() {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("dimension-table", 4, flags)) return;
    const bool narrow = ImGui::GetContentRegionAvail().x < em(45);  // as the time table above
    ImGui::TableSetupColumn("Dimension", narrow ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed,
                            narrow ? 0.0f : em(13));
    // As wide as Spent and Budget above, so both tables' coverage bars line up.
    ImGui::TableSetupColumn("Key points", ImGuiTableColumnFlags_WidthFixed,
                            em(10) + 2 * ImGui::GetStyle().CellPadding.x);
    ImGui::TableSetupColumn("Coverage", ImGuiTableColumnFlags_WidthFixed, em(12));
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(8));  // as the time table's last: bars line up
    ImGui::TableHeadersRow();
    for (const DimensionCoverage& c : coverageByDimension(m_debrief)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(rubricDimensionName(c.dimension));
        ImGui::TableNextColumn();
        if (!c.assessed()) {
            ImGui::TextDisabled("none in this scenario");
            continue;
        }
        ImGui::Text("%d of %d", c.coveredKeyPoints, c.keyPoints);
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(c.dimension));
        coverageBar(c.fraction(), percentText(c.fraction()), em(11));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void DebriefScreen::drawStage(const StageDebrief& stage) {
    const StageCoverage& c = stage.coverage;
    ImGui::PushID(static_cast<int>(stage.stage));
    const std::string title = stage.title + "   " + std::to_string(c.coveredCount()) +
                              " of " + std::to_string(c.keyPoints.size()) + " key points · " +
                              percentText(c.fraction()) + "###stage";
    if (ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::Indent(em(0.5f));
        for (const KeyPointCoverage& point : c.keyPoints) {
            if (!point.covered) continue;
            ImGui::TextColored(palette::done, "Covered");
            ImGui::SameLine(em(5.5f));
            wrappedColoredText(palette::text, point.text);
            if (const Evidence* e = point.evidence()) quoted(e->sentence, describeEvidenceOrigin(*e));
        }
        for (const KeyPointCoverage& point : stage.missed()) {
            ImGui::TextColored(palette::warning, "Missed");
            ImGui::SameLine(em(5.5f));
            ImGui::PushFont(fonts().bold);
            wrappedColoredText(palette::text, point.text + "  (" + weightLabel(point.weight) + ")");
            ImGui::PopFont();
            ImGui::Indent(em(1.5f));
            wrappedColoredText(palette::muted, "Why it matters: " + point.why);
            if (!point.setAside.empty()) wrappedColoredText(palette::muted, "Not counted: " + point.setAside);
            ImGui::Unindent(em(1.5f));
        }
        for (const PitfallHit& hit : c.pitfalls) {
            ImGui::TextColored(palette::warning, "Pitfall");
            ImGui::SameLine(em(5.5f));
            wrappedColoredText(palette::text, hit.text + (hit.keyPoint.empty() ? "" : "  (cancels a key point)"));
            quoted(hit.evidence.sentence, describeEvidenceOrigin(hit.evidence));
        }
        ImGui::Spacing();
        // The user's own words beside what a strong candidate says.
        if (ImGui::BeginTable("yours-vs-reference", 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) {
            ImGui::TableSetupColumn("Your notes");
            ImGui::TableSetupColumn("Reference");
            ImGui::TableHeadersRow();
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (isBlank(stage.notes) && stage.canvasTexts.empty()) ImGui::TextDisabled("(nothing written)");
            if (!isBlank(stage.notes)) wrappedColoredText(palette::text, stage.notes);
            if (!stage.canvasTexts.empty()) {
                std::string joined = "On the canvas: ";
                for (std::size_t i = 0; i < stage.canvasTexts.size(); ++i)
                    joined += (i ? ", " : "") + stage.canvasTexts[i];
                wrappedColoredText(palette::muted, joined);
            }
            ImGui::TableNextColumn();
            wrappedColoredText(palette::text, stage.reference);
            ImGui::EndTable();
        }
        ImGui::Unindent(em(0.5f));
        ImGui::Spacing();
    }
    ImGui::PopID();
}

// --- Conversation tab -------------------------------------------------------

void DebriefScreen::drawConversationTab() {
    const Debrief& d = m_debrief;
    ImGui::BeginChild("conversation-scroll", ImVec2(0, 0), false);
    ImGui::TextDisabled("PROBES");
    if (d.probes.empty()) ImGui::TextDisabled("No probes were raised.");
    for (std::size_t i = 0; i < d.probes.size(); ++i) {
        const ProbeRecord& p = d.probes[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextColored(palette::muted, "%s · %s", formatDuration(p.raisedAt).c_str(), d.stageTitle(p.stage).c_str());
        wrappedColoredText(palette::text, "Interviewer: " + p.says);
        ImGui::Indent(em(1.5f));
        if (p.state == Probe::State::Answered) wrappedColoredText(palette::done, "You: " + p.answer);
        else ImGui::TextColored(palette::warning, p.state == Probe::State::Skipped ? "Skipped" : "Not answered");
        if (!p.keyPointId.empty() && !p.keyPointCovered)
            ImGui::TextColored(palette::warning, "The point behind this probe stayed uncovered.");
        ImGui::Unindent(em(1.5f));
        ImGui::Spacing();
        ImGui::PopID();
    }

    ImGui::Separator();
    ImGui::TextDisabled("CLARIFYING QUESTIONS");
    if (d.questions.empty()) ImGui::TextDisabled("No clarifying questions were asked.");
    for (std::size_t i = 0; i < d.questions.size(); ++i) {
        const QuestionRecord& q = d.questions[i];
        ImGui::PushID(static_cast<int>(1000 + i));
        ImGui::TextColored(palette::muted, "%s · %s", formatDuration(q.at).c_str(), d.stageTitle(q.stage).c_str());
        wrappedColoredText(palette::text, "You: " + q.question);
        ImGui::Indent(em(1.5f));
        if (q.answered()) wrappedColoredText(palette::muted, q.topic + ": " + q.answer);
        else ImGui::TextDisabled("No fact matched: you had to make an assumption.");
        ImGui::Unindent(em(1.5f));
        ImGui::Spacing();
        ImGui::PopID();
    }

    if (!d.importantNotAsked.empty()) {
        ImGui::Separator();
        ImGui::TextColored(palette::warning, "IMPORTANT FACTS YOU NEVER ASKED FOR");
        for (const FactRecord& fact : d.importantNotAsked) {
            ImGui::PushFont(fonts().bold);
            wrappedColoredText(palette::text, fact.topic);
            ImGui::PopFont();
            ImGui::Indent(em(1.5f));
            wrappedColoredText(palette::muted, fact.answer);
            ImGui::Unindent(em(1.5f));
        }
    }
    ImGui::EndChild();
}

// --- Reference tab ------------------------------------------------------------

void DebriefScreen::drawReferenceTab() {
    ImGui::TextDisabled("REFERENCE ANSWER");
    ImGui::BeginChild("reference-summary", ImVec2(0, em(8)), false);
    wrappedColoredText(palette::text, m_debrief.referenceSummary);
    ImGui::EndChild();

    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float half = (ImGui::GetContentRegionAvail().x - spacing) * 0.5f;
    std::vector<CanvasCommand> ignored;
    bool undo = false, redo = false;
    CanvasViewOptions readOnly;
    readOnly.readOnly = true;
    readOnly.showToolbar = false;

    ImGui::BeginChild("your-canvas", ImVec2(half, 0), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::TextDisabled("YOUR CANVAS");
    if (m_userCanvas.empty()) ImGui::TextDisabled("(nothing drawn)");
    m_userView.draw(m_userCanvas, "", ignored, undo, redo, readOnly);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("reference-canvas", ImVec2(0, 0), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::TextDisabled("REFERENCE DIAGRAM");
    m_referenceView.draw(m_referenceCanvas, "", ignored, undo, redo, readOnly);
    ImGui::EndChild();
}

// --- Self-assessment tab ------------------------------------------------------

void DebriefScreen::drawSelfAssessmentTab() {
    SelfAssessment& self = m_debrief.selfAssessment;
    ImGui::BeginChild("self-scroll", ImVec2(0, 0), false);
    wrappedColoredText(palette::muted,
                       "Rate yourself as an interviewer would, then note what to practise. "
                       "Both go into the Markdown export.");
    ImGui::Spacing();
    for (AssessmentDimension dimension : kAssessmentDimensions) {
        ImGui::PushID(static_cast<int>(dimension));
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(assessmentDimensionTitle(dimension));
        ImGui::PopFont();
        wrappedColoredText(palette::muted, assessmentDimensionPrompt(dimension));
        int rating = self.rating(dimension);
        ImGui::SetNextItemWidth(em(18));
        if (ImGui::SliderInt("##rating", &rating, 0, kMaxRating, ratingTitle(rating), ImGuiSliderFlags_AlwaysClamp))
            self.setRating(dimension, rating);
        if (ImGui::IsItemDeactivatedAfterEdit() && onSelfAssessmentChanged) onSelfAssessmentChanged(self);
        ImGui::Spacing();
        ImGui::PopID();
    }
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("What to practise next");
    ImGui::PopFont();
    ImGui::InputTextMultiline("##self-notes", &self.notes, ImVec2(-1, em(8)));
    if (ImGui::IsItemDeactivatedAfterEdit() && onSelfAssessmentChanged) onSelfAssessmentChanged(self);
    ImGui::EndChild();
}

}  // namespace rehearse
