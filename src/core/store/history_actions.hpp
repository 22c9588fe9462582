// What a user does to stored rehearsals from the history screen or
// `rehearse sessions`: rename, delete with undo, export to a file, import a
// file. One set of rules for both front ends, each outcome said in words.
#pragma once

#include "core/store/session_store.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

struct HistoryOutcome {
    bool ok = false;
    std::string message;                 // "Exported to ~/x.json", "Not renamed: <why>"
    std::optional<SessionRecordId> id;   // the session to select afterwards, if any
    std::vector<std::string> warnings;   // done, but worth knowing (an import's notes)
};

// The longest name a session takes, in characters (code points): a name
// is one line of the history list, not a note.
inline constexpr std::size_t kMaxSessionNameLength = 120;

// What a typed name is stored as: UTF-8 repaired (a name in another encoding),
// control characters such as a pasted line break or tab as spaces, and no
// spaces around it.
std::string normalizedSessionName(const std::string& typed);

class HistoryActions {
public:
    // The name is normalized first; then one equal to the scenario's title,
    // or empty, clears it (the title is shown then). A name longer than
    // kMaxSessionNameLength is refused and changes nothing.
    static HistoryOutcome rename(SessionStore& store, SessionRecordId id, const std::string& name);

    // Deleted sessions stay in the store until the app next starts; the last
    // one deleted here can be brought back with undoRemove.
    HistoryOutcome remove(SessionStore& store, SessionRecordId id, std::int64_t nowMs);
    HistoryOutcome undoRemove(SessionStore& store);
    const std::optional<SessionRecord>& lastRemoved() const { return m_removed; }

    // One JSON archive; an existing file is never overwritten, an empty path refused.
    static HistoryOutcome exportTo(SessionStore& store, SessionRecordId id, const std::string& path);
    // An archive from here or another machine: untrusted, checked by the
    // archive reader. A session already here comes in only as a copy.
    static HistoryOutcome importFrom(SessionStore& store, const std::string& path, bool asCopy);

private:
    std::optional<SessionRecord> m_removed;
};

}  // namespace rehearse
