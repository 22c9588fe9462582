#include "store_test_support.hpp"

#include "core/scenario/scenario_loader.hpp"
#include "core/store/session_recorder.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <dirent.h>
#include <sys/stat.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace rehearse::test {

// ------------------------------------------------------------------ temp home

TempHome::TempHome() {
    char pattern[] = "/tmp/rehearse-store-test-XXXXXX";
    REQUIRE(mkdtemp(pattern) != nullptr);
    m_path = pattern;
    if (const char* v = std::getenv("XDG_DATA_HOME")) m_hadData = true, m_oldData = v;
    if (const char* v = std::getenv("XDG_CONFIG_HOME")) m_hadConfig = true, m_oldConfig = v;
    setenv("XDG_DATA_HOME", (m_path + "/data").c_str(), 1);
    setenv("XDG_CONFIG_HOME", (m_path + "/config").c_str(), 1);
}

TempHome::~TempHome() {
    if (m_hadData) setenv("XDG_DATA_HOME", m_oldData.c_str(), 1);
    else unsetenv("XDG_DATA_HOME");
    if (m_hadConfig) setenv("XDG_CONFIG_HOME", m_oldConfig.c_str(), 1);
    else unsetenv("XDG_CONFIG_HOME");
    std::error_code ignored;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, ignored);
    std::filesystem::remove_all(m_path, ignored);
}

Scenario copyMinimalScenario(const std::string& dir) {
    std::filesystem::create_directories(dir);
    std::string path = dir + "/minimal.json";
    writeAll(path, readAll(std::string(REHEARSE_TEST_DATA) + "/scenarios/minimal.json"));
    auto loaded = loadScenarioFromFile(path);
    REQUIRE(loaded.scenario);
    return *loaded.scenario;
}

SessionRecordId storeUnfinishedRehearsal(SessionStore& store, const Scenario& scenario) {
    Session session(scenario);
    SessionRecorder recorder(&store);
    recorder.startNew(session);
    if (session.apply(Action{5, SetNotes{StageIndex(0), "label = paid late"}})) recorder.record(session);
    recorder.checkpoint(session);
    return *recorder.recordId();
}

void makeDirs(const std::string& path) { std::filesystem::create_directories(path); }

bool exists(const std::string& path) {
    struct stat info {};
    return stat(path.c_str(), &info) == 0;
}

std::vector<std::string> filesStartingWith(const std::string& dir, const std::string& prefix) {
    std::vector<std::string> names;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* entry = readdir(d))
            if (std::strncmp(entry->d_name, prefix.c_str(), prefix.size()) == 0) names.push_back(entry->d_name);
        closedir(d);
    }
    return names;
}

// ------------------------------------------------------------------ fault VFS
//
// A shim over the default VFS: every file it opens is the real file wrapped
// in a FaultFile whose methods forward to it, except that writes fail while
// the disk is "full", and while the folder is "read-only" the database opens
// read-only (as the unix VFS does when it may not write) and no journal or
// WAL can be created.

namespace {

struct FaultFile {
    sqlite3_file base;   // must come first: SQLite sees this
    sqlite3_file* real;  // the default VFS's file, allocated right after us
};

sqlite3_vfs* g_real = nullptr;
Faults g_faults;

sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<FaultFile*>(f)->real; }

int faultClose(sqlite3_file* f) { return real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK; }
int faultRead(sqlite3_file* f, void* b, int n, sqlite3_int64 o) { return real(f)->pMethods->xRead(real(f), b, n, o); }
int faultWrite(sqlite3_file* f, const void* b, int n, sqlite3_int64 o) {
    if (g_faults.diskFull) return SQLITE_FULL;
    if (g_faults.readOnly) return SQLITE_READONLY;
    return real(f)->pMethods->xWrite(real(f), b, n, o);
}
int faultTruncate(sqlite3_file* f, sqlite3_int64 size) {
    if (g_faults.readOnly) return SQLITE_READONLY;
    return real(f)->pMethods->xTruncate(real(f), size);
}
int faultSync(sqlite3_file* f, int flags) { return real(f)->pMethods->xSync(real(f), flags); }
int faultFileSize(sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); }
int faultLock(sqlite3_file* f, int l) { return real(f)->pMethods->xLock(real(f), l); }
int faultUnlock(sqlite3_file* f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
int faultCheckReserved(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int faultFileControl(sqlite3_file* f, int op, void* arg) {
    // Pre-growing the WAL (SIZE_HINT) would bypass xWrite; refuse while full.
    if (g_faults.diskFull && op == SQLITE_FCNTL_SIZE_HINT) return SQLITE_FULL;
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int faultSectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int faultDeviceCharacteristics(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int faultShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int faultShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void faultShmBarrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
int faultShmUnmap(sqlite3_file* f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }
int faultFetch(sqlite3_file* f, sqlite3_int64 o, int n, void** out) {
    return real(f)->pMethods->xFetch(real(f), o, n, out);
}
int faultUnfetch(sqlite3_file* f, sqlite3_int64 o, void* p) { return real(f)->pMethods->xUnfetch(real(f), o, p); }

const sqlite3_io_methods kFaultMethods = {
    3,           faultClose,      faultRead,        faultWrite,         faultTruncate,
    faultSync,   faultFileSize,   faultLock,        faultUnlock,        faultCheckReserved,
    faultFileControl, faultSectorSize, faultDeviceCharacteristics, faultShmMap, faultShmLock,
    faultShmBarrier, faultShmUnmap, faultFetch,    faultUnfetch,
};

int faultOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags) {
    auto* file = reinterpret_cast<FaultFile*>(f);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    file->real->pMethods = nullptr;
    file->base.pMethods = nullptr;
    if (g_faults.readOnly && (flags & SQLITE_OPEN_READWRITE)) {
        if (!(flags & SQLITE_OPEN_MAIN_DB)) return SQLITE_CANTOPEN;  // no new -wal, -journal
        struct stat info {};
        if (!name || stat(name, &info) != 0) return SQLITE_CANTOPEN;  // cannot create the database
        flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
    }
    int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    if (rc == SQLITE_OK) file->base.pMethods = &kFaultMethods;
    return rc;
}

int faultDelete(sqlite3_vfs*, const char* name, int syncDir) { return g_real->xDelete(g_real, name, syncDir); }
int faultAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return g_real->xAccess(g_real, name, flags, out);
}
int faultFullPathname(sqlite3_vfs*, const char* name, int n, char* out) {
    return g_real->xFullPathname(g_real, name, n, out);
}
void* faultDlOpen(sqlite3_vfs*, const char* name) { return g_real->xDlOpen(g_real, name); }
void faultDlError(sqlite3_vfs*, int n, char* out) { g_real->xDlError(g_real, n, out); }
void (*faultDlSym(sqlite3_vfs*, void* h, const char* s))(void) { return g_real->xDlSym(g_real, h, s); }
void faultDlClose(sqlite3_vfs*, void* h) { g_real->xDlClose(g_real, h); }
int faultRandomness(sqlite3_vfs*, int n, char* out) { return g_real->xRandomness(g_real, n, out); }
int faultSleep(sqlite3_vfs*, int us) { return g_real->xSleep(g_real, us); }
int faultCurrentTime(sqlite3_vfs*, double* out) { return g_real->xCurrentTime(g_real, out); }
int faultGetLastError(sqlite3_vfs*, int n, char* out) { return g_real->xGetLastError(g_real, n, out); }
int faultCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) { return g_real->xCurrentTimeInt64(g_real, out); }

sqlite3_vfs g_vfs;

void registerFaultVfs() {
    if (g_real) return;
    g_real = sqlite3_vfs_find(nullptr);
    REQUIRE(g_real);
    g_vfs = sqlite3_vfs{};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = kFaultVfs;
    g_vfs.xOpen = faultOpen;
    g_vfs.xDelete = faultDelete;
    g_vfs.xAccess = faultAccess;
    g_vfs.xFullPathname = faultFullPathname;
    g_vfs.xDlOpen = faultDlOpen;
    g_vfs.xDlError = faultDlError;
    g_vfs.xDlSym = faultDlSym;
    g_vfs.xDlClose = faultDlClose;
    g_vfs.xRandomness = faultRandomness;
    g_vfs.xSleep = faultSleep;
    g_vfs.xCurrentTime = faultCurrentTime;
    g_vfs.xGetLastError = faultGetLastError;
    g_vfs.xCurrentTimeInt64 = faultCurrentTimeInt64;
    REQUIRE(sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK);
}

}  // namespace

Faults& faults() {
    registerFaultVfs();
    return g_faults;
}

}  // namespace rehearse::test
