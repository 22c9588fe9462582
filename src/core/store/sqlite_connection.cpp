#include "core/store/sqlite_connection.hpp"

#include "core/text/utf8.hpp"

#include <sqlite3.h>

namespace rehearse {

StoreError::Kind storeErrorKind(int sqliteCode) {
    switch (sqliteCode & 0xff) {  // primary code; extended codes carry details only
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return StoreError::Kind::Damaged;
        case SQLITE_FULL:
            return StoreError::Kind::Full;
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
        case SQLITE_AUTH:
            return StoreError::Kind::ReadOnly;
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return StoreError::Kind::Busy;
        case SQLITE_IOERR:
            return StoreError::Kind::Io;
        default:
            return StoreError::Kind::Other;
    }
}

const char* storeErrorReason(StoreError::Kind kind) {
    switch (kind) {
        case StoreError::Kind::Damaged: return "the file is damaged or is not a database";
        case StoreError::Kind::Foreign: return "the file is a database of another program";
        case StoreError::Kind::Newer: return "the file was written by a newer version of Rehearse";
        case StoreError::Kind::Altered: return "the file holds triggers, views or tables Rehearse does not create";
        case StoreError::Kind::Full: return "the disk is full";
        case StoreError::Kind::ReadOnly: return "the folder or file cannot be written (read-only or no permission)";
        case StoreError::Kind::Busy: return "another Rehearse is holding the database";
        case StoreError::Kind::Io: return "the disk reported an error";
        case StoreError::Kind::Other: break;
    }
    return "the database reported an error";
}

// ---------------------------------------------------------------- connection

SqliteConnection::SqliteConnection(const std::string& path, Mode mode, const std::string& vfs) : m_path(path) {
    int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    flags |= SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;  // one thread owns a connection
    int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, vfs.empty() ? nullptr : vfs.c_str());
    if (rc != SQLITE_OK) {
        std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StoreError(storeErrorKind(rc), rc, "cannot open " + path + ": " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Nothing in the file's schema runs code for us: no triggers, no views,
    // no functions with side effects from schema expressions, no writes to
    // the schema itself. SessionStore also refuses such a file outright;
    // this also protects salvage, which reads from it.
    const int settings[][2] = {{SQLITE_DBCONFIG_DEFENSIVE, 1},
                               {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
                               {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
                               {SQLITE_DBCONFIG_ENABLE_VIEW, 0}};
    for (const auto& setting : settings) {
        int now = -1;
        rc = sqlite3_db_config(m_db, setting[0], setting[1], &now);
        if (rc != SQLITE_OK || now != setting[1]) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            throw StoreError(StoreError::Kind::Other, rc, "cannot open " + path + " safely: this SQLite lacks a "
                                                          "defensive setting");
        }
    }
    // Two app windows, or the CLI beside the app, wait for each other briefly
    // instead of failing at once.
    sqlite3_busy_timeout(m_db, 3000);
}

SqliteConnection::~SqliteConnection() {
    // close_v2 defers until every statement is finalised, so order of
    // destruction never leaks the handle.
    if (m_db) sqlite3_close_v2(m_db);
}

void SqliteConnection::fail(int code, const std::string& what) {
    std::string message = what + ": " + (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
    throw StoreError(storeErrorKind(code), code, message);
}

void SqliteConnection::execute(const char* sql) {
    char* error = nullptr;
    int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw StoreError(storeErrorKind(rc), rc, std::string(sql).substr(0, 60) + ": " + message);
    }
}

std::string SqliteConnection::queryText(const char* sql) {
    SqliteStatement statement(*this, sql);
    return statement.step() && !statement.isNull(0) ? statement.text(0) : std::string();
}

std::int64_t SqliteConnection::queryInt(const char* sql) {
    SqliteStatement statement(*this, sql);
    return statement.step() ? statement.int64(0) : 0;
}

std::int64_t SqliteConnection::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int SqliteConnection::changes() const { return sqlite3_changes(m_db); }

// ----------------------------------------------------------------- statement

SqliteStatement::SqliteStatement(SqliteConnection& connection, const char* sql) : m_connection(connection) {
    int rc = sqlite3_prepare_v2(connection.handle(), sql, -1, &m_statement, nullptr);
    if (rc != SQLITE_OK) connection.fail(rc, std::string("cannot prepare \"") + std::string(sql).substr(0, 60) + "\"");
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_statement); }

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    int rc = sqlite3_bind_int64(m_statement, index, value);
    if (rc != SQLITE_OK) m_connection.fail(rc, "cannot bind a value");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    int rc = sqlite3_bind_double(m_statement, index, value);
    if (rc != SQLITE_OK) m_connection.fail(rc, "cannot bind a value");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const std::string& raw) {
    const std::string value = repairUtf8(raw);
    int rc = sqlite3_bind_text(m_statement, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) m_connection.fail(rc, "cannot bind a value");
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index) {
    int rc = sqlite3_bind_null(m_statement, index);
    if (rc != SQLITE_OK) m_connection.fail(rc, "cannot bind a value");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

SqliteStatement& SqliteStatement::bind(int index, const std::optional<double>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

bool SqliteStatement::step() {
    int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    m_connection.fail(rc, "query failed");
}

void SqliteStatement::run() {
    while (step()) {
    }
}

void SqliteStatement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
std::int64_t SqliteStatement::int64(int column) const { return sqlite3_column_int64(m_statement, column); }
double SqliteStatement::real(int column) const { return sqlite3_column_double(m_statement, column); }

std::string SqliteStatement::text(int column) const {
    const unsigned char* text = sqlite3_column_text(m_statement, column);
    int size = sqlite3_column_bytes(m_statement, column);
    if (!text) return std::string();
    return repairUtf8(std::string_view(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size)));
}

std::optional<std::int64_t> SqliteStatement::optionalInt64(int column) const {
    if (isNull(column)) return std::nullopt;
    return int64(column);
}

std::optional<double> SqliteStatement::optionalReal(int column) const {
    if (isNull(column)) return std::nullopt;
    return real(column);
}

// --------------------------------------------------------------- transaction

SqliteTransaction::SqliteTransaction(SqliteConnection& connection) : m_connection(connection) {
    // IMMEDIATE takes the write lock now, so a busy database fails here and
    // not halfway through the writes.
    m_connection.execute("BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction() {
    if (m_done) return;
    // After some errors (SQLITE_FULL, IOERR) SQLite has already rolled back;
    // ROLLBACK then fails harmlessly, so its result is ignored.
    sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit() {
    m_connection.execute("COMMIT");
    m_done = true;
}

}  // namespace rehearse
