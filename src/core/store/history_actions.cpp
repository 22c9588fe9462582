#include "core/store/history_actions.hpp"

#include "core/store/safe_file.hpp"
#include "core/store/session_archive.hpp"
#include "core/text/utf8.hpp"

namespace rehearse {

namespace {

HistoryOutcome failed(const std::string& what, const std::string& why) { return {false, what + ": " + why, {}, {}}; }

bool isBlankOrControl(char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f; }

}  // namespace

std::string normalizedSessionName(const std::string& typed) {
    std::string name = repairUtf8(typed);
    // ASCII control bytes never occur inside a multi-byte UTF-8 sequence.
    for (char& c : name)
        if (isBlankOrControl(c)) c = ' ';
    const std::size_t first = name.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    return name.substr(first, name.find_last_not_of(' ') - first + 1);
}

HistoryOutcome HistoryActions::rename(SessionStore& store, SessionRecordId id, const std::string& name) {
    try {
        const std::optional<SessionRecord> record = store.session(id);
        if (!record) return failed("Not renamed", "session " + std::to_string(id) + " is not stored");
        const std::string normalized = normalizedSessionName(name);
        if (const std::size_t length = utf8Length(normalized); length > kMaxSessionNameLength)
            return failed("Not renamed", "a name has at most " + std::to_string(kMaxSessionNameLength) +
                                             " characters; this one has " + std::to_string(length));
        store.rename(id, normalized == record->scenarioTitle ? std::string() : normalized);
        return {true, {}, id, {}};
    } catch (const StoreError& e) {
        return failed("Not renamed", e.what());
    }
}

HistoryOutcome HistoryActions::remove(SessionStore& store, SessionRecordId id, std::int64_t nowMs) {
    try {
        std::optional<SessionRecord> record = store.session(id);
        if (!record) return failed("Not deleted", "session " + std::to_string(id) + " is not stored");
        store.markDeleted(id, nowMs);
        m_removed = std::move(record);
        return {true, {}, std::nullopt, {}};
    } catch (const StoreError& e) {
        return failed("Not deleted", e.what());
    }
}

HistoryOutcome HistoryActions::undoRemove(SessionStore& store) {
    if (!m_removed) return failed("Cannot undo", "nothing was deleted");
    try {
        store.restore(m_removed->id);
        const SessionRecordId id = m_removed->id;
        m_removed.reset();
        return {true, {}, id, {}};
    } catch (const StoreError& e) {
        return failed("Cannot undo", e.what());
    }
}

HistoryOutcome HistoryActions::exportTo(SessionStore& store, SessionRecordId id, const std::string& path) {
    std::string error;
    if (path.empty()) return failed("Not exported", "no file name given");
    if (fileExists(path)) return failed("Not exported", path + " exists already; choose another name");
    const std::optional<std::string> text = exportSessionArchive(store, id, error);
    if (!text || !writeOutputFile(path, *text, error)) return failed("Not exported", error);
    return {true, "Exported to " + path, id, {}};
}

HistoryOutcome HistoryActions::importFrom(SessionStore& store, const std::string& path, bool asCopy) {
    std::string error;
    if (path.empty()) return failed("Not imported", "no file name given");
    const std::optional<std::string> text = readSessionArchiveFile(path, error);
    if (!text) return failed("Not imported", error);
    ArchiveImportResult result = importSessionArchive(store, *text, {asCopy});
    if (!result.id) return failed("Not imported", result.error);
    HistoryOutcome outcome{true, "Imported as session " + std::to_string(*result.id) + ".", result.id,
                           std::move(result.warnings)};
    for (const std::string& warning : outcome.warnings) outcome.message += " Note: " + warning + ".";
    return outcome;
}

}  // namespace rehearse
