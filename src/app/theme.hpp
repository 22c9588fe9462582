// A calm light theme and the few named colours the panels share, so that
// "done", "current" and "over time" mean the same colour everywhere.
#pragma once

#include <imgui.h>

namespace rehearse {

namespace palette {
inline const ImVec4 accent{0.20f, 0.42f, 0.85f, 1.0f};
inline const ImVec4 accentSoft{0.86f, 0.91f, 0.99f, 1.0f};
inline const ImVec4 done{0.18f, 0.60f, 0.40f, 1.0f};
inline const ImVec4 warning{0.85f, 0.38f, 0.12f, 1.0f};
inline const ImVec4 muted{0.45f, 0.48f, 0.54f, 1.0f};
inline const ImVec4 text{0.13f, 0.15f, 0.19f, 1.0f};
inline const ImVec4 panel{0.985f, 0.987f, 0.992f, 1.0f};
inline const ImVec4 background{0.94f, 0.95f, 0.965f, 1.0f};
inline const ImVec4 interviewer{0.95f, 0.96f, 0.99f, 1.0f};
inline const ImVec4 candidate{0.93f, 0.97f, 0.94f, 1.0f};
inline const ImVec4 probe{1.0f, 0.96f, 0.88f, 1.0f};
}  // namespace palette

// Sizes scale with `scale` (the monitor's content scale), never raw pixels.
void applyTheme(float scale);

}  // namespace rehearse
