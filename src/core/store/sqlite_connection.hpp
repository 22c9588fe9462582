// A thin RAII layer over the SQLite C API: a connection, prepared statements
// with bound parameters, and a transaction guard. Every failure becomes a
// StoreError that keeps SQLite's code (so callers can tell "disk full" from
// "damaged file") and says in words what went wrong.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace rehearse {

class StoreError : public std::runtime_error {
public:
    enum class Kind {
        Damaged,    // not a database, or a corrupt one
        Foreign,    // a database, but not ours
        Newer,      // ours, from a newer Rehearse
        Altered,    // ours, but with triggers, views or tables we never create
        Full,       // no space left
        ReadOnly,   // no permission to write
        Busy,       // another process holds the lock too long
        Io,         // any other disk error
        Other,
    };
    StoreError(Kind kind, int sqliteCode, const std::string& message)
        : std::runtime_error(message), m_kind(kind), m_code(sqliteCode) {}
    Kind kind() const { return m_kind; }
    int sqliteCode() const { return m_code; }

private:
    Kind m_kind;
    int m_code;
};

// The kind of failure an SQLite result code stands for.
StoreError::Kind storeErrorKind(int sqliteCode);
// "the disk is full", "the file is damaged", ... for messages.
const char* storeErrorReason(StoreError::Kind kind);

class SqliteConnection;

class SqliteStatement {
public:
    SqliteStatement(SqliteConnection& connection, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters are 1-based, as in SQL ("?1").
    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, const std::string& value);
    SqliteStatement& bindNull(int index);
    SqliteStatement& bind(int index, const std::optional<std::int64_t>& value);
    SqliteStatement& bind(int index, const std::optional<double>& value);

    // Steps once: true while there is a row to read.
    bool step();
    // Steps to the end (for statements that return no rows).
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    // SQLite never checks that TEXT is UTF-8: a crafted file, or a name
    // stored by an older version, may hold any bytes. Text is repaired
    // (U+FFFD) on the way in and out, so the store hands out valid UTF-8.
    std::string text(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    SqliteConnection& m_connection;
    sqlite3_stmt* m_statement = nullptr;
};

class SqliteConnection {
public:
    enum class Mode { ReadWrite, ReadOnly };
    // Opens (creating it in ReadWrite mode) the database at `path`; `vfs` is
    // SQLite's default when empty (tests inject failing ones). The file may
    // have been written by someone else, so the connection is defensive:
    // SQLITE_DBCONFIG_DEFENSIVE, trusted_schema off, and triggers and views
    // disabled (Rehearse's schema has none; one in the file would run inside
    // our transactions).
    SqliteConnection(const std::string& path, Mode mode, const std::string& vfs = {});
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    void execute(const char* sql);
    // The first column of the first row, as text ("" when there is none).
    std::string queryText(const char* sql);
    std::int64_t queryInt(const char* sql);
    std::int64_t lastInsertId() const;
    int changes() const;

    sqlite3* handle() { return m_db; }
    const std::string& path() const { return m_path; }

    // Throws a StoreError for `code` with SQLite's own message appended.
    [[noreturn]] void fail(int code, const std::string& what);

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit()
// was called: an exception anywhere inside leaves the database as it was.
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteConnection& connection);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    void commit();

private:
    SqliteConnection& m_connection;
    bool m_done = false;
};

}  // namespace rehearse
