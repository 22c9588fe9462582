#include "app/app_state.hpp"

#include "core/interviewer/session_evidence.hpp"

namespace rehearse {

AppState::AppState(std::vector<std::string> scenarioPaths) { m_library.load(scenarioPaths); }

void AppState::startSession(const Scenario& scenario) {
    m_clock = std::make_unique<SteadySessionClock>(0.0);
    m_matcher.reset();
    m_session = std::make_unique<Session>(scenario);
    m_matcher = std::make_unique<ClarificationMatcher>(m_session->scenario());
    selectedScenarioId = scenario.id;
    m_screen = Screen::Session;
    m_lastInterviewerTurn = -1;
    m_coverageJournalSize = static_cast<std::size_t>(-1);
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

void AppState::runInterviewer() {
    if (!m_session || m_session->isFinished() || m_session->isPaused()) return;
    const double t = now();
    if (m_lastInterviewerTurn >= 0 && t - m_lastInterviewerTurn < 1.0) return;
    m_lastInterviewerTurn = t;
    for (const std::string& id : m_followUps.due(*m_session, t)) dispatch(RaiseFollowUp{id, {}});
}

bool AppState::requestStage(std::size_t stage) {
    if (!m_session || m_session->isFinished()) return false;
    std::vector<std::string> leave = m_followUps.beforeLeaving(*m_session, now(), stage);
    bool asked = false;
    for (const std::string& id : leave) asked = dispatch(RaiseFollowUp{id, {}}) || asked;
    if (asked) return false;  // the candidate reads the probe; the next click moves on
    if (stage >= m_session->stageCount()) return true;
    return dispatch(GoToStage{stage});
}

const CoverageReport& AppState::coverage() {
    if (m_session && m_session->journal().size() != m_coverageJournalSize) {
        m_coverage = m_coverageScorer.score(m_session->scenario(), evidenceFromSession(*m_session));
        m_coverageJournalSize = m_session->journal().size();
    }
    return m_coverage;
}

void AppState::finishSession() {
    if (!m_session) return;
    dispatch(FinishSession{});
    m_screen = Screen::Debrief;
}

}  // namespace rehearse
