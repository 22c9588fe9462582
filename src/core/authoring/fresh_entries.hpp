// Entries the author has just added to a list (a fact, a key point, a
// follow-up, ...) and not edited yet. A new entry is empty by design, so its
// findings ("'text' must not be empty", "'why' must not be empty", ...) say
// nothing the author does not know: while it is untouched the editor shows,
// in their place, one calm hint of what to fill in. Editing any of its
// fields, or trying to save, ends that and every finding shows.
//
// Entries are named by JSON pointer ("/stages/0/key_points/2"). A change that
// can move entries (a removal, an insertion before them, undo) must call
// forget(): a pointer would then name another entry.
#pragma once

#include "core/authoring/draft_check.hpp"

#include <map>
#include <string>
#include <vector>

namespace rehearse {

class FreshEntries {
public:
    void added(const std::string& entry);
    // A field at `pointer` was edited: the entry holding it is no longer fresh.
    void edited(const std::string& pointer);
    // A save was tried: every finding counts from now on.
    void saveTried() { forget(); }
    void forget();
    bool isFresh(const std::string& entry) const;
    // The fresh entries, in the order they were added.
    const std::vector<std::string>& entries() const { return m_entries; }
    // Changes whenever the set of fresh entries does.
    std::size_t revision() const { return m_revision; }

    // `check` as the editor shows it: the findings inside fresh entries left
    // out (the counts and the entries' markers follow). Only the diagnostics
    // are kept: what Save and "try it" use is the full check.
    DraftCheck shown(const DraftCheck& check) const;
    // For each fresh entry with errors: "Fill in the text, why and concepts."
    // (the members its errors are about, in file order).
    std::map<std::string, std::string> hints(const DraftCheck& check) const;
    // What the fresh `entry`'s errors are about, in words: "the text, why and
    // concepts"; empty when it has no error inside a member.
    std::string missingInWords(const DraftCheck& check, const std::string& entry) const;

private:
    std::vector<std::string> m_entries;
    std::size_t m_revision = 0;
};

}  // namespace rehearse
