#include "core/store/history_controller.hpp"

#include "core/store/progress.hpp"
#include "core/store/timestamps.hpp"

#include <algorithm>
#include <utility>

namespace rehearse {

// --- The list ------------------------------------------------------------------

void HistoryController::reload(SessionStore* store) {
    m_sessions.clear();
    if (store) {
        try {
            m_sessions = store->listSessions();
        } catch (const StoreError& e) {
            say(std::string("Cannot read the history: ") + e.what(), true);
        }
    }
    m_current = currentAttempt(m_sessions, m_open);
}

void HistoryController::update(bool canWrite, std::optional<SessionRecordId> open) {
    m_canWrite = canWrite;
    if (open != m_open) {
        m_open = open;
        m_current = currentAttempt(m_sessions, m_open);
    }
}

const SessionRecord* HistoryController::find(SessionRecordId id) const {
    for (const SessionRecord& record : m_sessions)
        if (record.id == id) return &record;
    return nullptr;
}

std::size_t HistoryController::finishedCount() const {
    return static_cast<std::size_t>(
        std::count_if(m_sessions.begin(), m_sessions.end(), [](const SessionRecord& r) { return r.finished(); }));
}

// --- Rename ----------------------------------------------------------------------

void HistoryController::beginRename(SessionRecordId id) {
    const SessionRecord* record = find(id);
    if (!record || !mayRename()) return;
    m_renaming = id;
    m_renameText = record->displayName();
    m_dialogError.clear();
}

bool HistoryController::confirmRename(SessionStore& store) {
    if (!m_renaming) return true;
    if (!settleDialog(HistoryActions::rename(store, m_renaming, m_renameText))) return false;
    m_renaming = 0;
    return true;
}

void HistoryController::cancelRename() {
    m_renaming = 0;
    m_dialogError.clear();
}

// --- Export ----------------------------------------------------------------------

std::string HistoryController::exportFileName(const SessionRecord& record) {
    const std::string date = formatLocalDateTime(record.createdMs).substr(0, 10);
    return record.scenarioId + "-" + date + "-" + std::to_string(record.id) + ".rehearse.json";
}

void HistoryController::beginExport(SessionRecordId id, const std::string& folder) {
    const SessionRecord* record = find(id);
    if (!record) return;
    m_exporting = id;
    m_exportPath = folder + "/" + exportFileName(*record);
    m_dialogError.clear();
}

bool HistoryController::confirmExport(SessionStore& store) {
    if (!m_exporting) return true;
    if (!settleDialog(HistoryActions::exportTo(store, m_exporting, m_exportPath))) return false;
    m_exporting = 0;
    return true;
}

void HistoryController::cancelExport() {
    m_exporting = 0;
    m_dialogError.clear();
}

// --- Import ----------------------------------------------------------------------

void HistoryController::beginImport(const std::string& folder) {
    if (m_importPath.empty()) m_importPath = folder + "/";
    m_importing = true;
    m_dialogError.clear();
}

bool HistoryController::confirmImport(SessionStore& store) {
    if (!m_importing) return true;
    if (!mayImport()) {
        m_dialogError = "Not imported: sessions cannot be saved this run";
        return false;
    }
    if (!settleDialog(HistoryActions::importFrom(store, m_importPath, m_importAsCopy))) return false;
    m_importing = false;
    return true;
}

void HistoryController::cancelImport() {
    m_importing = false;
    m_dialogError.clear();
}

bool HistoryController::settleDialog(const HistoryOutcome& outcome) {
    if (!outcome.ok) {
        m_dialogError = outcome.message;
        return false;
    }
    m_dialogError.clear();
    show(outcome);
    return true;
}

// --- Delete with undo ------------------------------------------------------------

void HistoryController::remove(SessionStore& store, SessionRecordId id, std::int64_t nowMs) {
    if (id == m_current) return say("Not deleted: it is the rehearsal you are in", true);
    if (!m_canWrite) return say("Not deleted: sessions cannot be changed this run", true);
    show(m_actions.remove(store, id, nowMs));
}

void HistoryController::undoRemove(SessionStore& store) { show(m_actions.undoRemove(store)); }

// --- The message under the header ----------------------------------------------

void HistoryController::say(std::string message, bool isError) {
    m_message = std::move(message);
    m_messageIsError = isError;
}

void HistoryController::show(const HistoryOutcome& outcome) {
    say(outcome.message, !outcome.ok);
    if (outcome.id) m_selected = *outcome.id;
}

}  // namespace rehearse
