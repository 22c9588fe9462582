// The canvas's undo history as a list: a popover from the toolbar's History
// button (or Ctrl+H on the canvas) with the newest step first, each named by
// describeCanvasCommand, the current step marked and the undone ones above it
// greyed. A click, or Enter on a step reached with the arrow keys, asks to go
// to that step; the list stays open so the board can be stepped through.
//
// It changes nothing itself: the caller takes the step asked for and reaches
// it (CanvasEditor::goToStep, or in a session the undo and redo actions that
// are journalled).
#pragma once

#include "core/canvas/canvas_editor.hpp"

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace rehearse {

class CanvasHistoryPanel {
public:
    // Opens the list on the next draw, its bottom-left corner at `anchor`
    // (the History button's top-left, so it rises over the board).
    void open(ImVec2 anchor);
    // Call every frame from the same ID scope; returns the step clicked.
    std::optional<std::size_t> draw(const CanvasEditor& history, const char* widgetHandle);
    // Labels measured for the list's width so far: every step's once per
    // change of the history (or of the font), not each frame.
    std::size_t labelsMeasured() const { return m_labelsMeasured; }

private:
    // The widest step label without "(now)", and what it was measured for:
    // the history changes only with an edit (a new document revision) or
    // when it is cleared (a new number of steps).
    float widestStep(const CanvasEditor& history);
    float m_widest = 0;
    std::uint64_t m_measuredRevision = 0;
    std::size_t m_measuredSteps = 0;
    float m_measuredFontSize = 0;
    std::size_t m_labelsMeasured = 0;
    bool m_openRequested = false;
    bool m_justOpened = false;
    ImVec2 m_anchor;
};

}  // namespace rehearse
