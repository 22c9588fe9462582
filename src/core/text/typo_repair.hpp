// "latnecy" for "latency", "arround" for "around": a slip of the fingers in a
// typed question, repaired against the words the scenario itself uses, so
// that one swapped or doubled letter does not hide the word that mattered.
//
// Only the slips that rarely make another real word are repaired: two
// adjacent letters swapped, a letter doubled or a double letter typed once.
// A single wrong letter is left alone ("shops" is not "shows").
#pragma once

#include <optional>
#include <string>
#include <unordered_set>

namespace rehearse {

class TypoRepair {
public:
    // Words are lower-case tokens from tokenize().
    void addKnownWord(const std::string& word);

    // The known word `word` is a slip of: one only, of at least five letters.
    // Nothing when `word` is known, short, or near no known word or several.
    std::optional<std::string> repair(const std::string& word) const;

private:
    std::unordered_set<std::string> m_known;
};

}  // namespace rehearse
