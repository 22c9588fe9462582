// The debrief after "End interview": draws a Debrief (core/interviewer/
// debrief.hpp) in four tabs and lets the user rate themselves and export it.
//
//   Coverage        per stage: progress, covered points with evidence, missed
//                   points with why, pitfalls, and the user's notes beside the
//                   reference; plus the time table
//   Conversation    probes with the user's answers, clarifying questions with
//                   the answers, important facts never asked
//   Reference       the reference summary; the user's canvas beside the
//                   reference diagram (read-only canvases, pan and zoom)
//   Self-assessment a slider per hiring dimension and notes for next time
//
// "Export Markdown" writes core/export/debrief_markdown to a path the user
// can edit. Holds the debrief and view state only; no session access.
#pragma once

#include "app/canvas_view.hpp"
#include "core/canvas/canvas_document.hpp"
#include "core/interviewer/debrief.hpp"
#include "core/session/session.hpp"

#include <functional>
#include <string>

namespace rehearse {

class DebriefScreen {
public:
    // Called when the user finishes editing a rating or the notes, so the
    // owner can record it (DebriefView turns it into a session action).
    std::function<void(const SelfAssessment&)> onSelfAssessmentChanged;

    // Shows `debrief`; `userCanvas` is the user's canvas, drawn beside the reference.
    void show(Debrief debrief, const CanvasDocument& userCanvas);
    // Shows the debrief of a finished (or running) session, with the line
    // that says why a pair interview ended early, when it did.
    void showSession(const Session& session);
    bool hasDebrief() const { return m_hasDebrief; }
    Debrief& debrief() { return m_debrief; }
    const Debrief& debrief() const { return m_debrief; }

    // Where "Export Markdown" writes; default "<scenario id>-debrief.md" in exportDirectory().
    void setExportPath(std::string path) { m_exportPath = std::move(path); }
    const std::string& exportPath() const { return m_exportPath; }
    // Writes the Markdown now; false (with a message shown) when it cannot.
    bool exportMarkdown();

    enum class Tab { Coverage, Conversation, Reference, SelfAssessment };
    // Brings `tab` to the front on the next draw.
    void selectTab(Tab tab) { m_pendingTab = tab; m_hasPendingTab = true; }

    // Draws into the current window's remaining region.
    void draw();

private:
    void drawHeader();
    void drawCoverageTab();
    void drawStage(const StageDebrief& stage);
    void drawTimeTable();
    void drawDimensionTable();
    void drawConversationTab();
    void drawReferenceTab();
    void drawSelfAssessmentTab();

    Debrief m_debrief;
    bool m_hasDebrief = false;
    std::string m_endedEarly;  // why the pair interview stopped before its end (core/pair/ended_early.hpp)
    CanvasDocument m_userCanvas;
    CanvasDocument m_referenceCanvas;
    CanvasView m_userView;
    CanvasView m_referenceView;
    Tab m_pendingTab = Tab::Coverage;
    bool m_hasPendingTab = false;
    std::string m_exportPath;
    std::string m_exportMessage;
    bool m_exportFailed = false;
};

}  // namespace rehearse
