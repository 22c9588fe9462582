// What the editor's "try it" pane tries. A draft with an error does not
// load, so there is nothing to try; but an entry the author has just added
// and not touched yet (fresh_entries.hpp) is incomplete by design, and must
// not stop them trying the rest of the draft, edits made since included.
// When every error lies inside such entries, the draft is tried without
// them, and the pane says which were left out and what they still need.
#pragma once

#include "core/authoring/draft_check.hpp"
#include "core/authoring/fresh_entries.hpp"
#include "core/authoring/scenario_draft.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

struct DraftTrial {
    // What to try: the draft itself when it loads, else the draft without its
    // fresh entries when those hold every error and it then loads; else nothing.
    std::optional<Scenario> scenario;
    std::vector<std::string> leftOut;  // the fresh entries left out of it, in file order ("/facts/3")
    // For the pane, when entries were left out: "Trying the draft without the
    // new fact until it is filled in: the topic, asks and answer."
    std::string note;
};

// `check`: checkDraft(draft, ...), as the editor last took it in.
DraftTrial trialOf(const ScenarioDraft& draft, const DraftCheck& check, const FreshEntries& fresh);

}  // namespace rehearse
