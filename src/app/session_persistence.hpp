// The app's side of storage: opens the session database and the settings
// at start, holds the SessionRecorder every rehearsal records through (it
// outlives them: a write that failed for one is retried after the next has
// begun), and keeps what went wrong in words for the panels to show. When to
// write and score is the rehearsal's rule (core/session/rehearsal.hpp).
// Nothing in here draws; resume_prompt, history_screen, settings_window and
// storage_notices do.
#pragma once

#include "core/store/session_recorder.hpp"
#include "core/store/settings.hpp"
#include "core/store/store_recovery.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

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
    // Grows whenever stored sessions change (here or by the recorder), so
    // history knows to reload.
    std::uint64_t revision() const { return m_revision + m_recorder.storedChanges(); }
    void touch() { ++m_revision; }

    // --- the live session -------------------------------------------------
    // What rehearsals record through (Rehearsal::startRecording).
    SessionRecorder& recorder() { return m_recorder; }
    std::optional<SessionRecordId> currentRecordId() const {
        return m_recorder.isRecording() ? m_recorder.recordId() : std::nullopt;
    }

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
