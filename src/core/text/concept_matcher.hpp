// Finds concepts in free text: the engine behind coverage, pitfall signs and
// "mention" probes (docs/scenario-format.md, "Key points").
//
// A concept is a list of alternative phrases. A phrase matches when the stems
// of its words appear contiguously, inside one sentence, in the stems of the
// text: "precision-recall curves" matches the phrase "precision recall curve".
// Closed-up spellings match too: the phrase "real time" matches "realtime" and
// the phrase "dataset" matches "data set".
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
};

struct MatchOptions {
    // Ignore sentences that reject what they name ("not accuracy"); see negation.hpp.
    bool skipNegated = false;
};

class ConceptMatcher {
public:
    AnalyzedText analyze(std::string text);

    // The first match in text order; among phrases matching at the same place,
    // the one listed first in the concept.
    std::optional<PhraseMatch> find(const Concept& concept, const AnalyzedText& text,
                                    MatchOptions options = {});
    std::optional<PhraseMatch> find(const Concept& concept, std::string_view text,
                                    MatchOptions options = {});

    // Stems of every word of `text`, in order (stop words kept).
    std::vector<std::string> stems(std::string_view text);
    Stemmer& stemmer() { return m_stemmer; }

private:
    struct PreparedPhrase {
        std::vector<std::string> stems;
        std::string closedUp;      // the words written together: "realtime"
        std::string closedUpStem;
    };
    const PreparedPhrase& prepare(const std::string& phrase);
    bool matchesAt(const PreparedPhrase& phrase, const AnalyzedText& text, std::size_t at,
                   std::size_t& endToken);

    Stemmer m_stemmer;
    std::unordered_map<std::string, PreparedPhrase> m_phrases;
};

}  // namespace rehearse
