#include "app/session_persistence.hpp"

#include "core/store/timestamps.hpp"
#include "core/store/xdg_paths.hpp"
#include "core/text/terminal_text.hpp"

#include <cstdio>
#include <cstdlib>

namespace rehearse {

PersistenceOptions PersistenceOptions::forGui(bool screenshotMode, bool noStore) {
    PersistenceOptions options;
    options.useStore = !noStore && (!screenshotMode || std::getenv("XDG_DATA_HOME"));
    options.useConfig = !screenshotMode || std::getenv("XDG_CONFIG_HOME");
    return options;
}

SessionPersistence::SessionPersistence(const PersistenceOptions& options)
    : m_options(options), m_recorder(nullptr) {
    m_settingsPath = settingsPath();
    if (options.useConfig) {
        SettingsLoadResult loaded = loadSettings(m_settingsPath);
        m_settings = loaded.settings;
        if (!loaded.problem.empty()) notices.push_back(loaded.problem);
        std::string error;
        if (ensureDirectory(configDirectory(), error)) m_iniPath = rehearse::imguiIniPath();
        else notices.push_back("Settings cannot be saved: " + error + ".");
    }

    if (options.useStore) {
        m_opened = openSessionStore();
        if (!m_opened.problem.empty()) {
            notices.push_back(m_opened.problem);
            std::fprintf(stderr, "rehearse: %s\n", terminalText(m_opened.problem).c_str());
        }
        // Deletions from earlier runs are final now; this run's can be undone.
        if (m_opened.canSave()) {
            try {
                m_opened.store->purgeDeleted(nowUnixMs());
            } catch (const StoreError&) {
            }
        }
    }
    m_recorder = SessionRecorder(m_opened.canSave() ? m_opened.store.get() : nullptr);
    m_recorder.setAutosave(m_settings.autosave);
}

void SessionPersistence::updateSettings(const Settings& settings) {
    if (settings == m_settings) return;
    if (settings.fontSize != m_settings.fontSize || settings.theme != m_settings.theme) m_styleChanged = true;
    m_settings = settings;
    m_recorder.setAutosave(settings.autosave);
    if (!m_options.useConfig) return;
    std::string error;
    if (!saveSettings(m_settingsPath, m_settings, error)) notices.push_back("Settings not saved: " + error + ".");
}

bool SessionPersistence::takeStyleChange() {
    bool changed = m_styleChanged;
    m_styleChanged = false;
    return changed;
}

std::optional<SessionRecord> SessionPersistence::resumeCandidate() {
    if (!store()) return std::nullopt;
    try {
        auto candidate = store()->lastUnfinished();
        if (candidate && candidate->id == currentRecordId()) return std::nullopt;
        return candidate;
    } catch (const StoreError&) {
        return std::nullopt;
    }
}

void SessionPersistence::tick() { m_recorder.retry(nowUnixMs()); }

}  // namespace rehearse
