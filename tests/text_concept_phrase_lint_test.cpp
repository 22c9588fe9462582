#include "core/text/concept_phrase_lint.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

bool problemsMention(const std::vector<std::string>& problems, const std::string& part) {
    for (const std::string& problem : problems)
        if (problem.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("phrase lint: a word that stems like an unrelated common word is reported", "[text][lint]") {
    Stemmer stemmer;
    // "ips" (inverse propensity scoring) stems to "ip": every IP address would cover it.
    const auto ips = conceptPhraseProblems("ips", stemmer, true);
    REQUIRE(ips.size() == 1);
    CHECK(problemsMention(ips, "'ips' stems to 'ip' like the unrelated word 'ip'"));
    // The stemmer keeps these apart (stemmer.cpp guards), so the lint is quiet.
    CHECK(conceptPhraseProblems("severity tiers", stemmer, true).empty());
    CHECK(conceptPhraseProblems("online experiment", stemmer, true).empty());
    CHECK(conceptPhraseProblems("false positive rate", stemmer, true).empty());
    // Words of one family are no collision.
    CHECK(conceptPhraseProblems("position bias", stemmer, true).empty());
    CHECK(conceptPhraseProblems("positional features", stemmer, true).empty());
    // Guarded: "simple and precise" never reads as precision.
    CHECK(conceptPhraseProblems("precision at k", stemmer, true).empty());
    CHECK(conceptPhraseProblems("shared ip", stemmer, false).empty());
}

TEST_CASE("phrase lint: one generic word as a key point concept is reported", "[text][lint]") {
    Stemmer stemmer;
    CHECK(problemsMention(conceptPhraseProblems("drift", stemmer, true), "one generic word"));
    CHECK(problemsMention(conceptPhraseProblems("Slice", stemmer, true), "one generic word"));
    CHECK(conceptPhraseProblems("feature drift", stemmer, true).empty());
    CHECK(conceptPhraseProblems("calibration", stemmer, true).empty());
    // A pitfall sign may be one word: "accuracy" is the mistake itself.
    CHECK(conceptPhraseProblems("drift", stemmer, false).empty());
}
