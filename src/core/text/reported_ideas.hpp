// Ideas a writer reports without holding them: put in others' mouths
// ("Some would add past contacts to the context") or granted a reputation
// and then turned on ("X gets a lot of hype, but ..."). Both reject the idea;
// the statement analysis (statement.cpp) calls them once per sentence.
// Internal to core/text.
#pragma once

#include "core/text/analyzed_text.hpp"
#include "core/text/statement_scan.hpp"

namespace rehearse::statement_scan {

// Marks as Dismissed what a sentence attributes to others, up to where the
// writer speaks again; sets `rejects` when it does.
void dismissAttributed(const AnalyzedText& text, const SentenceShape& shape, Marker& marker, bool& rejects);

// Marks as Dismissed an idea granted its reputation before a turn ("but",
// "yet") that does not keep it; sets `rejects` when it does.
void dismissConceded(const AnalyzedText& text, const SentenceShape& shape, Marker& marker, bool& rejects);

}  // namespace rehearse::statement_scan
