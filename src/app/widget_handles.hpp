// Named widgets: each frame the screens name the widgets a person (or a
// scripted test) acts on or reads, with a stable id ("library.start",
// "session.ask_box", "stepper.stage.2"). With `--dump-widgets FILE` the
// frame's list, with every widget's screen rectangle, visible label and
// whether that label was clipped, is written as JSON; a GUI test clicks
// "library.start" instead of a pixel, and the layout test checks that no
// two named widgets overlap, leave the window or lose part of their label.
// Widgets are grouped by the top-level window they are in ("layer": the
// main window, a popup, the settings window), so a popup is compared with
// itself, not with what it covers. Off (the default) every call is one load
// of a bool.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace rehearse::widget_handles {

namespace detail {
extern bool recording;
}

// Whether a list is being recorded (--dump-widgets); callers that must
// build an id (with a number) check this first.
inline bool recording() { return detail::recording; }

// Starts recording; every frame that differs from the last is written to `path`.
void startRecording(std::string path);

// How a widget's label sits in its rectangle, to tell whether it fits.
enum class LabelFit {
    Framed,  // a button or chip: the label plus the frame's padding on both sides
    Plain,   // text drawn as it is: the rectangle is the text's own
    None,    // a text field or drawing: its content scrolls, nothing to check
};

// Names the last ImGui item. `label` is the text it shows ("##..." and what
// follows are dropped, as ImGui does).
void nameItem(std::string_view id, std::string_view label, LabelFit fit);
inline void nameButton(std::string_view id, std::string_view label) {
    if (recording()) nameItem(id, label, LabelFit::Framed);
}
inline void nameText(std::string_view id, std::string_view label) {
    if (recording()) nameItem(id, label, LabelFit::Plain);
}
// Wrapped text: it takes the lines it needs, only its panel can cut it.
inline void nameWrapped(std::string_view id, std::string_view label) {
    if (recording()) nameItem(id, label, LabelFit::None);
}
inline void nameField(std::string_view id, std::string_view label = {}) {
    if (recording()) nameItem(id, label, LabelFit::None);
}
// An area (the canvas board): only widgets named inside it ("x.board.y")
// may lie on it, and it is not compared with them.
void nameArea(std::string_view id);
// A widget drawn by hand: its rectangle, label, and whether the label had
// to be cut to fit.
void nameRect(std::string_view id, ImVec2 min, ImVec2 max, std::string_view label, bool clipped);

// Frame boundaries, from the frame loop.
void beginFrame();
// Writes the frame's list if it changed (atomically: a reader never sees
// half a file). False with a message when the file cannot be written.
bool endFrame(std::string& error);

}  // namespace rehearse::widget_handles
