// Small drawing helpers shared by the panels.
#pragma once

#include "core/session/duration_format.hpp"
#include "core/text/blank_text.hpp"  // isBlank: a field with nothing to send or show

#include <imgui.h>

#include <string>
#include <string_view>

namespace rehearse {

// Em units: multiples of the current font size, so layouts scale with HiDPI.
inline float em(float n) { return ImGui::GetFontSize() * n; }

// A rounded, tinted label ("medium", "ranking").
void drawChip(const char* text, const ImVec4& background, const ImVec4& foreground);
// Same, but clickable; returns true when clicked.
bool chipButton(const char* text, bool selected);


// Text wrapped to `width` pixels by the core's line-breaking rule (numbers
// and their units kept whole).
void wrappedText(std::string_view text, float width);
// Text wrapped to the available width, in a colour.
void wrappedColoredText(const ImVec4& colour, const std::string& text);

// `text` as it fits in one line `width` pixels wide in the current font:
// whole, or cut at a character and ended with an ellipsis ("Payment fr…").
std::string fitToWidth(std::string_view text, float width);

// The width a button with this label takes (frame padding included).
float buttonWidthFor(const char* label);
// Continues the line when the next item, `width` wide, still fits in the
// window; otherwise the item starts a new line. Returns whether it continued.
bool sameLineIfFits(float width);

// Error text: readable on the light and the dark theme alike (the
// palette's "hard" is a badge background).
ImVec4 errorColour();

// The one action a panel leads to, in the accent colour.
bool primaryButton(const char* label, const ImVec2& size = ImVec2(0, 0));

// A heading in the heading font.
void heading(const char* text);

// A ring around the last item, in the accent colour: shows which field has
// the keyboard (ImGui draws none around an active text field).
void focusRing();

}  // namespace rehearse
