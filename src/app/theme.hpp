// A calm light theme and the few named colours the panels share, so that
// "done", "current" and "over time" mean the same colour everywhere.
#pragma once

#include <imgui.h>

namespace rehearse {

// The current theme's colours; applyTheme() sets them. Panels draw with
// these (or the style's), never with literal colours, so both themes read.
namespace palette {
inline ImVec4 accent, accentSoft, done, warning, muted, text, panel, background;
inline ImVec4 interviewer, candidate, probe;  // feed cards by speaker
inline ImVec4 chip, chipText;                 // neutral chips and badges
inline ImVec4 accentHover;                    // the primary button under the mouse
// Filled buttons with white text (Start rehearsal, Resume, a chosen chip):
// at least 4.5:1 against white in both themes, which the dark theme's light
// accent is not (2.8:1).
inline ImVec4 primary, primaryHover;
inline ImVec4 rail, track;                    // stepper connectors / inactive dots; progress bar troughs
inline ImVec4 easy, medium, hard;             // difficulty badges
// The canvas board (Settings::board): exports stay on the light board.
inline bool darkBoard = false;
}  // namespace palette

enum class ThemeKind { Light, Dark };

// Sets ImGui's style and the palette. Sizes scale with `scale` (the
// monitor's content scale), never raw pixels. Call on a fresh ImGuiStyle.
void applyTheme(float scale, ThemeKind kind = ThemeKind::Light);

}  // namespace rehearse
