// The settings dialog: theme, font size, how often the interviewer may
// probe, autosave, and where Rehearse keeps its files. Changes apply at once
// and are saved to $XDG_CONFIG_HOME/rehearse/settings.json.
#pragma once

#include "app/panel.hpp"
#include "core/store/settings.hpp"

namespace rehearse {

class AppState;
class SessionPersistence;

class SettingsWindow final : public Panel {
public:
    void open() { m_openRequested = true; }
    const char* name() const override { return "Settings"; }
    bool shownIn(const PanelContext& ctx) const override;
    void draw(PanelContext& ctx) override;

private:
    bool m_openRequested = false;
    Settings m_editing;  // while a slider is dragged, saved when released
};

// The ImGui style for `settings` (theme colours on top of the app's theme).
void applySettingsStyle(const Settings& settings, float scale);
// The settings that take effect outside the style: probe pacing.
void applySettingsToApp(const Settings& settings, AppState& app);

}  // namespace rehearse
