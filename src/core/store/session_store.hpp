// The session database: one SQLite file ($XDG_DATA_HOME/rehearse/sessions.db)
// holding every rehearsal as its journal of actions, plus what the history
// list needs without replaying (title, times, duration, coverage).
//
// Schema (version 1; PRAGMA user_version, application_id 'RHRS'):
//   scenario_copies(hash PK, scenario_id, title, definition, stored_at)
//       one row per scenario version any session ran on (scenario_copy.hpp)
//   sessions(id PK, uid UNIQUE, scenario_id, scenario_title, scenario_hash,
//            name, created_at, updated_at, finished_at, seconds,
//            action_count, coverage, deleted_at)
//       times in Unix ms; finished_at NULL while unfinished; deleted_at set
//       by a delete the user can still undo (purged on a later start)
//   actions(session_id, seq, json; PK (session_id, seq))
//       the journal: action seq of a session, as actionToJson text
//   stage_scores(session_id, position, stage, covered_weight, total_weight,
//                seconds; PK (session_id, position))
//
// Durability: WAL journal, synchronous=FULL. Every call that writes is one
// transaction, or joins the caller's (transaction()). A write returns only
// once it is on disk, so what was acknowledged survives kill -9 and power
// loss. Actions arrive at human speed (a notes save a second at most, one
// entry per canvas drag), so an fsync per action costs nothing anyone sees;
// NORMAL would survive kill -9 too, but could lose the last commits on power
// loss. Snapshots are not needed: replaying thousands of actions takes
// milliseconds.
#pragma once

#include "core/pair/pair_role.hpp"
#include "core/store/scenario_copy.hpp"
#include "core/store/session_score.hpp"
#include "core/store/sqlite_connection.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

using SessionRecordId = std::int64_t;

// A pair session's parts: the display names of who interviewed and who was
// the candidate (StartPair, the session's first action).
struct PairParts {
    std::string interviewer;
    std::string candidate;
    // Whose copy this is (StartPair::keptBy): none in the hot seat.
    std::optional<PairRole> keptBy;
    // The interview ended early because this part's person left
    // (FinishSession::partnerLeft, read from the journal).
    std::optional<PairRole> partnerLeft;
    // "Ana interviewed you", "You interviewed Ben", or (a shared copy) "Ana
    // interviewed Ben": whose copy this is and who the partner was.
    std::string whoPlayedWhich() const;
    // "ended early: Ben left"; empty when it did not end early.
    std::string endedEarly() const;
    // Both, as the history says it: "You interviewed Ben · ended early: Ben left".
    std::string description() const;
    // "pair: " and the description, as `sessions list` says it.
    std::string summary() const { return "pair: " + description(); }
};

struct SessionRecord {
    SessionRecordId id = 0;
    std::string uid;            // stable across export and import
    std::string scenarioId;
    std::string scenarioTitle;
    std::string scenarioHash;   // empty when no copy of the scenario could be kept
    std::string name;           // the user's name for it; empty: none given
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;
    std::optional<std::int64_t> finishedMs;
    double seconds = 0;         // session time spent (pauses excluded)
    std::int64_t actionCount = 0;
    std::optional<double> coverage;  // 0..1 once scored
    std::optional<std::int64_t> deletedMs;
    std::vector<StageScore> stages;  // filled by listSessions and session()
    std::optional<PairParts> pair;   // a pair session; nothing for practice with the app

    bool finished() const { return finishedMs.has_value(); }
    // Brings figures read from a file or a database someone else may have
    // written into range: coverage 0..1 (NaN: unscored), seconds finite and
    // not negative. Every reader of records calls it, so no screen has to.
    void clampScores();
    // The name if given, else the scenario title.
    const std::string& displayName() const { return name.empty() ? scenarioTitle : name; }
};

struct StoredAction {
    std::int64_t seq = 0;
    std::string json;  // as written: actionToJson(action).dump()
};

// What a new session row needs.
struct NewSessionRecord {
    std::string uid;  // empty: a fresh random one
    std::string scenarioId;
    std::string scenarioTitle;
    std::optional<ScenarioCopy> scenario;
    std::string name;
    std::int64_t createdMs = 0;
};

// What changes with each batch of actions appended.
struct AppendInfo {
    std::int64_t updatedMs = 0;
    double seconds = 0;
    std::optional<std::int64_t> finishedMs;  // set once by the batch that finishes
};

class SessionStore {
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr std::int32_t kApplicationId = 0x52485253;  // "RHRS"

    // Opens the database at `path` (a file name or an SQLite "file:" URI),
    // creating it and its schema when it does not exist. Throws StoreError:
    // Damaged, Foreign, Newer, ReadOnly... The caller decides what to do
    // about it (store_recovery.hpp). `verify` false skips the page check, to
    // read what can still be read from a damaged file.
    static std::unique_ptr<SessionStore> open(const std::string& path, SqliteConnection::Mode mode,
                                              const std::string& vfs = {}, bool verify = true);

    const std::string& path() const { return m_db.path(); }
    bool isReadOnly() const { return m_readOnly; }

    // Groups several writes into one transaction (otherwise each is its own).
    SqliteTransaction transaction() { return SqliteTransaction(m_db); }

    SessionRecordId createSession(const NewSessionRecord& record);
    void appendActions(SessionRecordId id, std::int64_t firstSeq, const std::vector<std::string>& actionJson,
                       const AppendInfo& info);
    void saveScore(SessionRecordId id, const SessionScore& score);
    // Writes a whole session at once, with the metadata of `record` (its id
    // is ignored; `stages` become its scores): import and salvage.
    SessionRecordId insertSession(const SessionRecord& record, const std::optional<ScenarioCopy>& scenario,
                                  const std::vector<std::string>& actionJson);
    void rename(SessionRecordId id, const std::string& name);
    // Soft delete (history offers undo); restore undoes it.
    void markDeleted(SessionRecordId id, std::int64_t atMs);
    void restore(SessionRecordId id);
    // Removes for good what was deleted before `beforeMs`; returns how many.
    int purgeDeleted(std::int64_t beforeMs);

    // Newest first; deleted sessions left out unless asked for.
    std::vector<SessionRecord> listSessions(bool includeDeleted = false);
    std::optional<SessionRecord> session(SessionRecordId id);
    std::optional<SessionRecord> sessionByUid(const std::string& uid);
    // The unfinished session touched last, if any.
    std::optional<SessionRecord> lastUnfinished();
    std::vector<StoredAction> journal(SessionRecordId id);
    std::optional<ScenarioCopy> scenarioCopy(const std::string& hash);

    // PRAGMA integrity_check: "ok" or SQLite's list of problems.
    std::string integrityCheck();

    SqliteConnection& connection() { return m_db; }

private:
    SessionStore(const std::string& path, SqliteConnection::Mode mode, const std::string& vfs);
    void prepareSchema(bool verify);
    void putScenarioCopy(const ScenarioCopy& copy);
    std::vector<StageScore> stageScores(SessionRecordId id);

    SqliteConnection m_db;
    bool m_readOnly = false;
};

// A random id for a new session ("s-" and 24 hex digits).
std::string newSessionUid();

}  // namespace rehearse
