#include "core/session/notes_edit.hpp"

#include <algorithm>

namespace rehearse {
namespace {

// A position where a character starts (or the end): not a continuation byte.
bool isCharacterBoundary(const std::string& text, std::size_t pos) {
    return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

}  // namespace

EditNotes notesEdit(StageIndex stage, const std::string& before, const std::string& after) {
    const std::size_t shorter = std::min(before.size(), after.size());
    std::size_t prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < shorter - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    // The bytes kept on either side are equal in both texts, so one check
    // per end suffices for the suffix; the prefix ends where the texts
    // differ, so both are checked there.
    while (prefix > 0 && !(isCharacterBoundary(before, prefix) && isCharacterBoundary(after, prefix))) --prefix;
    while (suffix > 0 && !isCharacterBoundary(before, before.size() - suffix)) --suffix;
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
    if (!isCharacterBoundary(notes, edit.offset) || !isCharacterBoundary(notes, edit.offset + edit.erase))
        return false;
    notes.replace(edit.offset, edit.erase, edit.insert);
    return true;
}

}  // namespace rehearse
