// Shared by the store tests: a temporary folder that stands in for the XDG
// directories (tests never touch the real home), and a fault-injecting
// SQLite VFS that makes the disk "full" or the data folder "read-only" on
// demand -- the tests run as root in CI, where chmod cannot stop a write.
#pragma once

#include "core/scenario/scenario.hpp"
#include "core/store/session_store.hpp"
#include "test_files.hpp"  // readAll, writeAll

#include <string>

namespace rehearse::test {

// mkdtemp under /tmp; removed with everything in it on destruction. While
// it lives, XDG_DATA_HOME and XDG_CONFIG_HOME point inside it.
class TempHome {
public:
    TempHome();
    ~TempHome();
    TempHome(const TempHome&) = delete;
    TempHome& operator=(const TempHome&) = delete;
    const std::string& path() const { return m_path; }
    std::string dataDir() const { return m_path + "/data/rehearse"; }
    std::string dbPath() const { return dataDir() + "/sessions.db"; }

private:
    std::string m_path;
    std::string m_oldData, m_oldConfig;
    bool m_hadData = false, m_hadConfig = false;
};

// The toy scenario of tests/data, loaded from a copy inside `dir` (so a test
// may edit or delete the file afterwards).
Scenario copyMinimalScenario(const std::string& dir);

// One unfinished rehearsal of `scenario` with a note, stored as the app's
// recorder stores it; its id.
SessionRecordId storeUnfinishedRehearsal(SessionStore& store, const Scenario& scenario);

bool exists(const std::string& path);
void makeDirs(const std::string& path);
// Names in `dir` that start with `prefix`.
std::vector<std::string> filesStartingWith(const std::string& dir, const std::string& prefix);

// The fault VFS, registered (not as default) under this name.
inline constexpr const char* kFaultVfs = "rehearse-test-faults";
struct Faults {
    bool diskFull = false;   // every write fails with SQLITE_FULL, as with ENOSPC
    bool readOnly = false;   // files open read-only and nothing new can be created
};
Faults& faults();  // registers the VFS on first use
// Resets the faults on scope exit, so a failing check cannot leak them.
struct FaultsGuard {
    ~FaultsGuard() { faults() = Faults{}; }
};

}  // namespace rehearse::test
