// The rehearsal itself: stage stepper and clock across the top; the stage's
// goal, guidance and the candidate's notes on the left; the design canvas in
// the centre; the interviewer on the right. Each frame it draws from the
// candidate's view of the session (core/pair/candidate_view: stages' public
// parts, revealed facts, pushed probes, the feed), plus the candidate's own
// notes and canvas; only solo practice adds the stage's guidance and the
// coverage bars, read from the scenario. So on a pair candidate's screen
// (hot seat) no hidden fact, key point, probe bank or reference can appear.
#pragma once

#include "app/canvas_view.hpp"
#include "app/facts_panel.hpp"
#include "app/interviewer_feed.hpp"
#include "app/panel.hpp"
#include "app/session_focus.hpp"
#include "app/stage_stepper.hpp"
#include "core/pair/candidate_view.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

class AppState;

class SessionScreen final : public Panel {
public:
    const char* name() const override { return "Session"; }
    bool shownIn(const PanelContext& ctx) const override;
    void draw(PanelContext& ctx) override;
    // Called when a new session starts: drops view state of the last one.
    void reset();

private:
    void drawTopBar(AppState& app);
    void drawPauseCover(AppState& app);
    void drawStagePanel(AppState& app);
    void drawNotes(AppState& app);
    void drawCanvas(AppState& app);
    void handleShortcuts(AppState& app);
    void moveFocus(SessionField field);
    void cycleFocus(bool backwards);
    void drawHeldMove(AppState& app);
    void goToStage(AppState& app, StageIndex stage);
    void requestEnd(AppState& app);
    void refreshView(AppState& app);

    CandidateView m_view;  // this frame's
    std::optional<std::uint64_t> m_viewRevision;  // Rehearsal::revision() m_view was built at
    StageStepper m_stepper;
    InterviewerFeed m_feed;
    FactsPanel m_facts;
    CanvasView m_canvas;
    std::vector<CanvasCommand> m_canvasCommands;

    // The notes box edits this copy; every change goes to the rehearsal
    // (Rehearsal::typeNotes), which journals it at most once a second.
    std::string m_notes;
    std::optional<StageIndex> m_notesStage;  // the stage m_notes holds; none after a reset
    bool m_notesEditing = false;  // the notes box was active last frame
    bool m_confirmEnd = false;

    SessionFocus m_focus;
    // A move held back by a "before we move on" probe: the note about it
    // opens where the click was.
    bool m_showHeldMove = false;
    ImVec2 m_heldAnchor;
    ImVec2 m_nextButtonMin, m_nextButtonMax;  // where keyboard moves anchor it
};

}  // namespace rehearse
