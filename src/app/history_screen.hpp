// History: every stored rehearsal (date, scenario, time spent, coverage,
// finished or not) to reopen, rename, export or delete (with undo), and per
// scenario a chart of coverage over attempts, total and per stage.
#pragma once

#include "app/panel.hpp"
#include "app/progress_chart.hpp"
#include "core/store/history_actions.hpp"
#include "core/store/progress.hpp"
#include "core/store/session_store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

class AppState;
class SessionPersistence;
class SettingsWindow;

class HistoryScreen final : public Panel {
public:
    const char* name() const override { return "History"; }
    bool shownIn(const PanelContext& ctx) const override;
    void draw(PanelContext& ctx) override;

private:
    void reload(SessionPersistence& persistence);
    void drawHeader(AppState& app, SessionPersistence& persistence, SettingsWindow& settings);
    void drawTable(AppState& app, SessionPersistence& persistence);
    void drawProgress(AppState& app, SessionPersistence& persistence);
    void drawRenamePopup(SessionPersistence& persistence);
    void drawExportPopup(SessionPersistence& persistence);
    void drawImportPopup(SessionPersistence& persistence);
    void open(AppState& app, SessionPersistence& persistence, SessionRecordId id);
    void show(const HistoryOutcome& outcome);  // its message under the header; select its session
    void remove(SessionPersistence& persistence, const SessionRecord& record);
    void undoRemove(SessionPersistence& persistence);
    const SessionRecord* find(SessionRecordId id) const;

    std::vector<SessionRecord> m_sessions;
    std::vector<ScenarioProgress> m_progress;
    std::uint64_t m_loadedRevision = ~0ull;
    SessionRecordId m_selected = 0;
    std::string m_chartScenario;  // scenario id shown in the chart
    bool m_includeUnfinished = true;
    ProgressChart m_chart;

    std::string m_message;  // result of the last operation, shown under the header
    bool m_messageIsError = false;
    HistoryActions m_actions;  // rename, delete with undo, export, import

    SessionRecordId m_renaming = 0;
    std::string m_renameText;
    SessionRecordId m_exporting = 0;
    std::string m_exportPath;
    std::string m_importPath;
    bool m_importAsCopy = false;
};

}  // namespace rehearse
