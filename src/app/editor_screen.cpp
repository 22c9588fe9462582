// EditorScreen: opening a scenario (a new one, a copy of a shipped one, or
// the user's own file), checking it as the author types, saving, undo, the
// frame, then the form's sections top to bottom: problems, the scenario's
// fields, facts, assumptions, stages (key points, follow-ups and their
// triggers, pitfalls) and the reference answer. The bar above the form is in
// editor_top_bar.cpp; following the file on disk in editor_disk_question.cpp.
#include "app/editor_screen.hpp"

#include "app/app_state.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/authoring/draft_save.hpp"
#include "core/authoring/scenario_scaffold.hpp"
#include "core/authoring/scenario_test_writer.hpp"
#include "core/scenario/scenario_limits.hpp"
#include "core/scenario/shipped_scenarios.hpp"
#include "core/store/safe_file.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace rehearse {
namespace {

using Json = ScenarioDraft::Json;
using Choices = std::vector<std::pair<std::string, std::string>>;

// Diagnostics are recomputed this long after the last keystroke (the lint
// runs the matcher over the whole scenario; no need to on every letter).
constexpr double kCheckDelay = 0.25;

std::string child(const std::string& parent, const std::string& key) { return parent + "/" + key; }
std::string child(const std::string& parent, std::size_t index) { return parent + "/" + std::to_string(index); }

bool isInside(const std::string& path, const std::string& folder) {
    std::error_code ec;
    const auto relative = std::filesystem::relative(path, folder, ec);
    return !ec && !relative.empty() && relative.native().rfind("..", 0) != 0;
}

std::string shippedFolder() {
    try {
        return shippedScenarioFolder();
    } catch (const std::exception&) {
        return "";  // no shipped scenarios: nothing is read-only
    }
}

// A short label for a list entry: its id and the start of its text.
std::string entryTitle(const ScenarioDraft& draft, const std::string& pointer, const char* textField) {
    std::string id = draft.text(child(pointer, "id"));
    std::string text = draft.text(child(pointer, textField));
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    if (id.empty()) id = "(no id)";
    return text.empty() ? id : id + "  " + text;
}

}  // namespace

void EditorScreen::open(AppState& app, const std::string& scenarioId) {
    Diagnostics problems;
    std::optional<ScenarioDraft> draft;
    m_pathFollowsId = false;
    m_ownsFile = false;
    std::string copiedFrom, copiedFromId;
    if (scenarioId.empty()) {
        // A new scenario: the skeleton `rehearse new` writes, under an id no file has yet.
        std::string id = "my-scenario";
        for (int n = 2; fileExists(userScenarioPath(id)) || app.library().find(id); ++n)
            id = "my-scenario-" + std::to_string(n);
        ScenarioScaffold scaffold = scaffoldScenario(id, userScenarioPath(id));
        if (scaffold.text) draft = ScenarioDraft::fromText(*scaffold.text, userScenarioPath(id), problems);
        m_pathFollowsId = true;
    } else if (const Scenario* scenario = app.library().find(scenarioId)) {
        std::string error;
        std::optional<std::string> text = readScenarioFile(scenario->sourcePath, error);
        const std::string shipped = shippedFolder();
        if (!text) {
            m_status = "Cannot open " + scenario->sourcePath + ": " + error;
        } else if (!shipped.empty() && isInside(scenario->sourcePath, shipped)) {
            // Shipped scenarios are not edited in place: the edit is a copy in the user's folder.
            std::string id = scenario->id + "-copy";
            for (int n = 2; fileExists(userScenarioPath(id)) || app.library().find(id); ++n)
                id = scenario->id + "-copy-" + std::to_string(n);
            ScenarioScaffold copy = copyScenario(*text, scenario->sourcePath, id, userScenarioPath(id));
            if (copy.text) draft = ScenarioDraft::fromText(*copy.text, userScenarioPath(id), problems);
            m_pathFollowsId = true;
            copiedFrom = scenario->sourcePath;
            copiedFromId = scenario->id;
            m_status = "A shipped scenario: you are editing a copy, saved to your scenario folder.";
        } else {
            draft = ScenarioDraft::fromText(*text, scenario->sourcePath, problems);
            m_ownsFile = true;
            m_status.clear();
        }
    }
    if (!draft) {
        if (!problems.empty()) m_status = problems.front().format();
        return;  // the draft open before, if any, stays
    }
    if (m_checking.valid()) m_checking.get();  // about the draft open before
    m_draft = std::move(draft);
    m_copiedFrom = copiedFrom;
    m_copiedFromId = copiedFromId;
    m_diagram = EditorDiagram();  // framed on the new draft's diagram
    m_disk.track(m_ownsFile ? m_draft->path() : std::string());
    m_diskQuestion = false;
    m_checkedPath.clear();  // never checked: the next recheck runs
    m_lastGood.reset();
    m_reveal.clear();
    m_fresh.forget();
    recheck(app, true);
}

void EditorScreen::recheck(AppState& app, bool now) {
    if (!m_draft) return;
    if (m_pathFollowsId) {
        const std::string id = m_draft->text("/id");
        if (!id.empty() && id.find('/') == std::string::npos) m_draft->setPath(userScenarioPath(id));
    }
    // A check under way: take its result when it is done.
    if (m_checking.valid() && (now || m_checking.wait_for(std::chrono::seconds(0)) == std::future_status::ready)) {
        m_check = m_checking.get();
        ++m_checkSerial;
    }
    const bool changed = m_draft->revision() != m_checkedRevision || m_draft->path() != m_checkedPath;
    if (!changed || m_checking.valid()) return;
    if (!now && ImGui::GetTime() - m_changedAt < kCheckDelay) return;
    m_checkedRevision = m_draft->revision();
    m_checkedPath = m_draft->path();
    // With the library (text copied from another scenario) a check takes
    // about 150 ms: done on another thread so typing never waits for it.
    m_checking = std::async(std::launch::async,
                            [draft = ScenarioDraft(m_draft->document(), m_draft->path()),
                             library = app.library().scenarios(),
                             copiedFrom = m_copiedFrom] { return checkDraft(draft, library, copiedFrom); });
    if (now) recheck(app, true);
}

void EditorScreen::save(AppState& app) {
    if (!m_draft) return;
    m_fresh.saveTried();  // every finding shows now, the new entries' too
    recheck(app, true);
    if (!m_ownsFile && fileExists(m_draft->path())) {
        m_status = "Not saved: " + m_draft->path() + " already exists; change the id to save under another name.";
        return;
    }
    const DraftSaveResult result = saveDraft(*m_draft);
    m_status = result.message;
    if (!result.saved) return;
    if (!m_copiedFromId.empty() && !m_ownsFile) {
        // The copy's first save: the original's blessed tests come along, under the copy's id.
        const TestSaveResult tests = copyScenarioTests(m_copiedFrom, m_copiedFromId, m_draft->path(), m_draft->text("/id"));
        if (!tests.message.empty()) m_status += "; " + tests.message;
    }
    m_ownsFile = true;
    m_pathFollowsId = false;
    m_disk.track(m_draft->path());  // our own write is not a change from outside
    m_diskQuestion = false;
    // The library lists it (and its folder, which may be new) at once.
    std::vector<std::string> paths = app.library().paths();
    const std::string folder = std::filesystem::path(m_draft->path()).parent_path().string();
    bool listed = false;
    for (const std::string& path : paths) listed = listed || path == folder || path == m_draft->path();
    if (!listed) paths.push_back(folder);
    app.library().load(paths);
    app.selectedScenarioId = m_draft->text("/id");
}

void EditorScreen::undo(bool redo) {
    if (!m_draft) return;
    const std::string pointer = redo ? m_draft->redoPointer() : m_draft->undoPointer();
    if (!(redo ? m_draft->redo() : m_draft->undo())) return;
    m_fresh.forget();  // entries may have come or gone: pointers name others
    // The text box being typed in holds its own copy of the text: let go of
    // it, and give the keyboard back to the field that changed, now current.
    ImGui::SetWindowFocus(nullptr);
    m_form.refocus(pointer);
    m_reveal = pointer;
    m_changedAt = -1;  // check at once
}

void EditorScreen::draw(PanelContext& ctx) {
    AppState& app = ctx.app;
    if (app.editorRequest) {
        open(app, *app.editorRequest);
        app.editorRequest.reset();
    }
    if (!m_draft) {
        heading("Scenario editor");
        if (!m_status.empty()) ImGui::TextWrapped("%s", m_status.c_str());
        if (ImGui::Button("< Library")) app.showLibrary();
        return;
    }
    const ImGuiIO& io = ImGui::GetIO();
    const bool dialogOpen = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    if (!dialogOpen && io.KeyCtrl) {
        // The diagram's canvas, when it has the keyboard, asks for undo itself (drawReference).
        if (!m_diagram.hasKeyboard()) {
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z))) undo(io.KeyShift);
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y))) undo(true);
        }
        if (ImGui::IsKeyPressed('S', false)) save(app);
        if (ImGui::IsKeyPressed('T', false))
            m_tryIt.focus(io.KeyShift ? TryItPane::Box::Sentence : TryItPane::Box::Question);
    }
    followDisk(app);
    if (!m_revealNext.empty()) m_reveal = std::move(m_revealNext);
    m_revealNext.clear();
    const std::size_t revisionBefore = m_draft->revision();
    recheck(app, false);
    if (m_shownFrom != std::make_pair(m_checkSerial, m_fresh.revision())) {
        m_shown = m_fresh.shown(m_check);
        m_hints = m_fresh.hints(m_check);
        m_shownFrom = {m_checkSerial, m_fresh.revision()};
        // An entry just added and still empty does not stop the author trying the rest.
        m_trial = trialOf(*m_draft, m_check, m_fresh);
        if (m_trial.scenario) {
            m_lastGood = m_trial.scenario;
            ++m_lastGoodRevision;
        }
    }
    m_form.begin(*m_draft, m_shown, m_fresh, m_hints);

    drawBar(app);
    if (!m_draft) return;
    const float tryWidth = std::max(em(18), ImGui::GetContentRegionAvail().x * 0.34f);
    // The wheel over the reference diagram zooms the board; ImGui would also
    // scroll the form holding it (a child that does not scroll hands the
    // wheel to its parent), moving the board away under the mouse.
    const ImGuiWindowFlags formFlags = m_diagram.boardContains(io.MousePos) ? ImGuiWindowFlags_NoScrollWithMouse : 0;
    m_diagram.hide();  // until drawn again below
    ImGui::BeginChild("editor-form", ImVec2(-tryWidth - ImGui::GetStyle().ItemSpacing.x, 0), true, formFlags);
    drawProblems();
    drawMetadata();
    drawFacts();
    drawAssumptions();
    drawStages();
    bool canvasUndo = false, canvasRedo = false;
    drawReference(canvasUndo, canvasRedo);
    ImGui::EndChild();
    if (canvasUndo || canvasRedo) undo(canvasRedo);
    ImGui::SameLine();
    ImGui::BeginChild("editor-try", ImVec2(0, 0), true);
    const Scenario* tried = m_lastGood ? &*m_lastGood : nullptr;
    m_tryIt.draw(tried, !m_trial.scenario, m_trial.note, m_lastGoodRevision,
                 tried ? scenarioTestPathFor(m_draft->path(), tried->id) : std::string());
    ImGui::EndChild();
    m_reveal.clear();
    if (m_draft->revision() != revisionBefore) m_changedAt = ImGui::GetTime();
}

void EditorScreen::drawProblems() {
    // Above every field: while one is typed in, the list holds still (DraftForm::steady).
    std::vector<const FieldDiagnostic*> now;
    for (const FieldDiagnostic& d : m_shown.diagnostics) now.push_back(&d);
    const std::vector<FieldDiagnostic> problems = m_form.steady("problems", now);
    if (problems.empty()) return;
    const std::string title = "Problems (" + std::to_string(problems.size()) + ")###problems";
    if (m_showProblems) {
        ImGui::SetNextItemOpen(true);
        ImGui::SetScrollY(0);
        m_showProblems = false;
    }
    const bool open = ImGui::CollapsingHeader(title.c_str());
    widget_handles::nameButton("editor.section.problems", title);
    if (!open) return;
    for (std::size_t i = 0; i < problems.size(); ++i) {
        const FieldDiagnostic& d = problems[i];
        ImGui::PushID(static_cast<int>(i));
        const bool error = d.diagnostic.severity == Diagnostic::Severity::Error;
        const std::string line = (d.pointer.empty() ? std::string("scenario") : d.pointer) + ": " + d.diagnostic.message;
        ImGui::PushStyleColor(ImGuiCol_Text, error ? ImVec4(0.82f, 0.18f, 0.16f, 1) : palette::warning);
        // Wrapped text, not a Selectable: ImGui 1.86's Selectable does not
        // wrap, so a long finding ran off the form's edge.
        ImGui::TextWrapped("%s", line.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsItemClicked()) {
            // Go to the field: open what holds it and give it the keyboard.
            m_reveal = d.pointer;
            m_form.refocus(d.pointer);
        }
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
}

bool EditorScreen::entryNode(const std::string& pointer, const std::string& title) {
    const auto problems = m_shown.within(pointer);
    bool hasError = false;
    for (const FieldDiagnostic* d : problems) hasError = hasError || d->diagnostic.severity == Diagnostic::Severity::Error;
    if (!m_reveal.empty() && (m_reveal == pointer || m_reveal.rfind(pointer + "/", 0) == 0)) ImGui::SetNextItemOpen(true);
    const std::string label =
        (problems.empty() ? "" : hasError ? "(!) " : "(?) ") + title + "###" + pointer;
    if (!problems.empty())
        ImGui::PushStyleColor(ImGuiCol_Text, hasError ? ImVec4(0.82f, 0.18f, 0.16f, 1) : palette::warning);
    const bool open = ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
    if (!problems.empty()) ImGui::PopStyleColor();
    if (widget_handles::recording()) widget_handles::nameText("editor.entry" + pointer, title);
    return open;
}

bool EditorScreen::removeButton(const std::string& pointer, const char* what) {
    ImGui::PushID(pointer.c_str());
    const std::string label = std::string("Remove this ") + what;
    const bool removed = ImGui::SmallButton(label.c_str()) && m_draft->remove(pointer);
    if (removed) m_fresh.forget();  // the entries after it moved up
    if (widget_handles::recording()) widget_handles::nameButton("editor.remove" + pointer, label);
    ImGui::PopID();
    return removed;
}

bool EditorScreen::addButton(const std::string& list, const char* label, bool small) {
    ImGui::PushID(list.c_str());
    const bool pressed = small ? ImGui::SmallButton(label) : ImGui::Button(label);
    if (widget_handles::recording()) widget_handles::nameButton("editor.add" + list, label);
    ImGui::PopID();
    return pressed;
}

void EditorScreen::openAdded(const std::string& pointer, const char* firstField) {
    // Drawn from the next frame on: open it there and put the keyboard in its
    // first field, so the author types straight on instead of hunting for it.
    m_revealNext = pointer;
    m_form.refocus(child(pointer, firstField));
    m_fresh.added(pointer);
}

std::vector<std::pair<std::string, std::string>> EditorScreen::keyPointChoices(const std::string& stage,
                                                                               const char* none) const {
    Choices points;
    if (none) points.emplace_back("", none);
    if (const Json* list = m_draft->find(child(stage, "key_points")); list && list->is_array())
        for (const Json& point : *list)
            if (point.is_object() && point.contains("id") && point["id"].is_string())
                points.emplace_back(point["id"].get<std::string>(), point["id"].get<std::string>());
    return points;
}

std::string EditorScreen::freeId(const std::string& prefix) const {
    // Unique across the scenario (key point ids must be; for the others it costs nothing).
    const std::string document = m_draft->document().dump();
    for (int n = 1;; ++n) {
        const std::string id = prefix + std::to_string(n);
        if (document.find("\"id\":\"" + id + "\"") == std::string::npos) return id;
    }
}

void EditorScreen::drawMetadata() {
    if (!m_reveal.empty()) ImGui::SetNextItemOpen(true);
    const bool open = ImGui::CollapsingHeader("Scenario###meta", ImGuiTreeNodeFlags_DefaultOpen);
    widget_handles::nameButton("editor.section.meta", "Scenario");
    if (!open) return;
    m_form.text("Id", "/id", "lower-case-words");
    m_form.text("Title", "/title", "Shown in the library");
    m_form.multiline("Question", "/question", 2.5f, "The opening question, as the interviewer says it");
    m_form.choice("Difficulty", "/difficulty", {{"easy", "easy"}, {"medium", "medium"}, {"hard", "hard"}});
    m_form.choice("Level", "/level", {{"", "senior (default)"}, {"mid", "mid"}, {"senior", "senior"}, {"staff", "staff"}});
    m_form.commaList("Tags", "/tags", "classification, ranking");
    m_form.number("Minutes", "/minutes", 1);
}

void EditorScreen::drawFacts() {
    const Json* facts = m_draft->find("/facts");
    const std::size_t count = facts && facts->is_array() ? facts->size() : 0;
    if (!m_reveal.empty() && m_reveal.rfind("/facts", 0) == 0) ImGui::SetNextItemOpen(true);
    const std::string header = "Facts (" + std::to_string(count) + ")###facts";
    const bool open = ImGui::CollapsingHeader(header.c_str());
    widget_handles::nameButton("editor.section.facts", header);
    if (!open) return;
    m_form.diagnostics("/facts");
    for (std::size_t i = 0; i < count; ++i) {
        const std::string at = child("/facts", i);
        if (!entryNode(at, entryTitle(*m_draft, at, "topic"))) continue;
        m_form.text("Id", child(at, "id"));
        m_form.text("Topic", child(at, "topic"), "Daily volume");
        m_form.multiline("Answer", child(at, "answer"), 2.5f, "The interviewer's answer, with numbers");
        m_form.lines("Asks", child(at, "asks"), 4, "One way to ask per line");
        m_form.checkbox("Important", child(at, "important"));
        m_form.diagnostics(at);
        const bool removed = removeButton(at, "fact");
        ImGui::TreePop();
        if (removed) break;
    }
    if (addButton("/facts", "+ Add fact", false) && facts) {
        m_draft->insert("/facts", count, {{"id", freeId("fact-")}, {"topic", ""}, {"asks", Json::array()},
                                          {"answer", ""}});
        openAdded(child("/facts", count));
    }
}

void EditorScreen::drawAssumptions() {
    const Json* assumptions = m_draft->find("/assumptions");
    const std::size_t count = assumptions && assumptions->is_array() ? assumptions->size() : 0;
    if (!m_reveal.empty() && m_reveal.rfind("/assumptions", 0) == 0) ImGui::SetNextItemOpen(true);
    const std::string header = "Left to the candidate (" + std::to_string(count) + ")###assumptions";
    const bool open = ImGui::CollapsingHeader(header.c_str());
    widget_handles::nameButton("editor.section.assumptions", header);
    if (!open) return;
    m_form.diagnostics("/assumptions");
    for (std::size_t i = 0; i < count; ++i) {
        const std::string at = child("/assumptions", i);
        if (!entryNode(at, entryTitle(*m_draft, at, "topic"))) continue;
        m_form.text("Id", child(at, "id"));
        m_form.text("Topic", child(at, "topic"), "Ads in the feed");
        m_form.multiline("Says", child(at, "says"), 2.5f, "What to assume, concretely, and what to mention");
        m_form.lines("Asks", child(at, "asks"), 3, "One way to ask per line, with its distinctive nouns");
        m_form.diagnostics(at);
        const bool removed = removeButton(at, "assumption");
        ImGui::TreePop();
        if (removed) break;
    }
    if (addButton("/assumptions", "+ Add assumption", false)) {
        const Json entry = {{"id", freeId("assume-")}, {"topic", ""}, {"asks", Json::array()}, {"says", ""}};
        if (assumptions && assumptions->is_array()) m_draft->insert("/assumptions", count, entry);
        else m_draft->set("/assumptions", Json::array({entry}));
        openAdded(child("/assumptions", count));
    }
}

void EditorScreen::drawStages() {
    const Json* stages = m_draft->find("/stages");
    const std::size_t count = stages && stages->is_array() ? stages->size() : 0;
    if (!m_reveal.empty() && m_reveal.rfind("/stages", 0) == 0) ImGui::SetNextItemOpen(true);
    const std::string header = "Stages (" + std::to_string(count) + ")###stages";
    const bool open = ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
    widget_handles::nameButton("editor.section.stages", header);
    if (!open) return;
    m_form.diagnostics("/stages");
    for (std::size_t i = 0; i < count; ++i) {
        const std::string at = child("/stages", i);
        std::string title = m_draft->text(child(at, "id"));
        if (const Json* minutes = m_draft->find(child(at, "minutes")); minutes && minutes->is_number())
            title += "  " + minutes->dump() + " min";
        if (!entryNode(at, title)) continue;
        drawStage(i);
        const bool removed = removeButton(at, "stage");
        ImGui::TreePop();
        if (removed) break;
    }
    // The next stage kind the scenario lacks, in the fixed order.
    std::string missing;
    for (StageKind kind : kAllStageKinds) {
        bool present = false;
        for (std::size_t i = 0; i < count; ++i) present = present || m_draft->text(child(child("/stages", i), "id")) == stageKindId(kind);
        if (!present && missing.empty()) missing = stageKindId(kind);
    }
    if (!missing.empty() && stages && addButton("/stages", ("+ Add stage " + missing).c_str(), false)) {
        std::size_t index = 0;  // after the stages that come before it
        for (StageKind kind : kAllStageKinds) {
            if (stageKindId(kind) == missing) break;
            while (index < count && m_draft->text(child(child("/stages", index), "id")) == stageKindId(kind)) ++index;
        }
        m_fresh.forget();  // the stages after it move down: their entries' pointers change
        m_draft->insert("/stages", index, {{"id", missing}, {"minutes", 5}, {"goal", ""}, {"guidance", ""},
                                           {"key_points", Json::array()}, {"reference", ""}});
        openAdded(child("/stages", index), "minutes");
    }
}

void EditorScreen::drawStage(std::size_t index) {
    const std::string at = child("/stages", index);
    Choices kinds;
    for (StageKind kind : kAllStageKinds) kinds.emplace_back(stageKindId(kind), stageKindTitle(kind));
    m_form.choice("Stage", child(at, "id"), kinds);
    m_form.text("Title", child(at, "title"), "optional: the scenario's own name for it");
    m_form.number("Minutes", child(at, "minutes"), 1);
    m_form.multiline("Goal", child(at, "goal"), 2, "What the stage must settle");
    m_form.multiline("Guidance", child(at, "guidance"), 2.5f, "How to approach it, shown to the candidate");
    m_form.multiline("Reference", child(at, "reference"), 4, "What a strong candidate says here");
    m_form.diagnostics(at);
    drawKeyPoints(at);
    drawFollowUps(at);
    drawPitfalls(at);
}

void EditorScreen::drawKeyPoints(const std::string& stage) {
    const std::string list = child(stage, "key_points");
    const Json* points = m_draft->find(list);
    const std::size_t count = points && points->is_array() ? points->size() : 0;
    ImGui::TextDisabled("KEY POINTS (%zu)", count);
    m_form.diagnostics(list);
    for (std::size_t i = 0; i < count; ++i) {
        const std::string at = child(list, i);
        if (!entryNode(at, entryTitle(*m_draft, at, "text"))) continue;
        m_form.text("Id", child(at, "id"));
        m_form.multiline("Text", child(at, "text"), 2, "The point, as the debrief states it");
        m_form.multiline("Why", child(at, "why"), 2, "Why it matters, shown when missed");
        m_form.choice("Weight", child(at, "weight"), {{"", "1 (default)"}, {"1", "1 nice to have"}, {"2", "2 expected"}, {"3", "3 essential"}});
        m_form.concepts("Concepts", child(at, "concepts"), 4, "One concept per line: phrase | other phrase");
        m_form.integer("Needs", child(at, "needs"), 1, 20);
        m_form.choice("Dimension", child(at, "dimension"),
                      {{"", "from the stage"}, {"problem", "problem"}, {"data", "data"}, {"modelling", "modelling"},
                       {"evaluation", "evaluation"}, {"communication", "communication"}});
        m_form.lines("Examples", child(at, "examples"), 4,
                     "One sentence per line that earns the point, as a candidate wrote it");
        m_form.diagnostics(at);
        const bool removed = removeButton(at, "key point");
        ImGui::TreePop();
        if (removed) break;
    }
    if (points && addButton(list, "+ Add key point", true)) {
        m_draft->insert(list, count, {{"id", freeId("point-")}, {"text", ""}, {"why", ""},
                                      {"concepts", Json::array()}, {"weight", 2}});
        openAdded(child(list, count));
    }
}

void EditorScreen::drawFollowUps(const std::string& stage) {
    const std::string list = child(stage, "follow_ups");
    const Json* followUps = m_draft->find(list);
    const std::size_t count = followUps && followUps->is_array() ? followUps->size() : 0;
    ImGui::TextDisabled("FOLLOW-UPS (%zu)", count);
    m_form.diagnostics(list);
    for (std::size_t i = 0; i < count; ++i) {
        const std::string at = child(list, i);
        if (!entryNode(at, entryTitle(*m_draft, at, "says"))) continue;
        m_form.text("Id", child(at, "id"));
        m_form.multiline("Says", child(at, "says"), 2, "The interviewer's words");
        drawTrigger(stage, at);
        m_form.choice("Priority", child(at, "priority"), {{"", "2 (default)"}, {"1", "1 low"}, {"2", "2"}, {"3", "3 high"}});
        // The key point an answer to the probe counts as evidence for (after a key point is renamed, pick it again here).
        m_form.choice("Counts for", child(at, "key_point"), keyPointChoices(stage, "none"));
        m_form.diagnostics(at);
        const bool removed = removeButton(at, "follow-up");
        ImGui::TreePop();
        if (removed) break;
    }
    if (addButton(list, "+ Add follow-up", true)) {
        Json entry = {{"id", freeId("probe-")}, {"says", ""}, {"trigger", {{"on", "enter"}}}};
        if (followUps) m_draft->insert(list, count, entry);
        else m_draft->set(list, Json::array({entry}));
        openAdded(child(list, count));
    }
}

void EditorScreen::drawTrigger(const std::string& stage, const std::string& followUp) {
    const std::string at = child(followUp, "trigger");
    const std::string kind = m_draft->text(child(at, "on"));
    static const Choices kKinds = {{"enter", "enter: as the stage starts"},
                                   {"time", "time: after some minutes"},
                                   {"mention", "mention: when a concept is said"},
                                   {"missing", "missing: key point not covered by a minute"},
                                   {"leave", "leave: moving on without a key point"}};
    // The picker rebuilds the trigger with the fields its kind uses, keeping values that carry over.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Trigger");
    ImGui::SameLine(em(8));
    // Not past the form's edge in a small window or at a large text size (the arrow button was cut off).
    ImGui::SetNextItemWidth(std::min(em(20), ImGui::GetContentRegionAvail().x));
    std::string shown = kind;
    for (const auto& [value, text] : kKinds)
        if (value == kind) shown = text;
    const bool pickerOpen = ImGui::BeginCombo(("##" + at).c_str(), shown.c_str());
    if (widget_handles::recording()) widget_handles::nameField("editor.field" + at + "/on");
    if (pickerOpen) {
        for (const auto& [value, text] : kKinds) {
            const bool picked = ImGui::Selectable(text.c_str(), value == kind);
            if (widget_handles::recording()) widget_handles::nameText("editor.choice" + at + "/on=" + value, text);
            if (!picked || value == kind) continue;
            const Json* old = m_draft->find(at);
            Json trigger = {{"on", value}};
            auto keep = [&](const char* field, Json fallback) {
                const Json* present = old && old->is_object() && old->contains(field) ? &(*old)[field] : nullptr;
                trigger[field] = present ? *present : std::move(fallback);
            };
            std::string firstPoint = m_draft->text(child(child(stage, "key_points"), "0") + "/id");
            if (value == "time" || value == "missing") keep("minute", 2);
            if (value == "missing" || value == "leave") keep("key_point", firstPoint);
            if (value == "mention") keep("concepts", Json::array());
            m_draft->set(at, trigger);
        }
        ImGui::EndCombo();
    }
    m_form.diagnostics(child(at, "on"));
    if (kind == "time" || kind == "missing") m_form.number("Minute", child(at, "minute"), 0.5);
    if (kind == "mention") m_form.concepts("Concepts", child(at, "concepts"), 3, "One concept per line: phrase | other phrase");
    if (kind == "missing" || kind == "leave") {
        m_form.choice("Key point", child(at, "key_point"), keyPointChoices(stage, nullptr));
    }
    m_form.diagnostics(at);
}

void EditorScreen::drawPitfalls(const std::string& stage) {
    const std::string list = child(stage, "pitfalls");
    const Json* pitfalls = m_draft->find(list);
    const std::size_t count = pitfalls && pitfalls->is_array() ? pitfalls->size() : 0;
    ImGui::TextDisabled("PITFALLS (%zu)", count);
    m_form.diagnostics(list);
    const Choices points = keyPointChoices(stage, "none");
    for (std::size_t i = 0; i < count; ++i) {
        const std::string at = child(list, i);
        if (!entryNode(at, entryTitle(*m_draft, at, "text"))) continue;
        m_form.text("Id", child(at, "id"));
        m_form.multiline("Text", child(at, "text"), 2, "The mistake");
        m_form.concepts("Signs", child(at, "signs"), 3, "One sign per line: phrase | other phrase");
        m_form.choice("Cancels", child(at, "key_point"), points);
        m_form.diagnostics(at);
        const bool removed = removeButton(at, "pitfall");
        ImGui::TreePop();
        if (removed) break;
    }
    if (addButton(list, "+ Add pitfall", true)) {
        Json entry = {{"id", freeId("pitfall-")}, {"text", ""}, {"signs", Json::array()}};
        if (pitfalls) m_draft->insert(list, count, entry);
        else m_draft->set(list, Json::array({entry}));
        openAdded(child(list, count));
    }
}

void EditorScreen::drawReference(bool& undoRequested, bool& redoRequested) {
    if (!m_reveal.empty() && m_reveal.rfind("/reference", 0) == 0) ImGui::SetNextItemOpen(true);
    const float headerY = ImGui::GetCursorPosY();
    const bool open = ImGui::CollapsingHeader("Reference answer###reference");
    widget_handles::nameButton("editor.reference", "Reference answer");
    if (ImGui::IsItemToggledOpen() && open) ImGui::SetScrollHereY(0);  // the diagram is below the stages: bring it up
    if (!open) return;
    m_form.multiline("Summary", "/reference/summary", 4, "The whole design in a paragraph");
    m_form.diagnostics("/reference");
    // What the form shows below the summary once the header is at its top
    // (as opening it puts it): the board's own toolbar at its bottom (undo,
    // zoom, fit) stays on screen, where 80% of the form's height put it
    // below the window, out of reach of a wheel that zooms the board.
    const float above = ImGui::GetCursorPosY() - headerY + ImGui::GetFrameHeightWithSpacing() * 2;
    const float height = std::max(em(18), ImGui::GetWindowHeight() - above - ImGui::GetStyle().WindowPadding.y * 2);
    m_diagram.draw(*m_draft, m_check, m_reveal, height, undoRequested, redoRequested);
}

}  // namespace rehearse
