// A small thesaurus of the everyday words candidates use for the same thing
// when they ask an interviewer about a system: "fast" / "quick" / "soon",
// "photo" / "picture" / "image", "existing" / "current" / "baseline".
//
// The scenario's `asks` carry each fact's own synonyms; this table covers the
// general vocabulary no scenario author should have to repeat. Groups hold
// only words that mean the same in every scenario we know of: a word with a
// second sense in common use ("share" as a social action, "target" as ad
// targeting, "load" as in "the page loads") is left out rather than risk a wrong
// answer. Lookups are on stems, so inflections come for free.
#pragma once

#include "core/text/stemmer.hpp"

#include <string>
#include <unordered_map>

namespace rehearse {

class SynonymTable {
public:
    // Stems the built-in groups with `stemmer` (used only while constructing).
    explicit SynonymTable(Stemmer& stemmer);

    // The group's name ("~speed") for a stem in a group, else the stem itself.
    const std::string& canonical(const std::string& stem) const;

private:
    std::unordered_map<std::string, std::string> m_groupOf;
};

}  // namespace rehearse
