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
inline ImVec4 rail, track;                    // stepper connectors / inactive dots; progress bar troughs
inline ImVec4 easy, medium, hard;             // difficulty badges
}  // namespace palette

enum class ThemeKind { Light, Dark };

// Sets ImGui's style and the palette. Sizes scale with `scale` (the
// monitor's content scale), never raw pixels. Call on a fresh ImGuiStyle.
void applyTheme(float scale, ThemeKind kind = ThemeKind::Light);

}  // namespace rehearse
