#include "core/text/concept_matcher.hpp"

#include "core/text/abbreviations.hpp"
#include "core/text/negation.hpp"
#include "core/text/paraphrases.hpp"
#include "core/text/statement.hpp"
#include "core/text/stop_words.hpp"

#include <algorithm>

namespace rehearse {

namespace {

// Words that may sit at either end of a phrase: "pick rate only" / "only pick rate".
bool isMovableQualifier(const std::string& word) {
    return word == "only" || word == "just" || word == "solely" || word == "purely" || word == "alone";
}

// Function words that carry a phrase's meaning: "no human review" is not
// "human review", "only the video id" is not "video ids". They stay among
// the words a phrase needs, so it never matches without them.
bool restrictsMeaning(const std::string& word) {
    return isMovableQualifier(word) || word == "no" || word == "not" || word == "nor" || word == "without" ||
           word == "never" || word == "none";
}

// Leads that mean the same over a list: "watch X" and "track X" are "monitor X".
std::string leadKind(const std::string& stem) {
    if (stem == "track" || stem == "watch") return "monitor";
    return stem;
}

// Verbs and labels whose list applies them to every item, by the stem's kind
// ("monitoring", "alerts", "tracking"; Snowball stems "measure" to "measur").
bool distributesOverList(const std::string& stem) {
    const std::string kind = leadKind(stem);
    return kind == "monitor" || kind == "alert" || kind == "measur";
}

// Whether the sentence opens with a lead of that kind: its first word after
// a subject ("I would monitor ..."), or a word of its "Label:" lead-in
// ("Online monitoring: ...").
bool sentenceLedBy(const AnalyzedText& text, std::size_t sentence, const std::string& lead, std::size_t before) {
    const SentenceShape& shape = text.shapes[sentence];
    const std::size_t first = afterSpeaker(text, shape.firstToken, shape.endToken);
    const std::size_t end = std::max(shape.labelEnd, first + 1);
    for (std::size_t i = first; i < end && i < before; ++i)
        if (leadKind(text.stems[i]) == lead) return true;
    return false;
}

}  // namespace

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
        out.tokensByStem[out.stems.back()].push_back(out.sentenceOf.size() - 1);
        out.tokensByWord[token.word].push_back(out.sentenceOf.size() - 1);
    }
    analyzeStatements(out);
    return out;
}

std::vector<std::string> ConceptMatcher::stems(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& token : tokenize(text)) out.push_back(m_stemmer.stem(token.word));
    return out;
}

ConceptMatcher::PreparedPhrase ConceptMatcher::prepareWords(const std::vector<std::string>& words) {
    PreparedPhrase prepared;
    for (const std::string& word : words) {
        prepared.stems.push_back(m_stemmer.stem(word));
        prepared.closedUp += word;
    }
    prepared.closedUpStem = m_stemmer.stem(prepared.closedUp);
    prepared.namesProblem = namesProblem(prepared.stems);
    for (std::size_t i = 0; i < words.size(); ++i) {
        prepared.restricted = prepared.restricted || restrictsMeaning(words[i]);
        if (!isStopWord(words[i]) || restrictsMeaning(words[i])) prepared.contentStems.push_back(prepared.stems[i]);
        else if (words[i] == "of" && prepared.contentStems.size() == 1) prepared.link = words[i];
    }
    if (words.size() >= 2 && distributesOverList(prepared.stems.front())) {
        std::size_t i = 1;
        while (i < words.size() && isStopWord(words[i])) ++i;
        if (i < words.size()) {
            prepared.leadStem = leadKind(prepared.stems.front());
            prepared.governedStems.assign(prepared.stems.begin() + static_cast<std::ptrdiff_t>(i), prepared.stems.end());
        }
    }
    // The stems and words a match can start with: one case per way
    // matchesAt() matches, in its order.
    const std::size_t count = prepared.stems.size();
    if (count > 0) prepared.startStems.push_back(prepared.stems.front());
    if (count > 1) {
        prepared.startWords.push_back(prepared.closedUp);
        prepared.startStems.push_back(prepared.closedUpStem);
    }
    if (!prepared.governedStems.empty()) prepared.startStems.push_back(prepared.governedStems.front());
    if (prepared.contentStems.size() == 2 && !prepared.restricted)
        prepared.startStems.insert(prepared.startStems.end(), prepared.contentStems.begin(), prepared.contentStems.end());
    if (count == 1)  // a token that is a shorter prefix of the word: "data" of "data set", "fall" of "falls back"
        for (std::size_t length = 1; length < prepared.closedUp.size(); ++length) {
            prepared.startWords.push_back(prepared.closedUp.substr(0, length));
            // A stem as short as "a" would make every article a place to try.
            if (length >= 3) prepared.startStems.push_back(prepared.closedUp.substr(0, length));
        }
    for (std::vector<std::string>* keys : {&prepared.startStems, &prepared.startWords}) {
        std::sort(keys->begin(), keys->end());
        keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
    }
    return prepared;
}

const std::vector<ConceptMatcher::PreparedPhrase>& ConceptMatcher::prepare(const std::string& phrase) {
    if (auto found = m_phrases.find(phrase); found != m_phrases.end()) return found->second;
    if (m_interchangeable.empty())
        for (const auto* groups : {&abbreviationGroups(), &paraphraseGroups()})
            for (const auto& group : *groups) {
                std::vector<std::vector<std::string>> forms;
                for (std::string_view form : group) forms.push_back(tokenWords(form));
                m_interchangeable.push_back(std::move(forms));
            }

    std::vector<std::vector<std::string>> variants{tokenWords(phrase)};
    const std::vector<std::string> words = variants.front();  // a copy: variants grows below
    const std::vector<std::string> phraseStems = stems(phrase);
    // Abbreviations and paraphrases: replace the first form of a group found in the phrase by each other form.
    for (const auto& group : m_interchangeable) {
        for (const auto& form : group) {
            std::vector<std::string> formStems;
            for (const std::string& word : form) formStems.push_back(m_stemmer.stem(word));
            const auto at = std::search(phraseStems.begin(), phraseStems.end(), formStems.begin(), formStems.end());
            if (formStems.empty() || at == phraseStems.end()) continue;
            const auto from = at - phraseStems.begin();
            const auto formEnd = from + static_cast<std::ptrdiff_t>(form.size());
            for (const auto& other : group) {
                if (&other == &form) continue;
                std::vector<std::string> variant(words.begin(), words.begin() + from);
                variant.insert(variant.end(), other.begin(), other.end());
                variant.insert(variant.end(), words.begin() + formEnd, words.end());
                variants.push_back(std::move(variant));
            }
            break;
        }
    }
    // Word order of a leading or trailing "only".
    const std::size_t count = variants.size();
    for (std::size_t v = 0; v < count; ++v) {
        std::vector<std::string> moved = variants[v];
        if (moved.size() < 2) continue;
        if (isMovableQualifier(moved.front())) std::rotate(moved.begin(), moved.begin() + 1, moved.end());
        else if (isMovableQualifier(moved.back())) std::rotate(moved.rbegin(), moved.rbegin() + 1, moved.rend());
        else continue;
        variants.push_back(std::move(moved));
    }

    std::vector<PreparedPhrase> prepared;
    for (const auto& variant : variants) {
        prepared.push_back(prepareWords(variant));
        prepared.back().enumerates = phrase.find(',') != std::string::npos ||
                                     phrase.find(" and ") != std::string::npos || phrase.find(" or ") != std::string::npos;
    }
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
    // The content words in any order, close together, within one clause.
    const std::size_t content = phrase.contentStems.size();
    if (content == 2 && !phrase.restricted &&
        std::find(phrase.contentStems.begin(), phrase.contentStems.end(), text.stems[at]) != phrase.contentStems.end()) {
        const std::size_t window = std::min(text.tokens.size(), at + content + 2);
        std::vector<char> found(content, 0);
        std::size_t last = at;
        for (std::size_t i = at; i < window && text.sentenceOf[i] == sentence && text.itemOf[i] == text.itemOf[at];
             ++i) {
            if (i > at) {
                const std::size_t from = text.tokens[i - 1].end;
                const std::string_view gap(text.source.data() + from, text.tokens[i].begin - from);
                if (gap.find_first_of(",;:()") != std::string_view::npos) break;
            }
            for (std::size_t c = 0; c < content; ++c)
                if (!found[c] && text.stems[i] == phrase.contentStems[c]) {
                    found[c] = 1;
                    last = i;
                    break;
                }
        }
        // In the phrase's order, with only small words between, those words
        // must hold its link: "time of day" is not "times a day".
        bool linked = true;
        if (!phrase.link.empty() && text.stems[at] == phrase.contentStems.front()) {
            bool onlySmallWords = true, holdsLink = false;
            for (std::size_t i = at + 1; i < last; ++i) {
                onlySmallWords = onlySmallWords && isStopWord(text.tokens[i].word);
                holdsLink = holdsLink || text.tokens[i].word == phrase.link;
            }
            linked = last == at + 1 || !onlySmallWords || holdsLink;
        }
        if (linked && std::all_of(found.begin(), found.end(), [](char f) { return f != 0; })) {
            endToken = last + 1;
            return true;
        }
    }
    // "Monitor index lag, QPS and latency" says "monitor latency": the
    // sentence's lead governs every item of its list.
    const std::size_t governed = phrase.governedStems.size();
    if (governed > 0 && at + governed <= text.tokens.size() && text.sentenceOf[at + governed - 1] == sentence &&
        sentenceLedBy(text, sentence, phrase.leadStem, at)) {
        bool all = true;
        for (std::size_t i = 0; i < governed && all; ++i) all = text.stems[at + i] == phrase.governedStems[i];
        if (all) {
            endToken = at + governed;
            return true;
        }
    }
    // One phrase word written as two ("data set" for "dataset", "falls back"
    // for "fallback"); only worth stemming the pair when the first token, or
    // its stem, is a prefix of the phrase word.
    if (count == 1 && at + 1 < text.tokens.size() && text.sentenceOf[at + 1] == sentence) {
        for (const std::string* first : {&text.tokens[at].word, &text.stems[at]}) {
            if (first->size() >= phrase.closedUp.size() || phrase.closedUp.compare(0, first->size(), *first) != 0)
                continue;
            const std::string joined = *first + text.tokens[at + 1].word;
            if (joined == phrase.closedUp || m_stemmer.stem(joined) == phrase.closedUpStem) {
                endToken = at + 2;
                return true;
            }
        }
    }
    return false;
}

void ConceptMatcher::addPossibleStarts(const PreparedPhrase& phrase, const AnalyzedText& text,
                                       std::vector<std::size_t>& starts) {
    const auto add = [&](const std::unordered_map<std::string, std::vector<std::size_t>>& index, const std::string& key) {
        if (auto found = index.find(key); found != index.end())
            starts.insert(starts.end(), found->second.begin(), found->second.end());
    };
    for (const std::string& stem : phrase.startStems) add(text.tokensByStem, stem);
    for (const std::string& word : phrase.startWords) add(text.tokensByWord, word);
}

const char* ConceptMatcher::setAside(const PreparedPhrase& phrase, const AnalyzedText& text, std::size_t first,
                                     std::size_t end, const MatchOptions& options, std::string& cue) const {
    if (options.skipNegated && sentenceIsNegated(text, text.sentenceOf[first])) return "a sentence that rejects";
    if (options.affirmedOnly) {
        const Stance stance = stanceOver(text, first, end, &cue, &phrase.stems);
        // "overlapping tiles to avoid seam misses": the phrase names what a
        // problem is about (misses, errors, leaks), and avoiding the problem
        // is handling it.
        const bool avoided = cue == "avoid" || cue == "avoiding" || cue == "prevent" || cue == "preventing";
        const bool qualifiesProblem = avoided && end < text.tokens.size() &&
                                      text.sentenceOf[end] == text.sentenceOf[first] &&
                                      (namesProblem({text.stems[end]}) || text.stems[end] == "miss");
        if (stance == Stance::Dismissed ||
            (stance == Stance::Negated && ((!phrase.namesProblem && !qualifiesProblem) || options.problemsNegatedToo)))
            return "rejected";
        // "not just clicks" rejects "just clicks".
        if (first > 0 && isMovableQualifier(text.tokens[first].word) && text.sentenceOf[first - 1] == text.sentenceOf[first] &&
            text.tokens[first - 1].word == "not") {
            cue = "not " + text.tokens[first].word;
            return "rejected";
        }
    }
    if (options.statementsOnly) return missingSubstance(text, first, end, options.questionsCount, phrase.enumerates);
    if (options.claimsOnly) {
        const SentenceShape& shape = text.shapes[text.sentenceOf[first]];
        if (shape.heading) return "a heading";
        if (shape.question) return "a question, not a claim";
    }
    return nullptr;
}

std::optional<PhraseMatch> ConceptMatcher::find(const Concept& concept, const AnalyzedText& text,
                                                MatchOptions options, SkippedMatch* skipped) {
    std::vector<PhraseMatch> matches = scan(concept, text, options, skipped, true);
    if (matches.empty()) return std::nullopt;
    return std::move(matches.front());
}

std::vector<PhraseMatch> ConceptMatcher::findAll(const Concept& concept, const AnalyzedText& text,
                                                 MatchOptions options) {
    return scan(concept, text, options, nullptr, false);
}

std::vector<PhraseMatch> ConceptMatcher::scan(const Concept& concept, const AnalyzedText& text,
                                              const MatchOptions& options, SkippedMatch* skipped, bool firstOnly) {
    std::vector<PhraseMatch> matches;
    struct Candidate {
        const PreparedPhrase* prepared;
        std::size_t phraseIndex;
    };
    std::vector<Candidate> phrases;
    for (std::size_t p = 0; p < concept.size(); ++p)
        for (const PreparedPhrase& variant : prepare(concept[p])) phrases.push_back({&variant, p});
    // Only tokens where some phrase can start are tried; they are visited in
    // text order, as if every token were.
    std::vector<std::size_t> starts;
    for (const Candidate& candidate : phrases)
        if (!candidate.prepared->stems.empty()) addPossibleStarts(*candidate.prepared, text, starts);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    for (const std::size_t at : starts) {
        for (const Candidate& candidate : phrases) {
            if (candidate.prepared->stems.empty()) continue;  // a phrase of punctuation matches nothing
            std::size_t endToken = at;
            if (!matchesAt(*candidate.prepared, text, at, endToken)) continue;
            std::string cue;
            if (const char* reason = setAside(*candidate.prepared, text, at, endToken, options, cue)) {
                if (skipped && skipped->reason.empty()) {
                    skipped->phrase = concept[candidate.phraseIndex];
                    skipped->sentence = text.sentenceText(text.sentenceOf[at]);
                    skipped->reason = cue.empty() ? reason : std::string(reason) + " by '" + cue + "'";
                }
                continue;
            }
            PhraseMatch match;
            match.phraseIndex = candidate.phraseIndex;
            match.phrase = concept[candidate.phraseIndex];
            match.sentenceIndex = text.sentenceOf[at];
            if (firstOnly) match.sentence = text.sentenceText(match.sentenceIndex);  // findAll: callers ask for the few they quote
            match.begin = text.tokens[at].begin;
            match.end = text.tokens[endToken - 1].end;
            match.firstToken = at;
            match.endToken = endToken;
            matches.push_back(std::move(match));
            if (firstOnly) return matches;
            break;  // one match per position
        }
    }
    return matches;
}

std::optional<PhraseMatch> ConceptMatcher::find(const Concept& concept, std::string_view text,
                                                MatchOptions options, SkippedMatch* skipped) {
    return find(concept, analyze(std::string(text)), options, skipped);
}

}  // namespace rehearse
