// The kind of figure a clarifying question asks for and a fact's answer
// gives: a short time (a latency), a long one (a delay), any time, a moment
// (a date, a day, a cadence). The matcher keeps a question asking "how
// long" away from facts that state no time.
#pragma once

#include <string_view>

namespace rehearse {

// Bit flags.
enum AnswerType : unsigned { kShortTime = 1, kLongTime = 2, kAnyTime = 4, kMoment = 8 };

// What a question asks for: "how long do I have before it times out?" a
// short time; "how many days until the chargeback lands?" a long one.
unsigned questionType(std::string_view question);

// What an answer gives: "20 ms at p99" a short time, "within 90 days" a
// long one, "on Mondays" a moment. "40 million a day" is a rate, no time.
unsigned answerType(std::string_view answer);

// "When do you need it in production?": the question asks for a moment.
// Not "when a user signs up, ...", where "when" opens a condition.
bool asksWhen(std::string_view question);

// "How long are the prompts?" may ask for a length, not a time.
bool mayAskLength(std::string_view question);

// "How long", "how quickly", "how fast", "how soon", "how much time".
bool asksHowLong(std::string_view question);

}  // namespace rehearse
