#include "core/interviewer/key_point_examples.hpp"

#include "core/text/statement_scan.hpp"
#include "core/text/stop_words.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <unordered_set>

namespace rehearse {

namespace {

// Whether a token carries meaning for resemblance: no stop words, no lone
// letters, no figures (a number says how much, not what).
bool isContent(const Token& token, const std::string& stem) {
    return stem.size() > 1 && !std::isdigit(static_cast<unsigned char>(stem[0])) && !isStopWord(token.word);
}

// The content stems of tokens [first, end) that the text affirms: an
// example's "not every unseen video" is not what earns its point.
std::vector<std::string> contentStems(const AnalyzedText& text, std::size_t first, std::size_t end) {
    std::vector<std::string> stems;
    for (std::size_t i = first; i < end; ++i)
        if (text.stance[i] == Stance::Affirmed && isContent(text.tokens[i], text.stems[i]))
            stems.push_back(text.stems[i]);
    return stems;
}

// Whether any word of the sentence is rejected, by a cue the coarse test
// knows or by a dismissal ("waiting for reports isn't necessary").
bool rejectsAnything(const AnalyzedText& text, const SentenceShape& shape) {
    if (shape.rejects) return true;
    for (std::size_t i = shape.firstToken; i < shape.endToken; ++i)
        if (text.stance[i] != Stance::Affirmed) return true;
    return false;
}

// Words that make a sentence a maybe ("could", "probably") or settle for the
// least ("recall on the audit set is enough", "investigator labels are
// plenty", "keep what the rule uses, it works"): the naive version of an
// idea in the idea's own words.
bool hedgesOrSettles(const AnalyzedText& text, const SentenceShape& shape) {
    static const std::unordered_set<std::string> words = {"could",  "maybe",  "might",    "probably", "perhaps",
                                                          "possibly", "somehow", "enough", "plenty",  "suffices",
                                                          "suffice", "fine"};
    for (std::size_t i = shape.firstToken; i < shape.endToken; ++i)
        if (words.count(text.tokens[i].word) || statement_scan::wordsAt(text, i, shape.endToken, {"it", "works"}) ||
            statement_scan::wordsAt(text, i, shape.endToken, {"already", "works"}))
            return true;
    return false;
}

// Whether sentence `s` ends in a semicolon: it and the next one make one
// claim ("Treat unreported mail as clean right away; waiting for reports
// isn't necessary" rejects waiting, and with it the first half's sense).
bool runsOn(const AnalyzedText& text, std::size_t s) {
    const TextSpan& span = text.sentences[s];
    std::size_t end = span.end;
    while (end > span.begin && std::isspace(static_cast<unsigned char>(text.source[end - 1]))) --end;
    return end > span.begin && text.source[end - 1] == ';';
}

// Whether sentence `s`, or a sentence joined to it by a semicolon, rejects anything.
bool claimRejectsAnything(const AnalyzedText& text, std::size_t s) {
    std::size_t first = s, last = s;
    while (first > 0 && runsOn(text, first - 1)) --first;
    while (last + 1 < text.sentences.size() && runsOn(text, last)) ++last;
    for (std::size_t i = first; i <= last; ++i)
        if (rejectsAnything(text, text.shapes[i])) return true;
    return false;
}

}  // namespace

KeyPointExamples::KeyPointExamples(const Scenario& scenario, ConceptMatcher& matcher) {
    // Each key point's document: its text, its concept phrases and its examples.
    std::unordered_map<std::string, int> frequency;
    std::unordered_map<std::string, std::vector<std::vector<std::string>>> exampleStems;
    std::unordered_map<std::string, std::vector<std::string>> textStems;
    int points = 0;
    for (const Stage& stage : scenario.stages)
        for (const KeyPoint& point : stage.keyPoints) {
            ++points;
            std::set<std::string> document;
            auto add = [&](const std::string& text) {
                const AnalyzedText analyzed = matcher.analyze(text);
                std::vector<std::string> stems = contentStems(analyzed, 0, analyzed.tokens.size());
                document.insert(stems.begin(), stems.end());
                return stems;
            };
            textStems[point.id] = add(point.text);
            for (const KeyPoint& other : stage.keyPoints)
                if (other.id != point.id) m_stagePeers[point.id].push_back(other.id);
            for (const Concept& concept : point.concepts)
                for (const std::string& phrase : concept) add(phrase);
            for (const std::string& example : point.examples) exampleStems[point.id].push_back(add(example));
            for (const std::string& stem : document) ++frequency[stem];
        }
    for (const auto& [stem, count] : frequency) m_weights[stem] = std::log(1.0 + double(points) / count);
    for (const auto& [id, examples] : exampleStems)
        for (const auto& stems : examples) m_examples[id].push_back(weigh(stems));
    for (const auto& [id, stems] : textStems) m_pointTexts[id] = weigh(stems);
}

KeyPointExamples::Resemblance KeyPointExamples::resemblance(const KeyPoint& point, const AnalyzedText& text,
                                                            std::size_t s) const {
    const SentenceShape& shape = text.shapes[s];
    return resemblance(point, weigh(contentStems(text, shape.firstToken, shape.endToken)));
}

KeyPointExamples::Resemblance KeyPointExamples::resemblance(const KeyPoint& point, const TermWeights& sentence) const {
    Resemblance best;
    const auto consider = [&](const TermWeights& weights, const std::string& like) {
        if (const double score = cosine(sentence, weights); score > best.score) best = {score, &like};
    };
    if (const auto own = m_pointTexts.find(point.id); own != m_pointTexts.end()) consider(own->second, point.text);
    if (const auto examples = m_examples.find(point.id); examples != m_examples.end())
        for (std::size_t e = 0; e < examples->second.size() && e < point.examples.size(); ++e)
            consider(examples->second[e], point.examples[e]);
    return best;
}

TermWeights KeyPointExamples::weigh(const std::vector<std::string>& stems) const {
    TermWeights weights;
    for (const std::string& stem : stems) {
        const auto known = m_weights.find(stem);
        weights[stem] = known == m_weights.end() ? kUnknownStemWeight : known->second;
    }
    return weights;
}

ExampleMatch KeyPointExamples::closest(const std::string& point, const TermWeights& sentence) const {
    ExampleMatch best;
    const auto examples = m_examples.find(point);
    if (examples == m_examples.end()) return best;
    for (std::size_t e = 0; e < examples->second.size(); ++e) {
        const TermWeights& example = examples->second[e];
        int shared = 0;
        for (const auto& [stem, weight] : example) shared += sentence.count(stem) > 0;
        if (shared < kMinSharedStems) continue;
        if (const double score = cosine(sentence, example); score > best.score) {
            best.example = e;
            best.score = score;
        }
    }
    return best;
}

KeyPointExamples::Statements KeyPointExamples::statementsOf(const AnalyzedText& text) const {
    Statements statements;
    statements.weights.resize(text.sentences.size());
    statements.questions.resize(text.sentences.size());
    for (std::size_t s = 0; s < text.sentences.size(); ++s) {
        const SentenceShape& shape = text.shapes[s];
        statements.questions[s] = shape.question;
        if (shape.heading || shape.list || shape.vague || claimRejectsAnything(text, s) ||
            hedgesOrSettles(text, shape))
            continue;
        statements.weights[s] = weigh(contentStems(text, shape.firstToken, shape.endToken));
    }
    return statements;
}

std::optional<ExampleMatch> KeyPointExamples::find(const KeyPoint& point, const Statements& statements,
                                                   bool questionsCount) const {
    if (!m_examples.count(point.id)) return std::nullopt;
    std::optional<ExampleMatch> best;
    for (std::size_t s = 0; s < statements.weights.size(); ++s) {
        if (!statements.weights[s] || (statements.questions[s] && !questionsCount)) continue;
        const TermWeights& sentence = *statements.weights[s];
        ExampleMatch match = closest(point.id, sentence);
        if (match.score < kThreshold || (best && match.score <= best->score)) continue;
        // A sentence closer to another point of the stage is that point's
        // evidence: dense answers say several things, and so do examples.
        const auto peers = m_stagePeers.find(point.id);
        if (peers != m_stagePeers.end() &&
            std::any_of(peers->second.begin(), peers->second.end(),
                        [&](const std::string& peer) { return closest(peer, sentence).score > match.score; }))
            continue;
        match.sentence = s;
        best = match;
    }
    return best;
}

}  // namespace rehearse
