// The debrief as a Markdown document (CommonMark plus GitHub tables), for
// keeping a record of rehearsals or sharing one with a coach.
#pragma once

#include "core/interviewer/debrief.hpp"

#include <string>

namespace rehearse {

std::string debriefToMarkdown(const Debrief& debrief);

// Writes the Markdown to `path`; false (with `error` set) when it cannot.
bool writeDebriefMarkdown(const Debrief& debrief, const std::string& path, std::string& error);

}  // namespace rehearse
