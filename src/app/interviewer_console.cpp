#include "app/interviewer_console.hpp"

#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/interviewer/clarification_matcher.hpp"
#include "core/interviewer/coverage.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace rehearse {

InterviewerConsole::InterviewerConsole() = default;
InterviewerConsole::~InterviewerConsole() = default;

void InterviewerConsole::reset() {
    m_answer.clear();
    m_probe.clear();
    m_note.clear();
    m_nudge.clear();
    m_matcher.reset();
    m_matcherScenario = nullptr;
}

void InterviewerConsole::draw(AppState& app, bool& handOver) {
    Rehearsal& rehearsal = app.rehearsal();
    rehearsal.tick();
    if (&rehearsal.scenario() != m_matcherScenario) {
        m_matcher = std::make_unique<ClarificationMatcher>(rehearsal.scenario());
        m_matcherScenario = &rehearsal.scenario();
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_N, false) && ImGui::GetIO().KeyCtrl) m_focusNote = true;
    drawTopBar(app, handOver);

    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float column = (width - 2 * gap) / 3;
    ImGui::BeginChild("console-candidate", ImVec2(column, 0), true);
    drawCandidateWork(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("console-answer", ImVec2(column, 0), true);
    drawQuestion(app);
    ImGui::Separator();
    drawProbes(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("console-judge", ImVec2(0, 0), true);
    drawChecklist(app);
    ImGui::Separator();
    drawPrivateNotes(app);
    ImGui::EndChild();
}

void InterviewerConsole::drawTopBar(AppState& app, bool& handOver) {
    Rehearsal& rehearsal = app.rehearsal();
    const Session& session = rehearsal.session();
    const double now = rehearsal.now();
    drawChip("INTERVIEWER CONSOLE", palette::warning, ImVec4(1, 1, 1, 1));
    ImGui::SameLine();
    heading(session.scenario().title.c_str());
    ImGui::SameLine();
    const Stage& stage = session.currentStageSpec();
    ImGui::Text("  %s  \xC2\xB7  %s of %s  \xC2\xB7  total %s", stage.displayTitle().c_str(),
                formatDuration(session.stageSeconds(session.currentStage(), now)).c_str(),
                formatDuration(stage.minutes * 60).c_str(), formatDuration(session.clockAt(now)).c_str());
    if (session.isOverBudget(session.currentStage(), now)) {
        ImGui::SameLine();
        drawChip("over time", palette::warning, ImVec4(1, 1, 1, 1));
    }

    const char* pause = session.isPaused() ? "Resume clock" : "Pause clock";
    if (ImGui::Button(pause))
        rehearsal.dispatch(session.isPaused() ? ActionPayload(ResumeClock{}) : ActionPayload(PauseClock{}));
    widget_handles::nameButton("console.pause", pause);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(16));
    ImGui::InputTextWithHint("##nudge", Session::defaultNudge(), &m_nudge);
    widget_handles::nameField("console.nudge_words");
    ImGui::SameLine();
    if (ImGui::Button("Nudge: move on")) {
        rehearsal.dispatch(NudgeMoveOn{m_nudge});
        m_nudge.clear();
    }
    widget_handles::nameButton("console.nudge", "Nudge: move on");
    ImGui::SameLine();
    if (ImGui::Button("End interview")) app.finishSession();
    widget_handles::nameButton("console.end", "End interview");
    if (!m_networked) {
        // On two machines there is no screen to hand over.
        ImGui::SameLine();
        if (primaryButton("Hand to the candidate (F2)")) handOver = true;
        widget_handles::nameButton("console.hand_over", "Hand to the candidate (F2)");
    }

    // Stage budgets: every stage, the current one marked.
    for (std::size_t i = 0; i < session.stageCount(); ++i) {
        if (i) ImGui::SameLine();
        const Stage& s = session.scenario().stages[i];
        const std::string label = s.displayTitle() + " " + formatDuration(session.stageSeconds(StageIndex(i), now)) + "/" +
                                  std::to_string(static_cast<int>(s.minutes)) + "m";
        const ImVec4 background = StageIndex(i) == session.currentStage() ? palette::accent
                                  : session.isOverBudget(StageIndex(i), now) ? palette::warning
                                                                 : palette::chip;
        const ImVec4 text = StageIndex(i) == session.currentStage() || session.isOverBudget(StageIndex(i), now) ? ImVec4(1, 1, 1, 1)
                                                                                        : palette::chipText;
        drawChip(label.c_str(), background, text);
    }
    ImGui::Spacing();
}

void InterviewerConsole::drawCandidateWork(AppState& app) {
    const Session& session = app.session();
    heading("Candidate's notes");
    const std::string& notes = app.rehearsal().notes(session.currentStage());
    ImGui::BeginChild("candidate-notes", ImVec2(0, ImGui::GetContentRegionAvail().y * 0.4f), true);
    if (isBlank(notes)) ImGui::TextDisabled("Nothing written in this stage yet.");
    else wrappedText(notes, ImGui::GetContentRegionAvail().x);
    ImGui::EndChild();
    heading("Candidate's canvas");
    drawCanvasMirror(session);
}

// The candidate's board, fitted to the panel: boxes with their labels and
// arrows, read-only.
void InterviewerConsole::drawCanvasMirror(const Session& session) {
    const ImVec2 size = ImGui::GetContentRegionAvail();
    ImGui::BeginChild("canvas-mirror", size, true);
    const auto& items = session.canvas().items();
    if (items.empty()) {
        ImGui::TextDisabled("Nothing drawn yet.");
        ImGui::EndChild();
        return;
    }
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    for (const CanvasItem& item : items) {
        minX = std::min(minX, item.x), minY = std::min(minY, item.y);
        maxX = std::max(maxX, item.x + item.w), maxY = std::max(maxY, item.y + item.h);
        for (const Vec2& p : item.points)
            if (item.kind == ItemKind::Arrow) {
                minX = std::min(minX, p.x), minY = std::min(minY, p.y);
                maxX = std::max(maxX, p.x), maxY = std::max(maxY, p.y);
            }
    }
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 room = ImGui::GetContentRegionAvail();
    const double scale = std::min(room.x / std::max(1.0, maxX - minX), room.y / std::max(1.0, maxY - minY)) * 0.95;
    auto at = [&](double x, double y) {
        return ImVec2(origin.x + static_cast<float>((x - minX) * scale), origin.y + static_cast<float>((y - minY) * scale));
    };
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 line = ImGui::GetColorU32(palette::text);
    for (const CanvasItem& item : items) {
        if (item.kind == ItemKind::Arrow) {
            for (std::size_t i = 1; i < item.points.size(); ++i)
                draw->AddLine(at(item.points[i - 1].x, item.points[i - 1].y), at(item.points[i].x, item.points[i].y),
                              line, 1.5f);
            continue;
        }
        const ImVec2 a = at(item.x, item.y), b = at(item.x + item.w, item.y + item.h);
        draw->AddRect(a, b, line, 4.0f);
        if (!item.label.empty()) {
            draw->PushClipRect(a, b, true);
            draw->AddText(ImVec2(a.x + 3, a.y + 2), line, item.label.c_str());
            draw->PopClipRect();
        }
    }
    ImGui::EndChild();
}

void InterviewerConsole::drawQuestion(AppState& app) {
    Rehearsal& rehearsal = app.rehearsal();
    const Session& session = rehearsal.session();
    const Scenario& scenario = session.scenario();
    heading("Candidate's question");
    if (session.pendingQuestions().empty()) {
        ImGui::TextDisabled("No question waiting. Facts you reveal are shown to the candidate.");
    } else {
        const PendingQuestion& q = session.pendingQuestions().front();
        ImGui::PushFont(fonts().bold);
        const std::string quoted = "\xE2\x80\x9C" + q.question + "\xE2\x80\x9D";
        wrappedColoredText(palette::accent, quoted);
        widget_handles::nameWrapped("console.question", quoted);
        ImGui::PopFont();
        if (session.pendingQuestions().size() > 1)
            ImGui::TextDisabled("%zu more waiting after this one.", session.pendingQuestions().size() - 1);
        ImGui::SetNextItemWidth(-em(6));
        const bool enter = ImGui::InputTextWithHint("##own-answer", "Answer in your own words", &m_answer,
                                                    ImGuiInputTextFlags_EnterReturnsTrue);
        widget_handles::nameField("console.own_answer");
        ImGui::SameLine();
        if ((ImGui::Button("Answer") || enter) && !isBlank(m_answer)) {
            if (rehearsal.dispatch(AnswerQuestion{FactId(), m_answer})) m_answer.clear();
        }
        widget_handles::nameButton("console.answer", "Answer");
    }
    // Facts, the matcher's best guesses for the pending question first.
    std::vector<const Fact*> facts;
    if (!session.pendingQuestions().empty())
        for (const FactScore& score : m_matcher->rank(session.pendingQuestions().front().question))
            if (score.fact && score.score > 0.05 && facts.size() < 3) facts.push_back(score.fact);
    const std::size_t suggested = facts.size();
    for (const Fact& fact : scenario.facts)
        if (std::find(facts.begin(), facts.end(), &fact) == facts.end()) facts.push_back(&fact);
    const std::vector<FactId> revealed = session.revealedFactIds();
    ImGui::BeginChild("facts", ImVec2(0, ImGui::GetContentRegionAvail().y * 0.45f), false);
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const Fact& fact = *facts[i];
        ImGui::PushID(fact.id.value.c_str());
        const bool isRevealed = std::find(revealed.begin(), revealed.end(), fact.id) != revealed.end();
        ImGui::BeginDisabled(session.pendingQuestions().empty());
        if (ImGui::SmallButton("Answer with this")) rehearsal.dispatch(AnswerQuestion{fact.id, ""});
        if (widget_handles::recording()) widget_handles::nameButton("console.fact." + fact.id.value, "Answer with this");
        ImGui::EndDisabled();
        ImGui::SameLine();
        std::string title = fact.topic;
        if (i < suggested) title += "  (suggested)";
        if (fact.important) title += "  (important)";
        if (isRevealed) title += "  \xC2\xB7 revealed";
        wrappedColoredText(isRevealed ? palette::done : palette::text, title);
        ImGui::Indent();
        ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
        wrappedText(fact.answer, ImGui::GetContentRegionAvail().x);
        ImGui::PopStyleColor();
        ImGui::Unindent();
        ImGui::PopID();
    }
    ImGui::EndChild();
}

void InterviewerConsole::drawProbes(AppState& app) {
    Rehearsal& rehearsal = app.rehearsal();
    const Session& session = rehearsal.session();
    heading("Probes");
    ImGui::BeginChild("probes", ImVec2(0, 0), false);
    const std::vector<ProbeSuggestion> suggestions = m_suggestions.suggest(session, rehearsal.now());
    if (suggestions.empty()) ImGui::TextDisabled("The app suggests nothing right now.");
    for (const ProbeSuggestion& s : suggestions) {
        ImGui::PushID(s.followUpId.value.c_str());
        if (ImGui::SmallButton("Push")) rehearsal.dispatch(RaiseFollowUp{s.followUpId, ""});
        if (widget_handles::recording()) widget_handles::nameButton("console.suggested." + s.followUpId.value, "Push");
        ImGui::SameLine();
        wrappedColoredText(palette::warning, "Suggested (" + s.reason + "): " + s.says);
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(-em(4));
    const bool enter =
        ImGui::InputTextWithHint("##own-probe", "Ask your own follow-up", &m_probe, ImGuiInputTextFlags_EnterReturnsTrue);
    widget_handles::nameField("console.own_probe");
    ImGui::SameLine();
    if ((ImGui::Button("Ask") || enter) && !isBlank(m_probe) && rehearsal.dispatch(RaiseFollowUp{FollowUpId(), m_probe}))
        m_probe.clear();
    widget_handles::nameButton("console.ask_probe", "Ask");
    for (std::size_t i = 0; i < session.stageCount(); ++i) {
        const Stage& stage = session.scenario().stages[i];
        ImGui::PushID(static_cast<int>(i));
        ImGuiTreeNodeFlags flags = StageIndex(i) == session.currentStage() ? ImGuiTreeNodeFlags_DefaultOpen : 0;
        if (ImGui::CollapsingHeader(("Bank: " + stage.displayTitle()).c_str(), flags)) {
            for (const FollowUp& f : stage.followUps) {
                if (!followUpAppliesAtLevel(f, session.candidateLevel())) continue;
                ImGui::PushID(f.id.value.c_str());
                const bool raised = session.wasRaised(f.id);
                ImGui::BeginDisabled(raised || session.isFinished());
                if (ImGui::SmallButton(raised ? "Asked" : "Push")) rehearsal.dispatch(RaiseFollowUp{f.id, ""});
                if (widget_handles::recording())
                    widget_handles::nameButton("console.bank." + f.id.value, raised ? "Asked" : "Push");
                ImGui::EndDisabled();
                ImGui::SameLine();
                wrappedText(f.says, ImGui::GetContentRegionAvail().x);
                ImGui::Indent();
                wrappedColoredText(palette::muted, ProbeSuggestions::triggerReason(session.scenario(), f));
                ImGui::Unindent();
                ImGui::PopID();
            }
        }
        ImGui::PopID();
    }
    // Probes raised and what the candidate answered.
    if (!session.probes().empty() && ImGui::CollapsingHeader("Asked so far", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (const Probe& p : session.probes()) {
            wrappedText("\xE2\x80\xA2 " + p.says, ImGui::GetContentRegionAvail().x);
            const std::string reply = p.state == Probe::State::Answered ? "  " + p.answer
                                      : p.state == Probe::State::Skipped ? std::string("  (skipped)")
                                                                         : std::string("  (waiting)");
            wrappedColoredText(palette::muted, reply);
        }
    }
    ImGui::EndChild();
}

void InterviewerConsole::drawChecklist(AppState& app) {
    const Session& session = app.session();
    const CoverageReport& coverage = app.rehearsal().coverage();
    heading("Key points");
    ImGui::BeginChild("checklist", ImVec2(0, ImGui::GetContentRegionAvail().y * 0.55f), false);
    for (std::size_t i = 0; i < session.stageCount(); ++i) {
        const Stage& stage = session.scenario().stages[i];
        const StageCoverage* covered = coverage.stage(stage.kind);
        if (!covered) continue;
        ImGui::PushID(static_cast<int>(i));
        const std::string title = stage.displayTitle() + "  " + std::to_string(covered->coveredCount()) + "/" +
                                  std::to_string(covered->keyPoints.size());
        if (ImGui::CollapsingHeader(title.c_str(), StageIndex(i) == session.currentStage() ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
            for (const KeyPointCoverage& point : covered->keyPoints)
                wrappedColoredText(point.covered ? palette::done : palette::muted,
                                   std::string(point.covered ? "\xE2\x9C\x93 " : "\xE2\x97\x8B ") + point.text);
            if (!stage.reference.empty() && ImGui::TreeNode("Reference for this stage")) {
                wrappedText(stage.reference, ImGui::GetContentRegionAvail().x);
                ImGui::TreePop();
            }
        }
        ImGui::PopID();
    }
    if (!session.scenario().referenceSummary.empty() && ImGui::CollapsingHeader("Reference answer")) {
        wrappedText(session.scenario().referenceSummary, ImGui::GetContentRegionAvail().x);
        for (const DiagramItem& item : session.scenario().referenceDiagram.items)
            ImGui::BulletText("%s", item.label.c_str());
    }
    ImGui::EndChild();
}

void InterviewerConsole::drawPrivateNotes(AppState& app) {
    Rehearsal& rehearsal = app.rehearsal();
    const Session& session = rehearsal.session();
    heading("Private notes (Ctrl+N)");
    if (m_focusNote) {
        ImGui::SetKeyboardFocusHere();
        m_focusNote = false;
    }
    ImGui::SetNextItemWidth(-em(4));
    const bool enter = ImGui::InputTextWithHint("##private-note", "Only you see these", &m_note,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    widget_handles::nameField("console.private_note");
    ImGui::SameLine();
    if ((ImGui::Button("Add") || enter) && !isBlank(m_note) && rehearsal.dispatch(InterviewerNote{m_note}))
        m_note.clear();
    widget_handles::nameButton("console.add_note", "Add");
    ImGui::BeginChild("private-notes", ImVec2(0, 0), false);
    for (auto it = session.interviewerNotes().rbegin(); it != session.interviewerNotes().rend(); ++it) {
        ImGui::TextDisabled("%s \xC2\xB7 %s", formatDuration(it->clock).c_str(),
                            session.scenario().stages[it->stage.value].displayTitle().c_str());
        wrappedText(it->text, ImGui::GetContentRegionAvail().x);
    }
    ImGui::EndChild();
}

}  // namespace rehearse
