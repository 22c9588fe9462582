// The parts of a compound clarifying question. "Which languages, and can
// people appeal?" splits where a new question starts (a question mark, a
// semicolon, "and" or "also" before a question word); the matcher answers
// each part that asks something itself.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace rehearse {

// Where a compound question splits: "which languages, and can people appeal?"
std::vector<std::string_view> questionParts(std::string_view question);

// Whether part `index` asks something itself. "Fraud rate? in bps of
// volume": the later part only says more about the first.
bool asksItself(const std::vector<std::string_view>& parts, std::size_t index);

// "How quickly do we find out about it?": the part points back at what was
// asked before it. Not "is there a budget?", nor "is it OK to ...".
bool refersBack(std::string_view part);

// "When a user signs up, ...", "If we block it, ...": a clause that sets the
// scene for the question after it.
bool opensCondition(std::string_view part);

}  // namespace rehearse
