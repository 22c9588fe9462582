// One session as one JSON file, to hand to a mentor or partner and import
// again. Everything needed to reopen it travels inside: the metadata, the
// scenario it ran on, and the journal exactly as stored, so
// export -> import -> export gives the same bytes.
//
//   {
//     "rehearse_session_format": 1,
//     "session":  { "uid", "name", "created", "updated", "finished" (or null),
//                   "seconds", "coverage" (or null), "stage_scores": [...] },
//     "scenario": { "id", "title", "hash", "definition": { the scenario } },
//     "journal":  [ action, ... ]          (see core/session/action.hpp)
//   }
//
// Times are ISO 8601 UTC with milliseconds. A file with a higher format
// number is refused with a message that says to update Rehearse.
#pragma once

#include "core/store/session_store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

inline constexpr int kSessionArchiveFormat = 1;

// The archive text of stored session `id`; nothing, with `error`, if it is not there.
std::optional<std::string> exportSessionArchive(SessionStore& store, SessionRecordId id, std::string& error);

struct ArchiveImportOptions {
    // A session already in the store (same uid) is refused unless this is
    // set: then it comes in as a copy with a new uid.
    bool asCopy = false;
};

struct ArchiveImportResult {
    std::optional<SessionRecordId> id;  // set on success
    std::string error;                  // why not, in words
    std::vector<std::string> warnings;  // imported, but worth knowing
};

ArchiveImportResult importSessionArchive(SessionStore& store, const std::string& text,
                                         const ArchiveImportOptions& options = {});

}  // namespace rehearse
