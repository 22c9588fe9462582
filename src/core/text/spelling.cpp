#include "core/text/spelling.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace rehearse {

namespace {

bool endsWith(std::string_view word, std::string_view suffix) {
    return word.size() >= suffix.size() && word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool startsWith(std::string_view word, std::string_view prefix) {
    return word.size() >= prefix.size() && word.compare(0, prefix.size(), prefix) == 0;
}

// Words ending in -ise where -ise is part of the root, not the verb suffix
// -ise/-ize (sorted, matched on the root before the suffix: "promis" covers
// promise, promised, promising).
constexpr std::string_view kIseRoots[] = {
    "advertis", "advis",   "anis",     "aris",    "bruis",    "chastis",  "circumcis", "clockwis", "compris",
    "compromis", "concis", "cruis",   "demis",   "despis",   "devis",    "disguis",   "enterpris", "excis",
    "exercis",  "expertis", "franchis", "guis",   "improvis", "incis",    "likewis",   "merchandis", "nois",
    "otherwis", "pois",    "prais",   "precis",  "premis",   "promis",   "rais",      "repris",   "revis",
    "ris",      "supervis", "surmis", "surpris", "televis",  "treatis",  "wis"};

// -ise suffix forms -> -ize forms, longest first.
struct Ending {
    std::string_view british;
    std::string_view american;
};
constexpr Ending kIseEndings[] = {
    {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"isers", "izers"}, {"iser", "izer"},
    {"ised", "ized"},         {"ises", "izes"},       {"isable", "izable"}, {"ise", "ize"},
};

// Analyse, paralyse, catalyse: -yse -> -yze.
constexpr Ending kYseEndings[] = {{"ysing", "yzing"}, {"ysed", "yzed"}, {"yses", "yzes"}, {"yser", "yzer"},
                                  {"yse", "yze"}};

// -our words (matched as prefixes: "behaviour" covers "behavioural").
constexpr Ending kOurRoots[] = {
    {"armour", "armor"},   {"behaviour", "behavior"}, {"clamour", "clamor"}, {"colour", "color"},
    {"endeavour", "endeavor"}, {"favour", "favor"},   {"flavour", "flavor"}, {"harbour", "harbor"},
    {"honour", "honor"},   {"humour", "humor"},       {"labour", "labor"},   {"neighbour", "neighbor"},
    {"odour", "odor"},     {"parlour", "parlor"},     {"rigour", "rigor"},   {"rumour", "rumor"},
    {"savour", "savor"},   {"vapour", "vapor"},       {"vigour", "vigor"}};

// -tre words and a few other whole-root differences.
constexpr Ending kOtherRoots[] = {
    {"calibre", "caliber"}, {"catalogue", "catalog"}, {"centre", "center"}, {"dialogue", "dialog"},
    {"fibre", "fiber"},     {"litre", "liter"},       {"metre", "meter"},   {"spectre", "specter"},
    {"theatre", "theater"}, {"defence", "defense"}, {"offence", "offense"},
    {"licence", "license"}, {"judgement", "judgment"}, {"ageing", "aging"}, {"grey", "gray"}};

// Verbs that double their final l in British English: "modelling", "labelled".
constexpr std::string_view kDoubledL[] = {"cancel", "channel", "counsel", "dial",   "equal",  "fuel",
                                          "funnel", "label",   "level",   "marvel", "model",  "panel",
                                          "rival",  "signal",  "total",   "travel", "tunnel", "shovel"};
constexpr std::string_view kDoubledLSuffixes[] = {"ling", "led", "ler", "lers"};

}  // namespace

std::string americanSpelling(const std::string& word) {
    if (word.size() < 4) return word;
    for (const Ending& root : kOurRoots)
        if (startsWith(word, root.british)) return std::string(root.american) + word.substr(root.british.size());
    for (const Ending& root : kOtherRoots)  // the word or its plural only: "centred" stays
        if (word == root.british || (word.size() == root.british.size() + 1 && startsWith(word, root.british) &&
                                     word.back() == 's'))
            return std::string(root.american) + word.substr(root.british.size());
    for (std::string_view root : kDoubledL)
        for (std::string_view suffix : kDoubledLSuffixes)
            if (word.size() == root.size() + suffix.size() && startsWith(word, root) && endsWith(word, suffix))
                return std::string(root) + std::string(suffix.substr(1));
    for (const Ending& ending : kYseEndings)
        if (word.size() > ending.british.size() + 2 && endsWith(word, ending.british))
            return word.substr(0, word.size() - ending.british.size()) + std::string(ending.american);
    for (const Ending& ending : kIseEndings) {
        if (word.size() <= ending.british.size() + 2 || !endsWith(word, ending.british)) continue;
        const std::string root = word.substr(0, word.size() - ending.british.size()) + "is";
        if (std::binary_search(std::begin(kIseRoots), std::end(kIseRoots), std::string_view(root))) return word;
        return word.substr(0, word.size() - ending.british.size()) + std::string(ending.american);
    }
    return word;
}

}  // namespace rehearse
