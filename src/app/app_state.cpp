#include "app/app_state.hpp"

#include "app/session_persistence.hpp"
#include "core/session/notes_edit.hpp"

namespace rehearse {

AppState::AppState(std::vector<std::string> scenarioPaths) { m_library.load(scenarioPaths); }

void AppState::startSession(const Scenario& scenario) {
    adoptSession(std::make_unique<Session>(scenario), 0.0);
    if (m_persistence) m_persistence->sessionStarted(*m_session);
}

const Session& AppState::openStoredSession(std::unique_ptr<Session> session) {
    // The clock continues from the last action: time the app was closed
    // does not count against the stage budgets.
    const double resumeAt = session->lastActionAt();
    adoptSession(std::move(session), resumeAt);
    if (m_session->isFinished()) m_screen = Screen::Debrief;
    return *m_session;
}

void AppState::returnToSession() {
    if (m_session) m_screen = m_session->isFinished() ? Screen::Debrief : Screen::Session;
}

// What a new and a reopened session both need: the one place that resets
// per-session state.
void AppState::adoptSession(std::unique_ptr<Session> session, double clockOffset) {
    if (m_persistence && m_session) m_persistence->sessionEnded(*m_session);
    m_clock = std::make_unique<SteadySessionClock>(clockOffset);
    m_interviewer.reset();
    m_session = std::move(session);
    m_interviewer = std::make_unique<Interviewer>(m_session->scenario(), m_pacing);
    selectedScenarioId = m_session->scenario().id;
    m_screen = Screen::Session;
    m_lastInterviewerTurn = -1;
    m_heldMove.reset();
}

bool AppState::dispatch(ActionPayload payload) {
    if (!m_session) return false;
    // The notes box hands over its whole text; the journal keeps only the
    // range that changed (and nothing when the text came back unchanged).
    if (const auto* notes = std::get_if<SetNotes>(&payload); notes && notes->stage < m_session->stageCount())
        payload = notesEdit(notes->stage, m_session->stageProgress(notes->stage).notes, notes->text);
    if (!m_session->apply(Action{now(), std::move(payload)})) return false;
    // Journaled as it happens (autosave): kill -9 loses at most this frame.
    if (m_persistence) m_persistence->actionApplied(*m_session);
    return true;
}

bool AppState::askClarification(const std::string& question) {
    if (!m_session) return false;
    return dispatch(m_interviewer->ask(question));
}

void AppState::runInterviewer() {
    if (!m_session || m_session->isFinished() || m_session->isPaused()) return;
    const double t = now();
    if (m_lastInterviewerTurn >= 0 && t - m_lastInterviewerTurn < 1.0) return;
    m_lastInterviewerTurn = t;
    for (RaiseFollowUp& probe : m_interviewer->due(*m_session, t)) dispatch(std::move(probe));
}

bool AppState::requestStage(std::size_t stage) {
    if (!m_session || m_session->isFinished()) return false;
    m_heldMove.reset();
    bool asked = false;
    for (RaiseFollowUp& probe : m_interviewer->beforeLeaving(*m_session, now(), stage))
        asked = dispatch(std::move(probe)) || asked;
    if (asked) {
        // The candidate reads the probe; the next request moves on.
        m_heldMove = HeldMove{stage, m_session->probes().size() - 1};
        return false;
    }
    if (stage >= m_session->stageCount()) return true;
    return dispatch(GoToStage{stage});
}

const CoverageReport& AppState::coverage() {
    static const CoverageReport kNone;
    return m_session ? m_interviewer->coverage(*m_session) : kNone;
}

void AppState::setProbePacing(const FollowUpPacing& pacing) {
    m_pacing = pacing;
    if (m_interviewer) m_interviewer->followUps().setPacing(pacing);
}

void AppState::finishSession() {
    if (!m_session) return;
    dispatch(FinishSession{});
    m_screen = Screen::Debrief;
}

}  // namespace rehearse
