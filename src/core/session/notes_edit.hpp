// Notes change as one byte range replaced (EditNotes), so that a journal of a
// long note stays linear in what was typed. The app still hands over the
// whole text once a second; notesEdit() turns it into the one range that
// differs from what the session holds, and applyNotesEdit() is its inverse
// on replay: applying notesEdit(before, after) to `before` gives `after`,
// byte for byte.
#pragma once

#include "core/session/action.hpp"

#include <string>

namespace rehearse {

// The smallest single edit (common prefix and suffix kept) that turns
// `before` into `after`, its ends moved outwards to UTF-8 character
// boundaries so the inserted text is whole characters. Equal texts give an
// edit that erases and inserts nothing.
EditNotes notesEdit(StageIndex stage, const std::string& before, const std::string& after);

// Whether the edit erases or inserts anything.
bool changesNotes(const EditNotes& edit);

// Applies `edit` to `notes` (the stage is the caller's business). Refused,
// with `notes` untouched, when the range does not lie inside the notes or
// would cut a UTF-8 character in two, or when it changes nothing.
bool applyNotesEdit(std::string& notes, const EditNotes& edit);

}  // namespace rehearse
