// The period and the companies a question or a fact speaks of. "What was
// the spam rate in 2015?", "two years ago", "compared with Meta": a fact
// that describes only our figures today does not answer them.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace rehearse {

// The calendar years a text names ("in 2019", "2020's numbers").
std::set<std::string> yearsNamed(std::string_view text);

// The well-known companies a text names ("Meta's feed", "TikTok").
std::set<std::string> companiesNamed(std::string_view text);

// "What was the rate two years ago?", "last year's numbers".
bool asksAboutThePast(std::string_view text);

// A text that says anything about an earlier time: a year, "ago", "last
// year", or a verb in the past ("was", "had").
bool speaksOfThePast(std::string_view text);

}  // namespace rehearse
