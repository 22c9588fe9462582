// On start, over the library: "Pick up where you left off?" for the last
// unfinished session, which then reopens with its clock where it stopped.
#pragma once

#include "app/panel.hpp"
#include "core/store/session_store.hpp"

#include <optional>
#include <string>

namespace rehearse {

class AppState;
class SessionPersistence;

class ResumePrompt final : public Panel {
public:
    // Looks for an unfinished session to offer (call once, at start).
    void offer(SessionPersistence& persistence);
    bool isPending() const { return m_candidate.has_value(); }
    const char* name() const override { return "Resume prompt"; }
    bool shownIn(const PanelContext& ctx) const override;
    void draw(PanelContext& ctx) override;

private:
    std::optional<SessionRecord> m_candidate;
    std::string m_error;
};

}  // namespace rehearse
