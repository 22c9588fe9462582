// Reopening a stored session: its journal replayed on the scenario it was
// recorded with. That is the library's scenario when the file is unchanged,
// else the copy the store kept (scenario_copy.hpp), so a session whose
// scenario was edited or removed still reopens exactly as it was.
#pragma once

#include "core/scenario/scenario_library.hpp"
#include "core/session/session.hpp"
#include "core/store/session_store.hpp"

#include <memory>
#include <optional>
#include <string>

namespace rehearse {

struct ReopenedSession {
    std::unique_ptr<Session> session;  // null when it cannot be reopened (see error)
    SessionRecord record;
    std::int64_t nextSeq = 0;          // seq for the next action appended
    std::size_t skipped = 0;           // stored actions this version could not apply
    std::string note;                  // something the user should know; may be empty
    std::string error;
};

// `library` may be null (the CLI without scenarios): the stored copy is used.
ReopenedSession reopenStoredSession(SessionStore& store, SessionRecordId id, const ScenarioLibrary* library);

// The scenario a record runs on, chosen as above; nothing with `error` set.
std::optional<Scenario> scenarioForRecord(SessionStore& store, const SessionRecord& record,
                                          const ScenarioLibrary* library, std::string& note, std::string& error);

}  // namespace rehearse
