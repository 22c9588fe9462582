// Sections: 1. opening and schema  2. writes  3. reads
#include "core/store/session_store.hpp"

#include "core/numeric/checked_conversion.hpp"

#include "core/session/action.hpp"
#include "core/store/timestamps.hpp"

#include <nlohmann/json.hpp>

#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <map>
#include <random>

namespace rehearse {
namespace {

const char* const kSchema = R"sql(
CREATE TABLE scenario_copies (
    hash        TEXT PRIMARY KEY,
    scenario_id TEXT NOT NULL,
    title       TEXT NOT NULL,
    definition  TEXT NOT NULL,
    stored_at   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE sessions (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    scenario_id    TEXT NOT NULL,
    scenario_title TEXT NOT NULL,
    scenario_hash  TEXT REFERENCES scenario_copies(hash),
    name           TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    finished_at    INTEGER,
    seconds        REAL NOT NULL DEFAULT 0,
    action_count   INTEGER NOT NULL DEFAULT 0,
    coverage       REAL,
    deleted_at     INTEGER
);
CREATE INDEX sessions_by_update ON sessions(updated_at);
CREATE TABLE actions (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    json       TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE TABLE stage_scores (
    session_id     INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    stage          TEXT NOT NULL,
    covered_weight INTEGER NOT NULL,
    total_weight   INTEGER NOT NULL,
    seconds        REAL NOT NULL,
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;
)sql";

const char* const kSessionColumns =
    "id, uid, scenario_id, scenario_title, scenario_hash, name, created_at, updated_at, finished_at, seconds, "
    "action_count, coverage, deleted_at";

// Who played which part, when the first action is a StartPair.
std::optional<PairParts> pairPartsFromFirstAction(const std::string& text) {
    if (text.find("start_pair") == std::string::npos) return std::nullopt;  // most sessions: no parse
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded()) return std::nullopt;
    const std::optional<Action> action = actionFromJson(json);
    const StartPair* pair = action ? std::get_if<StartPair>(&action->payload) : nullptr;
    if (!pair) return std::nullopt;
    return PairParts{pair->interviewerName, pair->candidateName, pair->keptBy, std::nullopt};
}

}  // namespace

std::string PairParts::whoPlayedWhich() const {
    return keptBy == PairRole::Candidate     ? interviewer + " interviewed you"
           : keptBy == PairRole::Interviewer ? "You interviewed " + candidate
                                             : interviewer + " interviewed " + candidate;
}

std::string PairParts::endedEarly() const {
    if (!partnerLeft) return "";
    return "ended early: " + (*partnerLeft == PairRole::Candidate ? candidate : interviewer) + " left";
}

std::string PairParts::description() const {
    const std::string early = endedEarly();
    return early.empty() ? whoPlayedWhich() : whoPlayedWhich() + " \xC2\xB7 " + early;
}

namespace {

SessionRecord readSession(const SqliteStatement& row) {
    SessionRecord r;
    r.id = row.int64(0);
    r.uid = row.text(1);
    r.scenarioId = row.text(2);
    r.scenarioTitle = row.text(3);
    r.scenarioHash = row.isNull(4) ? std::string() : row.text(4);
    r.name = row.text(5);
    r.createdMs = row.int64(6);
    r.updatedMs = row.int64(7);
    r.finishedMs = row.optionalInt64(8);
    r.seconds = row.real(9);
    r.actionCount = row.int64(10);
    r.coverage = row.optionalReal(11);
    r.deletedMs = row.optionalInt64(12);
    r.clampScores();
    return r;
}

}  // namespace

void SessionRecord::clampScores() {
    constexpr double kMaxSeconds = 1e9;  // 31 years: more is not a rehearsal
    seconds = clampFinite(seconds, 0, kMaxSeconds, 0);
    if (coverage) {
        if (*coverage != *coverage) coverage.reset();
        else coverage = clampFinite(*coverage, 0, 1, 0);
    }
    for (StageScore& stage : stages) stage.seconds = clampFinite(stage.seconds, 0, kMaxSeconds, 0);
}

namespace {

// What sqlite_schema holds: name -> (type, table, sql); sql "" for the
// indexes SQLite makes itself (UNIQUE, PRIMARY KEY).
using SchemaObjects = std::map<std::string, std::array<std::string, 3>>;

SchemaObjects readSchemaObjects(SqliteConnection& db) {
    SchemaObjects objects;
    SqliteStatement select(db, "SELECT name, type, tbl_name, sql FROM sqlite_schema");
    while (select.step())
        objects[select.text(0)] = {select.text(1), select.text(2), select.isNull(3) ? "" : select.text(3)};
    return objects;
}

// Exactly what kSchema creates, read back from a database made with it, so
// the comparison sees SQLite's own form of each statement.
const SchemaObjects& expectedSchemaObjects() {
    static const SchemaObjects expected = [] {
        SqliteConnection memory(":memory:", SqliteConnection::Mode::ReadWrite);
        memory.execute(kSchema);
        return readSchemaObjects(memory);
    }();
    return expected;
}

// Tables SQLite itself may add (ANALYZE statistics); they only guide the
// query planner.
bool isSqliteStatistics(const std::string& name, const std::array<std::string, 3>& object) {
    return object[0] == "table" && (name == "sqlite_stat1" || name == "sqlite_stat4");
}

// "a table", "an index", ... for messages.
std::string withArticle(const std::string& type) { return (type == "index" ? "an " : "a ") + type; }

// Empty when the file holds exactly Rehearse's tables and indexes; else what
// is wrong, in words that follow "<path> holds". A trigger or view in the
// file would run inside our transactions (a trigger on rename could delete a
// journal; a recursive view in place of a table never returns), so nothing
// else is accepted.
std::string unexpectedSchema(SqliteConnection& db) {
    const SchemaObjects& expected = expectedSchemaObjects();
    const SchemaObjects actual = readSchemaObjects(db);
    for (const auto& [name, object] : actual) {
        auto it = expected.find(name);
        if (it == expected.end()) {
            if (isSqliteStatistics(name, object)) continue;
            return withArticle(object[0]) + " '" + name + "' that Rehearse never creates";
        }
        if (it->second[0] != object[0])
            return withArticle(object[0]) + " '" + name + "' where Rehearse keeps " + withArticle(it->second[0]);
        if (it->second != object) return withArticle(object[0]) + " '" + name + "' unlike the one Rehearse creates";
    }
    for (const auto& [name, object] : expected)
        if (!actual.count(name)) return "no " + object[0] + " '" + name + "'";
    return {};
}

// Joins the caller's transaction when there is one, else opens its own: a
// store call is atomic either way.
class WriteScope {
public:
    explicit WriteScope(SqliteConnection& db) {
        if (sqlite3_get_autocommit(db.handle())) m_own.emplace(db);
    }
    void commit() {
        if (m_own) m_own->commit();
    }

private:
    std::optional<SqliteTransaction> m_own;
};

}  // namespace

std::string newSessionUid() {
    // Random enough that two machines never pick the same id for sessions
    // that meet later through export and import.
    std::random_device device;
    std::uniform_int_distribution<unsigned> byte(0, 255);
    std::string uid = "s-";
    char hex[3];
    for (int i = 0; i < 12; ++i) {
        std::snprintf(hex, sizeof hex, "%02x", byte(device));
        uid += hex;
    }
    return uid;
}

// --- 1. opening and schema ----------------------------------------------------

std::unique_ptr<SessionStore> SessionStore::open(const std::string& path, SqliteConnection::Mode mode,
                                                 const std::string& vfs, bool verify) {
    std::unique_ptr<SessionStore> store(new SessionStore(path, mode, vfs));
    store->prepareSchema(verify);
    return store;
}

SessionStore::SessionStore(const std::string& path, SqliteConnection::Mode mode, const std::string& vfs)
    : m_db(path, mode, vfs), m_readOnly(mode == SqliteConnection::Mode::ReadOnly) {}

void SessionStore::prepareSchema(bool verify) {
    // The first read of the header tells a database from anything else.
    std::int64_t applicationId = m_db.queryInt("PRAGMA application_id");
    std::int64_t version = m_db.queryInt("PRAGMA user_version");
    std::int64_t tables = m_db.queryInt("SELECT count(*) FROM sqlite_schema");

    if (applicationId != kApplicationId && (applicationId != 0 || tables > 0))
        throw StoreError(StoreError::Kind::Foreign, 0, path() + " is not a Rehearse session database");
    if (version > kSchemaVersion)
        throw StoreError(StoreError::Kind::Newer, 0,
                         path() + " was written by a newer version of Rehearse (schema " + std::to_string(version) +
                             "; this version reads up to " + std::to_string(kSchemaVersion) + ")");

    // Before anything is written to the file (journal_mode changes its
    // header): a file with the right header but someone else's schema is
    // refused. Salvage (verify false) still reads such a file: the
    // connection runs no trigger or view (sqlite_connection.cpp).
    if (applicationId != 0 && verify) {
        std::string unexpected = unexpectedSchema(m_db);
        if (!unexpected.empty())
            throw StoreError(StoreError::Kind::Altered, 0, path() + " holds " + unexpected);
    }

    if (!m_readOnly) {
        // WAL: a commit appends to the log instead of rewriting pages, so a
        // kill mid-write leaves the last committed state intact; readers (the
        // CLI beside the app) never block the writer.
        m_db.execute("PRAGMA journal_mode=WAL");
        m_db.execute("PRAGMA synchronous=FULL");
    }
    m_db.execute("PRAGMA foreign_keys=ON");

    if (applicationId == 0) {
        if (m_readOnly) throw StoreError(StoreError::Kind::ReadOnly, 0, path() + " has no sessions yet");
        SqliteTransaction transaction(m_db);
        m_db.execute(kSchema);
        m_db.execute(("PRAGMA application_id=" + std::to_string(kApplicationId)).c_str());
        m_db.execute(("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str());
        transaction.commit();
        return;
    }
    // A damaged page somewhere in the file shows here, before the user trusts
    // the history with more work. quick_check reads every page but skips the
    // index cross-checks, so it stays fast for a file of this size.
    if (!verify) return;
    std::string check = m_db.queryText("PRAGMA quick_check");
    if (check != "ok") throw StoreError(StoreError::Kind::Damaged, SQLITE_CORRUPT, path() + " is damaged: " + check);
}

std::string SessionStore::integrityCheck() {
    SqliteStatement statement(m_db, "PRAGMA integrity_check");
    std::string result;
    while (statement.step()) result += (result.empty() ? "" : "\n") + statement.text(0);
    return result;
}

// --- 2. writes ----------------------------------------------------------------

void SessionStore::putScenarioCopy(const ScenarioCopy& copy) {
    SqliteStatement insert(m_db,
                           "INSERT OR IGNORE INTO scenario_copies (hash, scenario_id, title, definition, stored_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, copy.hash).bind(2, copy.scenarioId).bind(3, copy.title).bind(4, copy.definition);
    insert.bind(5, nowUnixMs());
    insert.run();
}

SessionRecordId SessionStore::createSession(const NewSessionRecord& record) {
    WriteScope scope(m_db);
    if (record.scenario) putScenarioCopy(*record.scenario);
    SqliteStatement insert(m_db,
                           "INSERT INTO sessions (uid, scenario_id, scenario_title, scenario_hash, name, created_at, "
                           "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
    insert.bind(1, record.uid.empty() ? newSessionUid() : record.uid);
    insert.bind(2, record.scenarioId).bind(3, record.scenarioTitle);
    if (record.scenario) insert.bind(4, record.scenario->hash);
    else insert.bindNull(4);
    insert.bind(5, record.name).bind(6, record.createdMs);
    insert.run();
    SessionRecordId id = m_db.lastInsertId();
    scope.commit();
    return id;
}

void SessionStore::appendActions(SessionRecordId id, std::int64_t firstSeq, const std::vector<std::string>& actionJson,
                                 const AppendInfo& info) {
    WriteScope scope(m_db);
    // A row already there with the same text is a batch retried after a
    // commit that reported failure but reached the disk: fine. Different
    // text means another writer (a second window) records the same session:
    // refuse rather than interleave two journals.
    SqliteStatement insert(m_db,
                           "INSERT INTO actions (session_id, seq, json) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT (session_id, seq) DO NOTHING");
    SqliteStatement existing(m_db, "SELECT json FROM actions WHERE session_id = ?1 AND seq = ?2");
    for (std::size_t i = 0; i < actionJson.size(); ++i) {
        const std::int64_t seq = firstSeq + static_cast<std::int64_t>(i);
        insert.bind(1, id).bind(2, seq).bind(3, actionJson[i]);
        insert.run();
        insert.reset();
        if (m_db.changes() == 1) continue;
        existing.bind(1, id).bind(2, seq);
        bool same = existing.step() && existing.text(0) == actionJson[i];
        existing.reset();
        if (!same)
            throw StoreError(StoreError::Kind::Other, 0,
                             "session " + std::to_string(id) + " is being recorded by another Rehearse window");
    }
    SqliteStatement update(m_db,
                           "UPDATE sessions SET updated_at = ?2, seconds = ?3, action_count = max(action_count, ?4), "
                           "finished_at = coalesce(finished_at, ?5) WHERE id = ?1");
    update.bind(1, id).bind(2, info.updatedMs).bind(3, info.seconds);
    update.bind(4, firstSeq + static_cast<std::int64_t>(actionJson.size())).bind(5, info.finishedMs);
    update.run();
    if (m_db.changes() != 1)
        throw StoreError(StoreError::Kind::Other, 0, "session " + std::to_string(id) + " is not in the store");
    scope.commit();
}

void SessionStore::saveScore(SessionRecordId id, const SessionScore& score) {
    WriteScope scope(m_db);
    SqliteStatement clear(m_db, "DELETE FROM stage_scores WHERE session_id = ?1");
    clear.bind(1, id).run();
    SqliteStatement insert(m_db,
                           "INSERT INTO stage_scores (session_id, position, stage, covered_weight, total_weight, "
                           "seconds) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (std::size_t i = 0; i < score.stages.size(); ++i) {
        const StageScore& s = score.stages[i];
        insert.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, s.stage);
        insert.bind(4, static_cast<std::int64_t>(s.coveredWeight)).bind(5, static_cast<std::int64_t>(s.totalWeight));
        insert.bind(6, s.seconds);
        insert.run();
        insert.reset();
    }
    // Nothing to cover (a pair candidate's copy holds no key points): not
    // scored, rather than a 100% nobody earned.
    SqliteStatement update(m_db, "UPDATE sessions SET coverage = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, score.share().assessedFraction()).run();
    scope.commit();
}

SessionRecordId SessionStore::insertSession(const SessionRecord& record, const std::optional<ScenarioCopy>& scenario,
                                            const std::vector<std::string>& actionJson) {
    WriteScope scope(m_db);
    if (scenario) putScenarioCopy(*scenario);
    SqliteStatement insert(m_db,
                           "INSERT INTO sessions (uid, scenario_id, scenario_title, scenario_hash, name, created_at, "
                           "updated_at, finished_at, seconds, action_count, coverage, deleted_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    insert.bind(1, record.uid.empty() ? newSessionUid() : record.uid);
    insert.bind(2, record.scenarioId).bind(3, record.scenarioTitle);
    if (scenario) insert.bind(4, scenario->hash);
    else insert.bindNull(4);
    insert.bind(5, record.name).bind(6, record.createdMs).bind(7, record.updatedMs).bind(8, record.finishedMs);
    insert.bind(9, record.seconds).bind(10, static_cast<std::int64_t>(actionJson.size()));
    insert.bind(11, record.coverage).bind(12, record.deletedMs);
    insert.run();
    SessionRecordId id = m_db.lastInsertId();
    SqliteStatement action(m_db, "INSERT INTO actions (session_id, seq, json) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < actionJson.size(); ++i) {
        action.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, actionJson[i]);
        action.run();
        action.reset();
    }
    if (!record.stages.empty()) {
        SessionScore score;
        score.stages = record.stages;
        saveScore(id, score);
        // saveScore derives coverage from the stages; keep the record's own.
        SqliteStatement update(m_db, "UPDATE sessions SET coverage = ?2 WHERE id = ?1");
        update.bind(1, id).bind(2, record.coverage).run();
    }
    scope.commit();
    return id;
}

void SessionStore::rename(SessionRecordId id, const std::string& name) {
    SqliteStatement update(m_db, "UPDATE sessions SET name = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, name).run();
}

void SessionStore::markDeleted(SessionRecordId id, std::int64_t atMs) {
    SqliteStatement update(m_db, "UPDATE sessions SET deleted_at = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, atMs).run();
}

void SessionStore::restore(SessionRecordId id) {
    SqliteStatement update(m_db, "UPDATE sessions SET deleted_at = NULL WHERE id = ?1");
    update.bind(1, id).run();
}

int SessionStore::purgeDeleted(std::int64_t beforeMs) {
    WriteScope scope(m_db);
    // Actions and scores go with their session (ON DELETE CASCADE); scenario
    // copies no session uses any more go too.
    SqliteStatement remove(m_db, "DELETE FROM sessions WHERE deleted_at IS NOT NULL AND deleted_at < ?1");
    remove.bind(1, beforeMs).run();
    int removed = m_db.changes();
    m_db.execute(
        "DELETE FROM scenario_copies WHERE hash NOT IN "
        "(SELECT scenario_hash FROM sessions WHERE scenario_hash IS NOT NULL)");
    scope.commit();
    return removed;
}

// --- 3. reads -----------------------------------------------------------------

// A pair session says so in its first action (StartPair): read from the
// journal, so sessions stored before pair practice existed, imported ones and
// new ones are all read the same way, with no column to keep in step with the
// journal. A damaged page there leaves the session unmarked instead of
// failing the whole list (salvage lists a damaged store).
namespace {

// A finished pair session that ended early says so in its FinishSession
// (partnerLeft): looked for only in those, and only in the few entries that
// name it (a note could hold the words too, so each is read as an action).
std::optional<PairRole> partnerWhoLeft(SqliteConnection& db, SessionRecordId id) {
    SqliteStatement finishes(db, "SELECT json FROM actions WHERE session_id = ?1 AND json LIKE '%partner_left%' "
                                 "ORDER BY seq");
    finishes.bind(1, id);
    while (finishes.step()) {
        const nlohmann::json json = nlohmann::json::parse(finishes.text(0), nullptr, false);
        const std::optional<Action> action = json.is_discarded() ? std::nullopt : actionFromJson(json);
        const FinishSession* finish = action ? std::get_if<FinishSession>(&action->payload) : nullptr;
        if (finish) return finish->partnerLeft;
    }
    return std::nullopt;
}

void readPairParts(SqliteConnection& db, SessionRecord& record) {
    try {
        SqliteStatement first(db, "SELECT json FROM actions WHERE session_id = ?1 ORDER BY seq LIMIT 1");
        first.bind(1, record.id);
        if (first.step()) record.pair = pairPartsFromFirstAction(first.text(0));
        if (record.pair && record.finished()) record.pair->partnerLeft = partnerWhoLeft(db, record.id);
    } catch (const StoreError&) {
        record.pair.reset();
    }
}

}  // namespace

std::vector<StageScore> SessionStore::stageScores(SessionRecordId id) {
    SqliteStatement select(m_db,
                           "SELECT stage, covered_weight, total_weight, seconds FROM stage_scores "
                           "WHERE session_id = ?1 ORDER BY position");
    select.bind(1, id);
    std::vector<StageScore> stages;
    while (select.step())
        stages.push_back({select.text(0), static_cast<int>(select.int64(1)), static_cast<int>(select.int64(2)),
                          select.real(3)});
    return stages;
}

std::vector<SessionRecord> SessionStore::listSessions(bool includeDeleted) {
    std::string sql = std::string("SELECT ") + kSessionColumns + " FROM sessions" +
                      (includeDeleted ? "" : " WHERE deleted_at IS NULL") + " ORDER BY created_at DESC, id DESC";
    SqliteStatement select(m_db, sql.c_str());
    std::vector<SessionRecord> sessions;
    std::map<SessionRecordId, std::size_t> index;
    while (select.step()) {
        index[select.int64(0)] = sessions.size();
        sessions.push_back(readSession(select));
    }
    for (SessionRecord& record : sessions) readPairParts(m_db, record);
    SqliteStatement scores(m_db,
                           "SELECT session_id, stage, covered_weight, total_weight, seconds FROM stage_scores "
                           "ORDER BY session_id, position");
    while (scores.step()) {
        auto it = index.find(scores.int64(0));
        if (it == index.end()) continue;
        sessions[it->second].stages.push_back({scores.text(1), static_cast<int>(scores.int64(2)),
                                               static_cast<int>(scores.int64(3)), scores.real(4)});
    }
    return sessions;
}

std::optional<SessionRecord> SessionStore::session(SessionRecordId id) {
    SqliteStatement select(m_db, (std::string("SELECT ") + kSessionColumns + " FROM sessions WHERE id = ?1").c_str());
    select.bind(1, id);
    if (!select.step()) return std::nullopt;
    SessionRecord record = readSession(select);
    record.stages = stageScores(id);
    readPairParts(m_db, record);
    return record;
}

std::optional<SessionRecord> SessionStore::sessionByUid(const std::string& uid) {
    SqliteStatement select(m_db, "SELECT id FROM sessions WHERE uid = ?1");
    select.bind(1, uid);
    if (!select.step()) return std::nullopt;
    return session(select.int64(0));
}

std::optional<SessionRecord> SessionStore::lastUnfinished() {
    // A session nothing was ever done in is not worth offering.
    SqliteStatement select(m_db,
                           "SELECT id FROM sessions WHERE finished_at IS NULL AND deleted_at IS NULL "
                           "AND action_count > 0 ORDER BY updated_at DESC, id DESC LIMIT 1");
    if (!select.step()) return std::nullopt;
    return session(select.int64(0));
}

std::vector<StoredAction> SessionStore::journal(SessionRecordId id) {
    SqliteStatement select(m_db, "SELECT seq, json FROM actions WHERE session_id = ?1 ORDER BY seq");
    select.bind(1, id);
    std::vector<StoredAction> actions;
    while (select.step()) actions.push_back({select.int64(0), select.text(1)});
    return actions;
}

std::optional<ScenarioCopy> SessionStore::scenarioCopy(const std::string& hash) {
    SqliteStatement select(m_db, "SELECT scenario_id, title, definition FROM scenario_copies WHERE hash = ?1");
    select.bind(1, hash);
    if (!select.step()) return std::nullopt;
    return ScenarioCopy{select.text(0), select.text(1), hash, select.text(2)};
}

}  // namespace rehearse
