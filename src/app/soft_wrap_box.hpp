// A multi-line text box whose text wraps at the box's width while it is not
// typed in. ImGui 1.86's multi-line boxes do not wrap, so a long answer, a
// reference or a sentence tried in the editor was one line running off the
// box. Used by the scenario form and by Try it.
#pragma once

#include <string>

namespace rehearse {

class SoftWrapBox {
public:
    // Draws the box for `value` under ImGui id `id`: at least `rows` lines
    // tall, taller (up to 12 lines) when its text wraps to more, with `hint`
    // drawn inside while it is empty and not typed in (ImGui 1.86's
    // multi-line boxes have no hint). True when the text was edited.
    bool draw(const std::string& id, std::string& value, float rows, const char* hint);

private:
    std::string m_typing;     // the id of the box typed in: it holds the real text, not the wrapped copy
    bool m_restored = false;  // and its buffer has had the real text put back
};

}  // namespace rehearse
