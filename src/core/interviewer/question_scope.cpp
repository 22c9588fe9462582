#include "core/interviewer/question_scope.hpp"

#include "core/text/tokenizer.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace rehearse {

// The calendar years a text names ("in 2019", "2020's numbers").
std::set<std::string> yearsNamed(std::string_view text) {
    std::set<std::string> years;
    for (const Token& token : tokenize(text)) {
        const std::string& w = token.word;
        const std::string digits = w.size() >= 4 ? w.substr(0, 4) : std::string();
        const bool year = digits.size() == 4 && (digits.compare(0, 2, "19") == 0 || digits.compare(0, 2, "20") == 0) &&
                          std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                          (w.size() == 4 || !std::isdigit(static_cast<unsigned char>(w[4])));
        if (year) years.insert(digits);
    }
    return years;
}

// The well-known companies a text names ("Meta's feed", "TikTok"): a
// question about another company's figures is not about ours.
std::set<std::string> companiesNamed(std::string_view text) {
    static const std::set<std::string> companies = {
        "meta",      "facebook", "instagram", "whatsapp", "tiktok",  "amazon",   "google",  "youtube",  "netflix",
        "spotify",   "linkedin", "airbnb",    "uber",     "lyft",    "doordash", "apple",   "microsoft", "openai",
        "anthropic", "pinterest", "twitter",  "snapchat", "ebay",    "etsy",     "expedia", "zillow",   "yelp",
        "reddit",    "gmail",    "yahoo",     "outlook",  "walmart", "shopify",  "stripe",  "paypal",   "alibaba",
        "temu",      "shein",    "deliveroo", "instacart", "grubhub", "hulu",    "disney",  "bing",     "baidu",
        "gpt",       "chatgpt",  "claude",    "gemini",   "adyen"};
    std::set<std::string> named;
    for (const Token& token : tokenize(text)) {
        std::string word = token.word;
        if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
        if (companies.count(word)) named.insert(word);
    }
    return named;
}

// "What was the rate two years ago?", "last year's numbers": a question
// about an earlier period, which a fact only about today does not answer.
bool asksAboutThePast(std::string_view text) {
    const std::vector<std::string> w = tokenWords(text);
    for (std::string_view unit : {"year", "years", "month", "months", "quarter", "quarters"})
        if (hasPhrase(w, {unit, "ago"})) return true;
    for (std::string_view lead : {"last", "previous", "prior"})
        for (std::string_view unit : {"year", "year's", "years", "quarter", "quarter's"})
            if (hasPhrase(w, {lead, unit})) return true;
    // "over the past three years", "the last couple of years".
    for (std::size_t i = 0; i < w.size(); ++i)
        if (w[i] == "past" || w[i] == "last")
            for (std::size_t k = i + 1; k < w.size() && k <= i + 4; ++k)
                if (w[k] == "years" || w[k] == "quarters") return true;
    // "before the last redesign", "before the previous launch".
    return hasPhrase(w, {"over", "the", "years"}) ||
           hasPhrase(w, {"used", "to", "be"}) || hasPhrase(w, {"before", "the", "last"}) ||
           hasPhrase(w, {"before", "the", "previous"});
}

// A fact that says anything about an earlier time: a year, "ago", "last
// year", or a verb in the past ("was", "had").
bool speaksOfThePast(std::string_view text) {
    // "past" only as a time: "in the past", "the past year", not "past site visitors".
    const std::vector<std::string> w = tokenWords(text);
    bool pastTime = hasPhrase(w, {"in", "the", "past"});
    for (std::string_view unit : {"year", "years", "month", "months", "quarter", "quarters", "decade", "week", "weeks"})
        pastTime = pastTime || hasPhrase(w, {"past", unit});
    return hasWord(w, {"ago", "was", "were", "had", "previously", "since", "used", "earlier", "once"}) || pastTime ||
           !yearsNamed(text).empty() || asksAboutThePast(text);
}

}  // namespace rehearse
