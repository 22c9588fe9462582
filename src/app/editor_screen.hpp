// The scenario editor: a form over every field of the scenario format
// (docs/scenario-format.md) with validate --strict's diagnostics beside the
// field they concern as the author types, one undo history (Ctrl+Z,
// Ctrl+Shift+Z), Save in the canonical layout to the user's scenario folder,
// a try-it pane whose "Save as test" blesses what was tried, and "Rehearse
// this draft". The open file is followed on disk: changed by another
// program, it is read in, or (over unsaved edits) the author is asked
// (core/authoring/draft_disk_sync.hpp). The reference diagram is drawn on
// the app's canvas (editor_diagram.hpp). The rules are core's
// (core/authoring/); this is only the form. The bar above the form is
// editor_top_bar.cpp, following the file on disk editor_disk_question.cpp.
#pragma once

#include "app/draft_form.hpp"
#include "app/editor_diagram.hpp"
#include "app/panel.hpp"
#include "app/try_it_pane.hpp"
#include "core/authoring/draft_check.hpp"
#include "core/authoring/draft_disk_sync.hpp"
#include "core/authoring/draft_trial.hpp"
#include "core/authoring/fresh_entries.hpp"
#include "core/authoring/scenario_draft.hpp"

#include <future>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rehearse {

class AppState;

class EditorScreen final : public Panel {
public:
    const char* name() const override { return "Scenario editor"; }
    bool shownIn(const PanelContext& ctx) const override;
    void draw(PanelContext& ctx) override;
    // A diagnostics check is due or under way: the frame loop must wake for it, not sleep until input.
    bool checkPending() const {
        return m_draft && (m_checking.valid() || m_draft->revision() != m_checkedRevision ||
                           m_draft->path() != m_checkedPath);
    }

    // The open file changed on disk since the draft read or wrote it (a poll: a stat).
    bool fileChangedOnDisk() const {
        return m_draft && m_disk.poll(*m_draft) != DraftDiskSync::Change::None && !m_diskQuestion;
    }

private:
    void open(AppState& app, const std::string& scenarioId);
    // Takes in the file's version after it changed on disk, or asks first (drawDiskQuestion).
    void followDisk(AppState& app);
    void takeDiskVersion(AppState& app);
    void drawDiskQuestion(AppState& app);
    void recheck(AppState& app, bool now);
    void save(AppState& app);
    void undo(bool redo);
    void drawBar(AppState& app);
    void drawProblems();
    void drawMetadata();
    void drawFacts();
    void drawAssumptions();
    void drawStages();
    void drawStage(std::size_t index);
    void drawKeyPoints(const std::string& stage);
    void drawFollowUps(const std::string& stage);
    void drawTrigger(const std::string& stage, const std::string& followUp);
    void drawPitfalls(const std::string& stage);
    // Sets the flags when the diagram's canvas asked for undo or redo.
    void drawReference(bool& undoRequested, bool& redoRequested);
    // A tree node for the list entry at `pointer`, marked when it holds problems; opens to show m_reveal.
    bool entryNode(const std::string& pointer, const std::string& title);
    // "Remove this <what>" for a list entry; true when it was removed (stop drawing it).
    bool removeButton(const std::string& pointer, const char* what);
    // "+ Add ..." under `list`, named editor.add<list>; true when pressed.
    bool addButton(const std::string& list, const char* label, bool small);
    // The entry just added at `pointer` opens, its `firstField` taking the keyboard.
    void openAdded(const std::string& pointer, const char* firstField = "id");
    // The stage's key point ids as choices, after `none` ("" value) when given.
    std::vector<std::pair<std::string, std::string>> keyPointChoices(const std::string& stage, const char* none) const;
    std::string freeId(const std::string& prefix) const;

    std::optional<ScenarioDraft> m_draft;
    bool m_pathFollowsId = false;  // a new scenario: saved as <id>.json in the user's folder
    bool m_ownsFile = false;       // the draft's path is the file it came from or was saved to
    std::string m_copiedFrom;      // a copy of a shipped scenario: the original's file, not linted against
    std::string m_copiedFromId;    // and the original's id, whose tests the copy's first save copies
    DraftCheck m_check;
    // What the form shows of m_check: without the findings inside entries
    // just added and untouched, which show a hint each instead.
    FreshEntries m_fresh;
    DraftCheck m_shown;
    std::map<std::string, std::string> m_hints;
    std::size_t m_checkSerial = 0;  // grows with each check taken in
    std::pair<std::size_t, std::size_t> m_shownFrom{~std::size_t(0), 0};  // (check, fresh) it was made from
    std::future<DraftCheck> m_checking;  // the check under way, if any
    std::size_t m_checkedRevision = 0;
    std::string m_checkedPath;
    double m_changedAt = 0;
    DraftTrial m_trial;  // what "try it" tries of m_check, made with m_shown
    std::optional<Scenario> m_lastGood;  // what "try it" last could try (m_trial's scenario when it had one)
    std::size_t m_lastGoodRevision = 0;
    std::string m_status;
    std::string m_reveal;  // a field to open the tree nodes down to and give the keyboard
    std::string m_revealNext;  // an entry added this frame: revealed from the next one
    bool m_showProblems = false;  // the counts in the bar were clicked: open the problems, scrolled to
    DraftDiskSync m_disk;          // the draft's own file, as last read or written
    bool m_diskQuestion = false;   // it changed under unsaved edits: "load it, or keep mine?" is shown
    double m_diskPolledAt = -1;
    DraftForm m_form;
    TryItPane m_tryIt;
    EditorDiagram m_diagram;
};

}  // namespace rehearse
