// The reference diagram in the scenario editor: the app's own canvas (the
// tools, snapping and labels a candidate uses) over the draft's
// /reference/diagram, with validate --strict's findings about the diagram
// beside it. Every committed canvas edit is one step of the draft's history
// (core/authoring/draft_diagram.hpp writes it back), so the draft's undo,
// diagnostics and Save see the diagram like any other field; the canvas's
// own undo asks the draft's.
#pragma once

#include "app/canvas_view.hpp"
#include "core/authoring/draft_check.hpp"
#include "core/authoring/draft_diagram.hpp"
#include "core/authoring/scenario_draft.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace rehearse {

class EditorDiagram {
public:
    // Draws into the current window, `height` tall. `reveal`: a field the
    // editor is going to (a problem clicked); a diagram entry is selected.
    // Sets the flags when the canvas asked for the draft's undo or redo.
    void draw(ScenarioDraft& draft, const DraftCheck& check, const std::string& reveal, float height,
              bool& undoRequested, bool& redoRequested);

    // The canvas takes the keyboard's shortcuts (it was clicked last).
    bool hasKeyboard() const { return m_view.hasKeyboard(); }

    // `point` is over the board as it showed last frame (the part not
    // scrolled out of the form): the wheel there zooms the board, so the
    // form around it must not scroll as well.
    bool boardContains(ImVec2 point) const {
        return m_boardShown && point.x >= m_boardMin.x && point.x < m_boardMax.x && point.y >= m_boardMin.y &&
               point.y < m_boardMax.y;
    }
    // Not drawn this frame (the reference answer closed): nothing is under the mouse.
    void hide() { m_boardShown = false; }

private:
    void drawFindings(const DraftCheck& check);
    void select(const std::string& pointer);

    DraftDiagram m_diagram;
    CanvasView m_view;
    std::vector<CanvasCommand> m_commands;  // reused every frame
    std::string m_newStage;                 // the stage new blocks belong to ("" none)
    bool m_boardShown = false;              // drawn last frame, at m_boardMin..m_boardMax
    ImVec2 m_boardMin, m_boardMax;
};

}  // namespace rehearse
