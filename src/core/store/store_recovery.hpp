// Opening the session database so that the app always starts and nothing is
// ever overwritten:
//   damaged file    -> moved aside as sessions.db.corrupt-<time> (with its
//                      -wal/-shm), the sessions still readable in it are
//                      copied into a fresh database, and the user is told;
//   foreign file    -> moved aside as sessions.db.foreign-<time>, fresh start;
//   altered file    -> ours, but with triggers, views or tables we never
//                      create: moved aside as sessions.db.altered-<time>,
//                      its sessions copied out (read with no trigger or view
//                      able to run) into a fresh database;
//   newer version   -> left alone; nothing is saved this run (say so);
//   read-only place -> history opens read-only if it can; nothing is saved;
//   no folder       -> nothing is saved this run (say so).
#pragma once

#include "core/store/session_store.hpp"

#include <memory>
#include <string>

namespace rehearse {

struct StoreOpenOptions {
    std::string path;          // empty: sessionDatabasePath()
    std::string vfs;           // empty: SQLite's default (tests inject failures)
};

struct StoreOpenResult {
    std::unique_ptr<SessionStore> store;  // null: sessions can be neither read nor saved
    std::string path;                     // the database it is about
    std::string problem;                  // one paragraph for the user; empty when all is well
    std::string movedAsideTo;             // where a damaged or foreign file was kept
    int salvaged = 0;                     // sessions copied out of a damaged file

    bool canSave() const { return store && !store->isReadOnly(); }
};

StoreOpenResult openSessionStore(const StoreOpenOptions& options = {});

// Copies every session that still reads cleanly from the database at
// `damagedPath` (opened read-only, never changed) into `into`; returns how many.
int salvageSessions(const std::string& damagedPath, SessionStore& into, const std::string& vfs = {});

// An SQLite URI for `path` with `query` ("mode=ro", "immutable=1").
std::string sqliteFileUri(const std::string& path, const std::string& query);

}  // namespace rehearse
