#include "core/interviewer/question_parts.hpp"

#include "core/interviewer/answer_types.hpp"
#include "core/text/tokenizer.hpp"

#include <set>
#include <string>
#include <vector>

namespace rehearse {

namespace {

bool isQuestionWord(const std::string& word) {
    static const std::set<std::string> words = {"what", "what's", "whats", "which", "how", "how's", "who", "when", "where",
                                                "why", "is", "are", "do", "does", "did", "can", "could", "will",
                                                "would", "should", "has", "have", "any", "anything", "whether"};
    return words.count(word) > 0;
}

// The words that open a part of a question without changing what it asks.
bool isLeadWord(const std::string& word) {
    static const std::set<std::string> leads = {"and", "also", "so", "ok", "okay", "but", "then", "or", "plus"};
    return leads.count(word) > 0;
}

}  // namespace

// "how quickly do we find out about it": a part that points back at what
// was asked before it.
bool refersBack(std::string_view part) {
    static const std::set<std::string> words = {"it", "its", "it's", "they", "them", "their", "that", "this",
                                                "those", "these", "there"};
    const std::vector<std::string> w = tokenWords(part);
    // "how many appeals are there?", "is there a budget?": no place is meant.
    const bool existential = hasPhrase(w, {"is", "there"}) || hasPhrase(w, {"are", "there"}) ||
                             hasPhrase(w, {"there", "is"}) || hasPhrase(w, {"there", "are"});
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (!words.count(w[i]) || (w[i] == "there" && existential)) continue;
        // "how bad is it to junk a bank alert?", "is it OK to ...": "it" stands for what follows.
        if (w[i] == "it" && ((i + 1 < w.size() && w[i + 1] == "to") || (i + 2 < w.size() && w[i + 2] == "to")))
            continue;
        return true;
    }
    return false;
}

// "When a user signs up, ...", "If we block it, ...": a clause that sets the
// scene for the question after it ("when" here is no question: no verb follows).
bool opensCondition(std::string_view part) {
    const std::vector<std::string> w = tokenWords(part);
    if (w.empty()) return false;
    static const std::set<std::string> openers = {"if", "once", "after", "before", "while", "unless", "assuming"};
    return openers.count(w[0]) > 0 || (w[0] == "when" && !asksWhen(part));
}

// Whether a part of a compound question asks something itself. "Fraud rate?
// in bps of volume", "how long until we know? hours? days?": the later parts
// only say more about the first, and matched alone they find other facts.
// "New or logged-out users, what history do we have for them?": the first
// part names what the second asks about. "Budget for judge calls, and do we
// have raters?": the first part asks, since the second opens a new request.
bool asksItself(const std::vector<std::string_view>& parts, std::size_t index) {
    const std::string_view part = parts[index];
    for (const std::string& word : tokenWords(part))
        if (isQuestionWord(word)) return true;
    if (index > 0) return false;
    const std::size_t end = part.find_last_not_of(" \t\r\n");
    if (end != std::string_view::npos && part[end] == '?') return true;
    const std::vector<std::string> next = tokenWords(parts[1]);
    return !next.empty() && isLeadWord(next.front());
}

// Where a compound question splits: "which languages, and can people appeal?"
std::vector<std::string_view> questionParts(std::string_view question) {
    std::vector<std::string_view> parts;
    const std::vector<Token> tokens = tokenize(question);
    std::size_t start = 0;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        const std::string_view gap = question.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end);
        bool split = gap.find('?') != std::string_view::npos || gap.find(';') != std::string_view::npos;
        // "..., and what is X" / "and do we have Y" / "also, ..." / "and roughly what share ..."
        if (!split && (tokens[i].word == "and" || tokens[i].word == "also" || tokens[i].word == "plus")) {
            std::size_t next = i + 1;
            while (next < tokens.size() && next <= i + 2 &&
                   (tokens[next].word == "roughly" || tokens[next].word == "approximately" ||
                    tokens[next].word == "also" || tokens[next].word == "then"))
                ++next;
            split = next < tokens.size() && isQuestionWord(tokens[next].word);
        }
        if (!split && gap.find(',') != std::string_view::npos && isQuestionWord(tokens[i].word) &&
            tokens[i].word != "any")
            split = true;
        if (!split) continue;
        parts.push_back(question.substr(start, tokens[i].begin - start));
        start = tokens[i].begin;
    }
    parts.push_back(question.substr(start));
    return parts;
}

}  // namespace rehearse
