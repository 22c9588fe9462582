// The history screen without its drawing: the stored rehearsals it lists,
// which one is selected, the rename, export and import dialogs in progress,
// delete with undo, and the one message under the header. The screen draws
// this state and calls these; every rule about what may be done and what
// the user is told lives here (the operations themselves: history_actions).
//
// Rules:
// - Renaming and deleting need a store that can be written; the rehearsal
//   in progress (currentAttempt) cannot be deleted.
// - A dialog whose operation fails stays open with the reason and what was
//   typed, so the user can correct the name or path; Cancel closes it. A
//   success closes it and says what happened under the header (a rename
//   says nothing: the list shows it), and selects the session concerned.
// - One message at a time: the last operation's, until dismissed.
#pragma once

#include "core/store/history_actions.hpp"
#include "core/store/session_store.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

class HistoryController {
public:
    // --- The list ------------------------------------------------------------
    // Reads the stored sessions again (after anything changed them). `store`
    // null: nothing is stored this run. A store that cannot be read leaves
    // the list empty and says why.
    void reload(SessionStore* store);
    // What the app says each frame: whether the store takes writes, and
    // which session is open in it.
    void update(bool canWrite, std::optional<SessionRecordId> open);
    const std::vector<SessionRecord>& sessions() const { return m_sessions; }
    const SessionRecord* find(SessionRecordId id) const;
    std::size_t finishedCount() const;
    // The rehearsal in progress: open in the app and unfinished.
    std::optional<SessionRecordId> current() const { return m_current; }

    SessionRecordId selected() const { return m_selected; }
    void select(SessionRecordId id) { m_selected = id; }

    bool mayRename() const { return m_canWrite; }
    bool mayImport() const { return m_canWrite; }
    bool mayDelete(SessionRecordId id) const { return m_canWrite && id != m_current; }

    // --- Rename ----------------------------------------------------------------
    // Opens the dialog on the name the list shows (the title when unnamed).
    void beginRename(SessionRecordId id);
    SessionRecordId renaming() const { return m_renaming; }
    std::string& renameText() { return m_renameText; }
    // True when done (the dialog closes); false: refused, the reason in dialogError().
    bool confirmRename(SessionStore& store);
    void cancelRename();

    // --- Export ----------------------------------------------------------------
    // Opens the dialog on a file in `folder` named after the session
    // ("payment-fraud-detection-2024-05-01-7.rehearse.json").
    void beginExport(SessionRecordId id, const std::string& folder);
    SessionRecordId exporting() const { return m_exporting; }
    std::string& exportPath() { return m_exportPath; }
    bool confirmExport(SessionStore& store);
    void cancelExport();

    // --- Import ----------------------------------------------------------------
    // Opens the dialog on the path typed last time, else on `folder`.
    void beginImport(const std::string& folder);
    bool importing() const { return m_importing; }
    std::string& importPath() { return m_importPath; }
    bool& importAsCopy() { return m_importAsCopy; }
    bool confirmImport(SessionStore& store);
    void cancelImport();

    // Why the open dialog's last attempt failed; empty when it did not.
    const std::string& dialogError() const { return m_dialogError; }

    // --- Delete with undo ------------------------------------------------------
    // Refused (with a message) for the rehearsal in progress or a read-only store.
    void remove(SessionStore& store, SessionRecordId id, std::int64_t nowMs);
    void undoRemove(SessionStore& store);
    const std::optional<SessionRecord>& lastRemoved() const { return m_actions.lastRemoved(); }

    // --- The message under the header -----------------------------------------
    const std::string& message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    void say(std::string message, bool isError);
    void dismissMessage() { m_message.clear(); }

    // The file name an export suggests: scenario, date and session id.
    static std::string exportFileName(const SessionRecord& record);

private:
    // Shows a finished operation's outcome and selects its session.
    void show(const HistoryOutcome& outcome);
    // A dialog's operation: on success shown and true, else kept as the dialog's error.
    bool settleDialog(const HistoryOutcome& outcome);

    std::vector<SessionRecord> m_sessions;
    std::optional<SessionRecordId> m_open;     // open in the app
    std::optional<SessionRecordId> m_current;  // ... and unfinished
    bool m_canWrite = false;
    SessionRecordId m_selected = 0;

    HistoryActions m_actions;
    std::string m_message;
    bool m_messageIsError = false;
    std::string m_dialogError;

    SessionRecordId m_renaming = 0;
    std::string m_renameText;
    SessionRecordId m_exporting = 0;
    std::string m_exportPath;
    bool m_importing = false;
    std::string m_importPath;
    bool m_importAsCopy = false;
};

}  // namespace rehearse
