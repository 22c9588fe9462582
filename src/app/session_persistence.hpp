// The app's side of storage: opens the session database and the settings
// at start, journals every action AppState::dispatch applies (through a
// SessionRecorder), reopens stored sessions, and keeps what went wrong in
// words for the panels to show. Nothing in here draws; resume_prompt,
// history_screen, settings_window and storage_notices do.
#pragma once

#include "core/store/session_recorder.hpp"
#include "core/store/settings.hpp"
#include "core/store/store_recovery.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

class AppState;
class Session;

struct PersistenceOptions {
    bool useStore = true;   // false: sessions neither read nor written (--no-store)
    bool useConfig = true;  // false: default settings, nothing read or written, no imgui.ini

    // What the GUI's command line means: --no-store turns storage off, and a
    // --screenshot run (tests, docs) touches the user's own sessions and
    // settings only when XDG_DATA_HOME / XDG_CONFIG_HOME are set explicitly,
    // so a smoke test never writes into a real home.
    static PersistenceOptions forGui(bool screenshotMode, bool noStore);
};

class SessionPersistence {
public:
    explicit SessionPersistence(const PersistenceOptions& options = {});

    // --- settings -------------------------------------------------------
    const Settings& settings() const { return m_settings; }
    // Applies and saves (atomically); a failure to save is kept in notices.
    void updateSettings(const Settings& settings);
    // True once after a change that needs the fonts or colours rebuilt.
    bool takeStyleChange();
    // Where ImGui keeps its ini; null when it must not write one.
    const char* imguiIniPath() const { return m_iniPath.empty() ? nullptr : m_iniPath.c_str(); }

    // --- the store ------------------------------------------------------
    SessionStore* store() { return m_opened.store.get(); }
    bool canSave() const { return m_opened.canSave(); }
    const std::string& databasePath() const { return m_opened.path; }
    // Why sessions are not (all) saved, from opening; empty when all is well.
    const std::string& storeProblem() const { return m_opened.problem; }
    // Why the last write failed; empty when the journal is on disk.
    const std::string& saveProblem() const { return m_recorder.problem(); }
    std::size_t unsavedCount() const { return m_recorder.pendingCount(); }
    // Bumped whenever stored sessions change, so history knows to reload.
    std::uint64_t revision() const { return m_revision; }
    void touch() { ++m_revision; }

    // --- the live session (called by AppState) -------------------------
    void sessionStarted(const Session& session);
    void actionApplied(const Session& session);
    // Leaving the session screen: flush, and score it for the history list.
    void checkpoint(const Session& session);
    // The session is replaced or the app closes.
    void sessionEnded(const Session& session);
    std::optional<SessionRecordId> currentRecordId() const { return m_recorder.recordId(); }

    // Replays stored session `id` and makes it AppState's session, its clock
    // continuing from its last action. False with `message` set when it
    // cannot; `message` may also carry a note on success.
    bool reopen(AppState& app, SessionRecordId id, std::string& message);

    // The unfinished session to offer on start, if any (not the live one).
    std::optional<SessionRecord> resumeCandidate();

    // For the frame loop: retries a failed write now and then.
    void tick();

    // Things to tell the user once (store opened with a problem, settings
    // file damaged, ...); the notices panel shows and clears them.
    std::vector<std::string> notices;

private:
    PersistenceOptions m_options;
    Settings m_settings;
    std::string m_settingsPath;
    std::string m_iniPath;
    bool m_styleChanged = false;
    StoreOpenResult m_opened;
    SessionRecorder m_recorder;
    std::uint64_t m_revision = 0;
};

}  // namespace rehearse
