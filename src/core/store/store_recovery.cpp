#include "core/store/store_recovery.hpp"

#include "core/store/safe_file.hpp"
#include "core/store/xdg_paths.hpp"

#include <cstdio>

namespace rehearse {
namespace {

const std::vector<std::string> kSqliteSiblings = {"-wal", "-shm", "-journal"};

const char* const kNotSaved = "Rehearse works as usual, but sessions are not saved this run.";

// Opens it read-only, for history, where writing is impossible: first as a
// normal reader, then (when the folder does not even allow the shared-memory
// file a WAL reader needs) as an immutable file.
std::unique_ptr<SessionStore> openReadOnly(const std::string& path, const std::string& vfs) {
    for (const char* query : {"mode=ro", "immutable=1"}) {
        try {
            return SessionStore::open(sqliteFileUri(path, query), SqliteConnection::Mode::ReadOnly, vfs);
        } catch (const StoreError&) {
        }
    }
    return nullptr;
}

// Moves the file aside and starts a fresh database in its place.
void replaceUnusable(StoreOpenResult& result, const std::string& tag, const std::string& what,
                     const std::string& vfs) {
    std::string error;
    auto moved = moveAside(result.path, tag, error, kSqliteSiblings);
    if (!moved) {
        result.problem = what + " It could not be moved aside (" + error + "), so it was left untouched. " + kNotSaved;
        return;
    }
    result.movedAsideTo = *moved;
    try {
        result.store = SessionStore::open(result.path, SqliteConnection::Mode::ReadWrite, vfs);
    } catch (const StoreError& e) {
        result.problem = what + " It was kept as " + *moved + ", but a new database could not be created (" +
                         e.what() + "). " + kNotSaved;
        return;
    }
    // From an altered file too: its tables are read with no trigger or view
    // able to run, and each session is checked again when it is opened.
    const bool salvage = tag == "corrupt" || tag == "altered";
    if (salvage) result.salvaged = salvageSessions(*moved, *result.store, vfs);
    result.problem = what + " It was kept as " + *moved + " and a new one was started.";
    if (salvage)
        result.problem += result.salvaged > 0 ? " " + std::to_string(result.salvaged) +
                                                    " session(s) that could still be read were copied into it."
                                              : " No session could be read from it.";
}

}  // namespace

std::string sqliteFileUri(const std::string& path, const std::string& query) {
    std::string uri = "file:";
    for (const char byte : path) {
        const auto c = static_cast<unsigned char>(byte);  // compared and printed as 0..255
        if (c == '%' || c == '?' || c == '#' || c < 0x20 || c >= 0x7f) {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", c);
            uri += escaped;
        } else {
            uri += static_cast<char>(c);
        }
    }
    return uri + "?" + query;
}

StoreOpenResult openSessionStore(const StoreOpenOptions& options) {
    StoreOpenResult result;
    result.path = options.path.empty() ? sessionDatabasePath() : options.path;
    std::string error;
    if (!ensureDirectory(parentFolderOf(result.path), error)) {
        result.problem = "Cannot use the session folder: " + error + ". " + kNotSaved;
        return result;
    }
    try {
        result.store = SessionStore::open(result.path, SqliteConnection::Mode::ReadWrite, options.vfs);
        return result;
    } catch (const StoreError& e) {
        switch (e.kind()) {
            case StoreError::Kind::Damaged:
                replaceUnusable(result, "corrupt", "The session database " + result.path + " is damaged.",
                                options.vfs);
                return result;
            case StoreError::Kind::Foreign:
                replaceUnusable(result, "foreign",
                                result.path + " is not a Rehearse session database (another program's file?).",
                                options.vfs);
                return result;
            case StoreError::Kind::Altered:
                replaceUnusable(result, "altered",
                                "The session database " + std::string(e.what()) +
                                    ", so it is not used: such things could change or hide sessions.",
                                options.vfs);
                return result;
            case StoreError::Kind::Newer:
                result.problem = std::string(e.what()) + ". It was left as it is; update Rehearse to use it. " +
                                 kNotSaved;
                return result;
            case StoreError::Kind::ReadOnly:
                result.store = openReadOnly(result.path, options.vfs);
                result.problem = "Cannot write to " + parentFolderOf(result.path) + " (" + storeErrorReason(e.kind()) +
                                 "). " + (result.store ? "Past sessions are shown, but new work is not saved."
                                                       : std::string(kNotSaved));
                return result;
            default:
                result.problem = "Cannot open the session database " + result.path + ": " + e.what() + ". " +
                                 kNotSaved;
                return result;
        }
    }
}

int salvageSessions(const std::string& damagedPath, SessionStore& into, const std::string& vfs) {
    std::unique_ptr<SessionStore> damaged;
    for (const char* query : {"mode=ro", "immutable=1"}) {
        try {
            damaged = SessionStore::open(sqliteFileUri(damagedPath, query), SqliteConnection::Mode::ReadOnly, vfs,
                                         /*verify=*/false);
            break;
        } catch (const StoreError&) {
        }
    }
    if (!damaged) return 0;
    std::vector<SessionRecord> sessions;
    try {
        sessions = damaged->listSessions(/*includeDeleted=*/true);
    } catch (const StoreError&) {
        return 0;
    }
    int copied = 0;
    for (const SessionRecord& record : sessions) {
        // Each session on its own: one bad page costs only the sessions on it.
        try {
            if (into.sessionByUid(record.uid)) continue;
            std::vector<std::string> journal;
            for (StoredAction& action : damaged->journal(record.id)) journal.push_back(std::move(action.json));
            std::optional<ScenarioCopy> scenario;
            if (!record.scenarioHash.empty()) scenario = damaged->scenarioCopy(record.scenarioHash);
            into.insertSession(record, scenario, journal);
            ++copied;
        } catch (const StoreError&) {
        }
    }
    return copied;
}

}  // namespace rehearse
