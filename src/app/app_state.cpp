#include "app/app_state.hpp"

namespace rehearse {

AppState::AppState(std::vector<std::string> scenarioPaths) { m_library.load(scenarioPaths); }

void AppState::startSession(const Scenario& scenario) {
    m_clock = std::make_unique<SteadySessionClock>(0.0);
    m_matcher.reset();
    m_session = std::make_unique<Session>(scenario);
    m_matcher = std::make_unique<ClarificationMatcher>(m_session->scenario());
    selectedScenarioId = scenario.id;
    m_screen = Screen::Session;
}

bool AppState::dispatch(ActionPayload payload) {
    if (!m_session) return false;
    return m_session->apply(Action{now(), std::move(payload)});
}

bool AppState::askClarification(const std::string& question) {
    if (!m_session) return false;
    ClarificationResult match = m_matcher->match(question);
    return dispatch(AskClarification{question, match.matched() ? match.fact->id : std::string()});
}

void AppState::finishSession() {
    if (!m_session) return;
    dispatch(FinishSession{});
    m_screen = Screen::Debrief;
}

}  // namespace rehearse
