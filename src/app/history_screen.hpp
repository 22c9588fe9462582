// History: every stored rehearsal (date, scenario, time spent, coverage,
// finished or not) to reopen, rename, export or delete (with undo), and per
// scenario a chart of coverage over attempts, total and per stage. What may
// be done and what the user is told is HistoryController's (core); this
// draws it, and keeps which chart is shown.
#pragma once

#include "app/panel.hpp"
#include "app/progress_chart.hpp"
#include "core/store/history_controller.hpp"
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
    // The list of sessions (history_table.cpp), and the narrowest it is drawn side by side with the chart.
    void drawTable(AppState& app, SessionPersistence& persistence);
    static float tableMinWidth();
    void drawProgress(AppState& app, SessionPersistence& persistence);
    void drawRenamePopup(SessionPersistence& persistence);
    void drawExportPopup(SessionPersistence& persistence);
    void drawImportPopup(SessionPersistence& persistence);
    void open(AppState& app, SessionPersistence& persistence, SessionRecordId id);

    HistoryController m_history;  // the list, selection, dialogs, delete with undo, the message
    std::vector<ScenarioProgress> m_progress;
    std::uint64_t m_loadedRevision = ~0ull;
    std::string m_chartScenario;  // scenario id shown in the chart
    bool m_includeUnfinished = true;
    ProgressChart m_chart;
    bool m_refocusDialogField = false;  // after a refused attempt, typing goes on in the field
};

}  // namespace rehearse
