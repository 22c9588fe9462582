// Saving a scenario draft: the canonical layout (scenario_format.hpp), written
// atomically (a temporary file renamed over the old one), and only when the
// draft loads. A draft with an error is never written: the file on disk, if
// any, keeps the last version that loaded, so the library never loses it.
// --strict warnings do not stop a save; a scenario is written in many sittings.
#pragma once

#include "core/authoring/draft_check.hpp"
#include "core/authoring/scenario_draft.hpp"

#include <string>


namespace rehearse {

struct DraftSaveResult {
    bool saved = false;
    std::string message;  // what was written where, or why nothing was
};

// Saves `draft` at its path (creating its folder) and marks it saved.
DraftSaveResult saveDraft(ScenarioDraft& draft);

// Where a new scenario with `id` is saved: the user's scenario folder (scenario_scaffold.hpp).
std::string userScenarioPath(const std::string& id);

}  // namespace rehearse
