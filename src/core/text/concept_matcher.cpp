#include "core/text/concept_matcher.hpp"

#include "core/text/negation.hpp"

namespace rehearse {

AnalyzedText ConceptMatcher::analyze(std::string text) {
    AnalyzedText out;
    out.source = std::move(text);
    out.tokens = tokenize(out.source);
    out.sentences = splitSentences(out.source);
    out.stems.reserve(out.tokens.size());
    out.sentenceOf.reserve(out.tokens.size());
    std::size_t sentence = 0;
    for (const Token& token : out.tokens) {
        out.stems.push_back(m_stemmer.stem(token.word));
        // Tokens never straddle a boundary: boundaries are punctuation or line breaks.
        while (sentence + 1 < out.sentences.size() && token.begin >= out.sentences[sentence].end) ++sentence;
        out.sentenceOf.push_back(sentence);
    }
    return out;
}

std::vector<std::string> ConceptMatcher::stems(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& token : tokenize(text)) out.push_back(m_stemmer.stem(token.word));
    return out;
}

const ConceptMatcher::PreparedPhrase& ConceptMatcher::prepare(const std::string& phrase) {
    if (auto found = m_phrases.find(phrase); found != m_phrases.end()) return found->second;
    PreparedPhrase prepared;
    for (const Token& token : tokenize(phrase)) {
        prepared.stems.push_back(m_stemmer.stem(token.word));
        prepared.closedUp += token.word;
    }
    prepared.closedUpStem = m_stemmer.stem(prepared.closedUp);
    return m_phrases.emplace(phrase, std::move(prepared)).first->second;
}

bool ConceptMatcher::matchesAt(const PreparedPhrase& phrase, const AnalyzedText& text, std::size_t at,
                               std::size_t& endToken) {
    const std::size_t count = phrase.stems.size();
    const std::size_t sentence = text.sentenceOf[at];

    // Word for word.
    if (at + count <= text.tokens.size() && text.sentenceOf[at + count - 1] == sentence) {
        bool all = true;
        for (std::size_t i = 0; i < count && all; ++i) all = text.stems[at + i] == phrase.stems[i];
        if (all) { endToken = at + count; return true; }
    }
    // The phrase's words written as one ("realtime" for "real time").
    if (count > 1 && (text.tokens[at].word == phrase.closedUp || text.stems[at] == phrase.closedUpStem)) {
        endToken = at + 1;
        return true;
    }
    // One phrase word written as two ("data set" for "dataset"); only worth
    // stemming the pair when the first token is a prefix of the phrase word.
    if (count == 1 && at + 1 < text.tokens.size() && text.sentenceOf[at + 1] == sentence) {
        const std::string& first = text.tokens[at].word;
        if (first.size() < phrase.closedUp.size() && phrase.closedUp.compare(0, first.size(), first) == 0) {
            const std::string joined = first + text.tokens[at + 1].word;
            if (joined == phrase.closedUp || m_stemmer.stem(joined) == phrase.closedUpStem) {
                endToken = at + 2;
                return true;
            }
        }
    }
    return false;
}

std::optional<PhraseMatch> ConceptMatcher::find(const Concept& concept, const AnalyzedText& text,
                                                MatchOptions options) {
    std::vector<const PreparedPhrase*> phrases;
    phrases.reserve(concept.size());
    for (const std::string& phrase : concept) phrases.push_back(&prepare(phrase));

    std::vector<char> negated;
    if (options.skipNegated) {
        negated.resize(text.sentences.size());
        for (std::size_t s = 0; s < text.sentences.size(); ++s) negated[s] = sentenceIsNegated(text, s);
    }

    for (std::size_t at = 0; at < text.tokens.size(); ++at) {
        if (options.skipNegated && negated[text.sentenceOf[at]]) continue;
        for (std::size_t p = 0; p < phrases.size(); ++p) {
            if (phrases[p]->stems.empty()) continue;  // a phrase of punctuation matches nothing
            std::size_t endToken = at;
            if (!matchesAt(*phrases[p], text, at, endToken)) continue;
            PhraseMatch match;
            match.phraseIndex = p;
            match.phrase = concept[p];
            match.sentenceIndex = text.sentenceOf[at];
            match.sentence = text.sentenceText(match.sentenceIndex);
            match.begin = text.tokens[at].begin;
            match.end = text.tokens[endToken - 1].end;
            return match;
        }
    }
    return std::nullopt;
}

std::optional<PhraseMatch> ConceptMatcher::find(const Concept& concept, std::string_view text,
                                                MatchOptions options) {
    return find(concept, analyze(std::string(text)), options);
}

}  // namespace rehearse
