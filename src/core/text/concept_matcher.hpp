// Finds concepts in free text: the engine behind coverage, pitfall signs and
// "mention" probes (docs/scenario-format.md, "Key points").
//
// A concept is a list of alternative phrases. A phrase matches when the stems
// of its words appear contiguously, inside one sentence, in the stems of the
// text: "precision-recall curves" matches the phrase "precision recall curve".
// Closed-up spellings match too: the phrase "real time" matches "realtime" and
// the phrase "dataset" matches "data set". Abbreviations match their spelled-
// out forms (text/abbreviations.hpp), everyday wordings of deployment
// practice match each other (text/paraphrases.hpp), and a phrase that starts or ends with
// "only" or "just" matches with that word at either end ("pick rate only",
// "only pick rate"). A phrase of two content words also matches
// them in any order, close together inside one clause: "time-based split"
// finds "split by time", "probability calibration" finds "calibrated
// probabilities".
//
// With MatchOptions, a match must also be said, not just named
// (text/statement.hpp): affirmed, in a statement.
//
// Owns a Stemmer, so one matcher per thread. Phrases are prepared once and
// cached, texts are analysed once with analyze() and then searched many times.
#pragma once

#include "core/scenario/scenario.hpp"
#include "core/text/analyzed_text.hpp"
#include "core/text/stemmer.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rehearse {

struct PhraseMatch {
    std::size_t phraseIndex = 0;   // which alternative of the concept matched
    std::string phrase;            // that alternative, as written in the scenario
    std::size_t sentenceIndex = 0;
    std::string sentence;          // the evidence, cleaned for display
    std::size_t begin = 0;         // byte range of the matched words in the source
    std::size_t end = 0;
    std::size_t firstToken = 0;    // token range of the matched words
    std::size_t endToken = 0;
};

struct MatchOptions {
    // Ignore sentences that reject anything at all ("not accuracy"; see
    // negation.hpp): the cautious rule for pitfall signs and mention probes.
    bool skipNegated = false;
    // Ignore matches a rejection covers: dismissed ("X is overkill", "we
    // don't need X"), or negated ("not X", "without X") unless the phrase
    // names a problem ("no leakage").
    bool affirmedOnly = false;
    // With affirmedOnly: a negated problem is set aside too. A pitfall sign
    // "one harmful label" is not made by "not one harmful label".
    bool problemsNegatedToo = false;
    // Ignore matches that state nothing: headings, questions, short items
    // of bare lists, words alone, vague promises.
    bool statementsOnly = false;
    // With statementsOnly: questions count (what was asked while clarifying).
    bool questionsCount = false;
    // Ignore headings and questions: asking "accuracy or PR-AUC?" or titling
    // a section "Human review" makes no claim, so it cannot be a mistake.
    bool claimsOnly = false;
};

// Why the first match that an option set aside did not count; empty when
// nothing was set aside. For explanations: "rejected by 'is unnecessary'".
struct SkippedMatch {
    std::string phrase;
    std::string sentence;
    std::string reason;
};

class ConceptMatcher {
public:
    AnalyzedText analyze(std::string text);

    // The first match in text order; among phrases matching at the same place,
    // the one listed first in the concept.
    std::optional<PhraseMatch> find(const Concept& concept, const AnalyzedText& text,
                                    MatchOptions options = {}, SkippedMatch* skipped = nullptr);
    std::optional<PhraseMatch> find(const Concept& concept, std::string_view text,
                                    MatchOptions options = {}, SkippedMatch* skipped = nullptr);
    // Every match the options accept, in text order; `sentence` is left empty
    // (text.sentenceText(sentenceIndex) gives it), so a long text stays cheap.
    std::vector<PhraseMatch> findAll(const Concept& concept, const AnalyzedText& text, MatchOptions options = {});

    // Stems of every word of `text`, in order (stop words kept).
    std::vector<std::string> stems(std::string_view text);
    Stemmer& stemmer() { return m_stemmer; }

private:
    struct PreparedPhrase {
        std::vector<std::string> stems;
        std::string closedUp;      // the words written together: "realtime"
        std::string closedUpStem;
        bool namesProblem = false; // "leakage", "position bias": see text/statement.hpp
        std::vector<std::string> contentStems;  // without stop words, for matching in any order
        bool restricted = false;   // holds "no", "only", ...: its word order is its meaning
        // "of" in "time of day": in that order the two words are linked by
        // it, and "times a day" (another link) says something else.
        std::string link;
        bool enumerates = false;   // written as a list ("health, religion", "comments and shares"): may span a list's items
        // "monitor latency": a lead that distributes over a list ("Monitor
        // index lag, QPS and latency") and the words it governs, stop words
        // after the lead dropped. Empty when the phrase has no such lead.
        std::string leadStem;  // the lead's kind: "track" and "watch" are "monitor"
        std::vector<std::string> governedStems;
        // A match starts at a token with one of these stems or words (see addPossibleStarts()).
        std::vector<std::string> startStems;
        std::vector<std::string> startWords;
    };
    // The phrase and its variants (abbreviations, word order), prepared.
    const std::vector<PreparedPhrase>& prepare(const std::string& phrase);
    PreparedPhrase prepareWords(const std::vector<std::string>& words);
    // Why options set aside a match at tokens [first, end), or nullptr.
    std::vector<PhraseMatch> scan(const Concept& concept, const AnalyzedText& text, const MatchOptions& options,
                                  SkippedMatch* skipped, bool firstOnly);
    const char* setAside(const PreparedPhrase& phrase, const AnalyzedText& text, std::size_t first, std::size_t end,
                         const MatchOptions& options, std::string& cue) const;
    bool matchesAt(const PreparedPhrase& phrase, const AnalyzedText& text, std::size_t at,
                   std::size_t& endToken);
    // Appends every token at which matchesAt() can match the phrase (a superset).
    static void addPossibleStarts(const PreparedPhrase& phrase, const AnalyzedText& text,
                                  std::vector<std::size_t>& starts);

    Stemmer m_stemmer;
    std::unordered_map<std::string, std::vector<PreparedPhrase>> m_phrases;
    // Abbreviation and paraphrase groups of forms, as words.
    std::vector<std::vector<std::vector<std::string>>> m_interchangeable;
};

}  // namespace rehearse
