// Form fields bound to a scenario draft (core/authoring/scenario_draft.hpp):
// each widget reads and writes the value at one JSON pointer and shows the
// draft's diagnostics for that pointer under it, as the author types.
//
// Typing into a field is one undo step (the draft merges it); Ctrl+Z is the
// editor's, not the text box's (ImGuiInputTextFlags_NoUndoRedo), so one undo
// history covers every field.
#pragma once

#include "app/soft_wrap_box.hpp"
#include "core/authoring/draft_check.hpp"
#include "core/authoring/fresh_entries.hpp"
#include "core/authoring/scenario_draft.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace rehearse {

class DraftForm {
public:
    // Each frame, before the first field. `check`: the findings to show;
    // `fresh`: the entries just added (an edit ends that), `hints` what to
    // fill in for each (FreshEntries::hints), shown with the entry's findings.
    void begin(ScenarioDraft& draft, const DraftCheck& check, FreshEntries& fresh,
               const std::map<std::string, std::string>& hints);
    // After undo or redo: the field that changed takes the keyboard with its new value.
    void refocus(std::string pointer) {
        m_typing.clear();
        m_refocus = std::move(pointer);
    }
    // The pointer of the field last edited (Ctrl+Z's target), for scrolling to it.
    const std::string& typing() const { return m_typing; }

    // Each returns true when the value changed this frame.
    bool text(const char* label, const std::string& pointer, const char* hint = "");
    bool multiline(const char* label, const std::string& pointer, float lines, const char* hint = "");
    bool number(const char* label, const std::string& pointer, double step);
    bool integer(const char* label, const std::string& pointer, int minimum, int maximum);
    bool checkbox(const char* label, const std::string& pointer);
    // One of `choices` (value, shown); an empty value removes the member (an optional field).
    bool choice(const char* label, const std::string& pointer,
                const std::vector<std::pair<std::string, std::string>>& choices);
    // An array of strings, one per line (asks) or comma-separated on one line (tags).
    bool lines(const char* label, const std::string& pointer, float height, const char* hint = "");
    bool commaList(const char* label, const std::string& pointer, const char* hint = "");
    // An array of concepts: one concept per line, its phrases separated by '|'.
    bool concepts(const char* label, const std::string& pointer, float height, const char* hint = "");

    // The diagnostics at `pointer` (with `within`, also inside it), in their colours.
    void diagnostics(const std::string& pointer, bool within = false);
    // What a block of findings drawn now shows, `now` being what the check
    // says. The form holds still under the cursor: while a field has the
    // keyboard, a block drawn above it shows what it showed when typing
    // began (findings appearing or going there would move the field), and
    // catches up when the author leaves the field. The field's own block and
    // those below it show `now` (they move only what is below the cursor).
    std::vector<FieldDiagnostic> steady(const std::string& block, const std::vector<const FieldDiagnostic*>& now);

private:
    // The label column, then the widget's width for what is left.
    void label(const char* text, const std::string& pointer);
    bool edited(const std::string& pointer, ScenarioDraft::Json value);
    void track(const std::string& pointer);

    ScenarioDraft* m_draft = nullptr;
    const DraftCheck* m_check = nullptr;
    FreshEntries* m_fresh = nullptr;
    const std::map<std::string, std::string>* m_hints = nullptr;
    std::string m_typing;   // the field being typed into, while it keeps the keyboard
    std::string m_refocus;  // the field to give the keyboard to when it is drawn
    // steady(): the field that had the keyboard last frame and this one, whether
    // this frame has drawn it yet, each block's findings as last shown, and
    // the height the typed field's own block has reached (it does not shrink
    // while typed in, so the fields below do not jump up and back).
    std::string m_keyboardField;
    std::string m_keyboardFieldNow;
    bool m_keyboardFieldDrawn = false;
    std::map<std::string, std::vector<FieldDiagnostic>> m_blocksShown;
    float m_ownBlockHeight = 0;
    SoftWrapBox m_wrapBox;  // the multi-line boxes
};

}  // namespace rehearse
