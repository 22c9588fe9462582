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

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

inline constexpr int kSessionArchiveFormat = 1;

// The largest session file `sessions import` reads. A long rehearsal with a
// busy canvas exports to a few hundred KB; the limit only stops a wrong or
// hostile file (or /dev/zero) from taking all the memory.
inline constexpr std::size_t kMaxSessionArchiveBytes = 64u << 20;  // 64 MB

// The text of the session file at `path`: a regular file of at most
// kMaxSessionArchiveBytes; nothing, with one line in `error`, otherwise.
std::optional<std::string> readSessionArchiveFile(const std::string& path, std::string& error);

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

// The file is trusted no more than any other input: text that is not UTF-8
// is repaired (U+FFFD, with a warning), nesting deeper than the documents
// Rehearse writes is refused (untrusted_json.hpp), and the journal is
// replayed before anything is stored.
ArchiveImportResult importSessionArchive(SessionStore& store, const std::string& text,
                                         const ArchiveImportOptions& options = {});

}  // namespace rehearse
