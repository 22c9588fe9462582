// Every keyboard shortcut of the app in one list, and the overlay that shows
// it (F1 anywhere, or ? when no text field has the keyboard). The README's
// "Keyboard" section lists the same entries; a test keeps them in step.
#pragma once

#include "app/panel.hpp"

#include <vector>

namespace rehearse {

struct Shortcut {
    const char* where;  // "Library", "Session", "Canvas", "Everywhere"
    const char* keys;   // as written in the README, e.g. "Ctrl+3, Ctrl+K or /"
    const char* does;
};

const std::vector<Shortcut>& keyboardShortcuts();

class ShortcutHelp final : public Panel {
public:
    const char* name() const override { return "Keyboard shortcuts"; }
    bool shownIn(const PanelContext& ctx) const override;
    // Opens on F1 or ?, closes on Escape, F1 or the button.
    void draw(PanelContext& ctx) override;

private:
    bool m_open = false;
};

}  // namespace rehearse
