#include "core/session/notes_edit.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>

namespace rehearse {

EditNotes notesEdit(StageIndex stage, const std::string& before, const std::string& after) {
    const std::size_t shorter = std::min(before.size(), after.size());
    std::size_t prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < shorter - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    // Whether a character starts at an end depends on the bytes on both
    // sides of it, and those differ between the texts, so both are checked.
    while (prefix > 0 && !(isUtf8Boundary(before, prefix) && isUtf8Boundary(after, prefix))) --prefix;
    while (suffix > 0 &&
           !(isUtf8Boundary(before, before.size() - suffix) && isUtf8Boundary(after, after.size() - suffix)))
        --suffix;
    EditNotes edit;
    edit.stage = stage;
    edit.offset = prefix;
    edit.erase = before.size() - suffix - prefix;
    edit.insert = after.substr(prefix, after.size() - suffix - prefix);
    return edit;
}

bool changesNotes(const EditNotes& edit) { return edit.erase > 0 || !edit.insert.empty(); }

bool applyNotesEdit(std::string& notes, const EditNotes& edit) {
    if (!changesNotes(edit)) return false;
    if (edit.offset > notes.size() || edit.erase > notes.size() - edit.offset) return false;
    if (!isUtf8Boundary(notes, edit.offset) || !isUtf8Boundary(notes, edit.offset + edit.erase))
        return false;
    notes.replace(edit.offset, edit.erase, edit.insert);
    return true;
}

}  // namespace rehearse
