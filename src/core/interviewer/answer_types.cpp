#include "core/interviewer/answer_types.hpp"

#include "core/text/tokenizer.hpp"

#include <set>
#include <string>
#include <vector>

namespace rehearse {

namespace {

// "Does it have to answer in time?" asks for a deadline; "a drop in time
// spent" and "in time series" name a quantity.
bool saysInTime(const std::vector<std::string>& w) {
    for (std::size_t i = 0; i + 1 < w.size(); ++i)
        if (w[i] == "in" && w[i + 1] == "time" &&
            !(i + 2 < w.size() && (w[i + 2] == "spent" || w[i + 2] == "series" || w[i + 2] == "zone" ||
                                   w[i + 2] == "zones" || w[i + 2] == "watched" || w[i + 2] == "on")))
            return true;
    return false;
}

// "40 million a day", "460 per second": a unit of time read as a rate says
// how much, not how long, so it is not a time the answer gives.
bool isRate(const std::vector<std::string>& words, std::size_t unit) {
    if (unit == 0) return false;
    const std::string& before = words[unit - 1];
    if (before == "per" || before == "each" || before == "every") return true;
    if (before != "a" && before != "an") return false;
    // "within a day", "about a week" are durations after all.
    static const std::set<std::string> durationLeads = {"within", "in", "about", "after", "for", "under", "than",
                                                        "over", "to", "takes", "take", "half", "only", "around",
                                                        "roughly", "nearly", "almost", "least", "most"};
    return unit < 2 || durationLeads.count(words[unit - 2]) == 0;
}

}  // namespace

unsigned questionType(std::string_view question) {
    const std::vector<std::string> w = tokenWords(question);
    unsigned type = 0;
    // "before the page renders" asks for a time; "do apps render images?" does not.
    const bool deadline = hasWord(w, {"before", "within", "until", "till"}) || saysInTime(w) ||
                          hasPhrase(w, {"how", "long"}) || hasPhrase(w, {"how", "fast"}) ||
                          hasPhrase(w, {"how", "quickly"});
    if (hasPhrase(w, {"time", "out"}) || hasPhrase(w, {"times", "out"}) ||
        hasWord(w, {"timeout", "timeouts", "latency", "milliseconds", "ms", "p99"}) ||
        (deadline && hasWord(w, {"respond", "render", "renders"})) ||
        hasPhrase(w, {"how", "long", "do", "i", "have"}) || hasPhrase(w, {"how", "long", "do", "we", "have"}) ||
        hasPhrase(w, {"how", "long", "can", "we", "take"}) || saysInTime(w))
        type |= kShortTime;
    if (hasPhrase(w, {"how", "many", "days"}) || hasPhrase(w, {"how", "many", "weeks"}) ||
        hasPhrase(w, {"how", "long", "until"}) || hasPhrase(w, {"how", "long", "before"}) ||
        hasPhrase(w, {"how", "long", "after"}) || hasPhrase(w, {"how", "soon"}) ||
        // "how quickly do we find out?" asks for a delay; "how do we find out it was fraud?" for a source.
        ((deadline || hasWord(w, {"when"})) && (hasPhrase(w, {"find", "out"}) || hasPhrase(w, {"learn", "about"}))) ||
        hasWord(w, {"delay", "delayed", "lag", "mature", "matured"}))
        type |= kLongTime;
    return type;
}

// "When do you need it in production?", "When's the launch?": a question
// that asks for a moment (a date, a deadline, a day of the week). Not "when
// a user signs up, ...", where "when" opens a condition and the question
// comes after it: the interrogative is followed by a verb.
bool asksWhen(std::string_view question) {
    const std::vector<std::string> w = tokenWords(question);
    static const std::set<std::string> leads = {"and", "also", "so", "ok", "okay", "but", "then", "right"};
    static const std::set<std::string> verbs = {"do", "does", "did", "is", "are", "was", "were", "will", "would",
                                                "should", "must", "can", "could", "has", "have", "had", "might"};
    std::size_t i = 0;
    while (i < w.size() && leads.count(w[i])) ++i;
    if (i >= w.size()) return false;
    if (w[i] == "when's" || w[i] == "whens") return true;
    return w[i] == "when" && i + 1 < w.size() && verbs.count(w[i + 1]) > 0;
}

// "How long are the prompts?" may ask for a length in tokens or words, not a time.
bool mayAskLength(std::string_view question) {
    const std::vector<std::string> w = tokenWords(question);
    for (std::string_view be : {"is", "are", "was", "were"})
        if (hasPhrase(w, {"how", "long", be})) return true;
    return false;
}

bool asksHowLong(std::string_view question) {
    const std::vector<std::string> w = tokenWords(question);
    return hasPhrase(w, {"how", "long"}) || hasPhrase(w, {"how", "quickly"}) || hasPhrase(w, {"how", "fast"}) ||
           hasPhrase(w, {"how", "soon"}) || hasPhrase(w, {"how", "much", "time"});
}

unsigned answerType(std::string_view answer) {
    const std::vector<std::string> w = tokenWords(answer);
    static const std::set<std::string> shortUnits = {"ms", "millisecond", "milliseconds", "p99", "p95"};
    static const std::set<std::string> longUnits = {"day", "days", "week", "weeks", "month", "months"};
    static const std::set<std::string> otherUnits = {"second", "seconds", "minute", "minutes", "hour", "hours",
                                                     "year", "years", "s", "min", "h"};
    // Words that place something in time: a date, a day, a clock time, a cadence.
    static const std::set<std::string> moments = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "weekday", "weekdays", "weekend", "weekends", "daily", "nightly", "weekly", "monthly", "quarterly",
        "hourly", "yearly", "annually", "am", "pm", "midnight", "noon", "overnight", "q1", "q2", "q3", "q4",
        "ago", "deadline", "season", "holiday", "holidays", "christmas", "morning", "evening", "night"};
    unsigned type = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (moments.count(w[i])) type |= kMoment;
        if (shortUnits.count(w[i])) type |= kShortTime | kAnyTime;
        if (isRate(w, i)) continue;
        if (longUnits.count(w[i])) type |= kLongTime | kAnyTime;
        if (otherUnits.count(w[i])) type |= kAnyTime;
    }
    return type;
}

}  // namespace rehearse
