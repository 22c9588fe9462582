// The canonical layout of a scenario file, so that every tool that writes
// one (`rehearse format`, the editor) writes the same bytes and a diff shows
// only what an author changed.
//
// The layout is the one most shipped files were written in by hand:
// - members in a fixed order per object (the order docs/scenario-format.md
//   lists them: "id" first, then what it says, then its lists); members the
//   format does not know are kept, after the known ones, in their own order;
// - two spaces of indentation, one member or list entry per line, except
//   where one line reads better: `tags`, each concept (`["pr auc", "average
//   precision"]`), a pitfall's `signs`, a follow-up's `trigger`, and each
//   reference diagram item and arrow are written on one line;
// - strings keep their UTF-8 as is (only `"`, `\` and control characters are
//   escaped); numbers keep their value; the file ends with a newline.
//
// Formatting never changes what a file means: the loader reads the same
// scenario before and after. A text that is not JSON, breaks the limits
// (scenario_limits.hpp) or names a member twice in one object (formatting
// would silently keep only one) is refused with a located diagnostic.
#pragma once

#include "core/scenario/diagnostic.hpp"

#include <optional>
#include <string>

namespace rehearse {

struct ScenarioFormatResult {
    std::optional<std::string> text;  // the canonical text; nothing when refused
    Diagnostics diagnostics;          // why it was refused
};

// `path` only names the file in diagnostics.
ScenarioFormatResult formatScenarioText(const std::string& text, const std::string& path);

}  // namespace rehearse
