#include "core/text/concept_phrase_lint.hpp"

#include "core/text/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace rehearse {

namespace {

// Common words of answers and questions whose Snowball stem other words
// share: "ip" / "ips", "several" / "severity", "experience" / "experiment",
// "author" / "authorization", "position" / "positive", "product" /
// "production", "personal" / "personalization", "general" / "generalization",
// "organ" / "organization", "universe" / "university", "precise" /
// "precision". The stemmer guards
// the pairs found so far (stemmer.cpp); this catches the next one.
constexpr std::array<std::string_view, 15> kCommonWords = {
    "ip",     "several", "experience", "author",  "position", "positive", "product",
    "production", "personal", "general", "organ", "universe", "person", "news", "precise"};

// Words that name a whole area rather than an idea: one of them alone as a
// key point concept is covered by any passing mention ("no drift expected").
constexpr std::array<std::string_view, 30> kGenericWords = {
    "slice",     "slices",    "segment",  "segments", "cohort",   "cohorts", "monitor", "monitoring",
    "drift",     "baseline",  "baselines", "dashboard", "dashboards", "alert", "alerts", "model",
    "models",    "data",      "feature",  "features", "metric",   "metrics", "test",    "testing",
    "evaluation", "performance", "quality", "pipeline", "system",   "analysis"};

// Endings that keep a word in its family: "position" / "positional",
// "ip" / "ips" is not one (a two-letter word plus "s" is an acronym).
constexpr std::array<std::string_view, 10> kInflections = {"s", "es", "ed", "d", "ing", "er", "ers", "al", "ally", "ly"};

bool sameFamily(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (a == b) return true;
    if (a.size() <= 3 || b.compare(0, a.size(), a) != 0) return false;
    const std::string_view rest = b.substr(a.size());
    return std::find(kInflections.begin(), kInflections.end(), rest) != kInflections.end();
}

}  // namespace

std::vector<std::string> conceptPhraseProblems(const std::string& phrase, Stemmer& stemmer, bool keyPoint) {
    std::vector<std::string> problems;
    const std::vector<std::string> words = tokenWords(phrase);
    if (keyPoint && words.size() == 1 &&
        std::find(kGenericWords.begin(), kGenericWords.end(), words.front()) != kGenericWords.end())
        problems.push_back("concept phrase '" + phrase + "' is one generic word, so any mention covers it (\"no " +
                           words.front() + " expected\"); name the idea, e.g. '" + words.front() + " by country' or '" +
                           words.front() + " alert'");
    for (const std::string& word : words) {
        const std::string wordStem = stemmer.stem(word);
        for (std::string_view common : kCommonWords) {
            const std::string commonWord(common);
            if (sameFamily(word, common) || stemmer.stem(commonWord) != wordStem) continue;
            problems.push_back("concept phrase '" + phrase + "': '" + word + "' stems to '" + wordStem +
                               "' like the unrelated word '" + commonWord + "', so answers saying '" + commonWord +
                               "' would match it; write the phrase another way");
            break;
        }
    }
    return problems;
}

}  // namespace rehearse
