#include "app/app_state.hpp"

#include "app/session_persistence.hpp"
#include "core/store/stored_session.hpp"

namespace rehearse {

AppState::AppState(std::vector<std::string> scenarioPaths) { m_library.load(scenarioPaths); }

AppState::~AppState() { closeSession(); }

void AppState::setScreen(Screen screen) {
    if (m_screen == Screen::Session && screen != Screen::Session && m_rehearsal) m_rehearsal->checkpoint();
    // "< Library" from a rehearsal of a draft goes back to the editor it came from.
    if (screen == Screen::Library && rehearsingDraft() && (m_screen == Screen::Session || m_screen == Screen::Debrief))
        screen = Screen::Editor;
    m_screen = screen;
}

// What a new and a reopened rehearsal both need: the last one closed first,
// so it is written before the recorder turns to the next.
void AppState::adopt(std::unique_ptr<Rehearsal> rehearsal) {
    closeSession();
    m_rehearsingDraft = false;
    m_rehearsal = std::move(rehearsal);
    ++m_rehearsalSerial;
    selectedScenarioId = m_rehearsal->scenario().id;
    m_screen = Screen::Session;
}

void AppState::closeSession() {
    if (!m_rehearsal) return;
    m_rehearsal->close();
    m_rehearsal.reset();
}

void AppState::startSession(const Scenario& scenario, std::optional<Level> level) {
    start(scenario, level, std::nullopt);
}

void AppState::startPairSession(const Scenario& scenario, std::optional<Level> level, const StartPair& parts) {
    start(scenario, level, parts);
}

void AppState::start(const Scenario& scenario, std::optional<Level> level, const std::optional<StartPair>& pair) {
    closeSession();
    auto rehearsal = std::make_unique<Rehearsal>(std::make_unique<Session>(scenario), m_pacing);
    if (m_persistence) rehearsal->startRecording(&m_persistence->recorder());
    if (pair) rehearsal->dispatch(*pair);
    if (level && *level != scenario.level) rehearsal->dispatch(ChooseLevel{*level});
    adopt(std::move(rehearsal));
}

void AppState::adoptPairRehearsal(std::unique_ptr<Rehearsal> rehearsal, bool record) {
    closeSession();
    if (record && m_persistence) rehearsal->startRecording(&m_persistence->recorder());
    // Not recorded yet (the candidate's side): replacing or closing it keeps it.
    else if (m_persistence) rehearsal->keepWhenClosed(&m_persistence->recorder());
    adopt(std::move(rehearsal));
}

void AppState::startDraftRehearsal(const Scenario& draft) {
    const std::string selected = selectedScenarioId;
    adopt(std::make_unique<Rehearsal>(std::make_unique<Session>(draft), m_pacing));
    selectedScenarioId = selected;  // the draft may not be in the library
    m_rehearsingDraft = true;
}

bool AppState::reopenStored(SessionRecordId id, std::string& message) {
    SessionStore* store = m_persistence ? m_persistence->store() : nullptr;
    if (!store) {
        message = "Sessions are not available this run.";
        return false;
    }
    if (m_rehearsal && m_rehearsal->recordId() == id) {
        returnToSession();
        return true;
    }
    ReopenedSession reopened = reopenStoredSession(*store, id, &m_library);
    if (!reopened.session) {
        message = "Cannot reopen this session: " + reopened.error + ".";
        return false;
    }
    message = reopened.note;
    closeSession();
    auto rehearsal = std::make_unique<Rehearsal>(std::move(reopened.session), m_pacing);
    rehearsal->continueRecording(&m_persistence->recorder(), id, reopened.nextSeq);
    adopt(std::move(rehearsal));
    if (session().isFinished()) m_screen = Screen::Debrief;
    return true;
}

void AppState::returnToSession() {
    if (m_rehearsal) setScreen(session().isFinished() ? Screen::Debrief : Screen::Session);
}

void AppState::finishSession() {
    if (!m_rehearsal) return;
    m_rehearsal->finish();
    setScreen(Screen::Debrief);
}

void AppState::setProbePacing(const FollowUpPacing& pacing) {
    m_pacing = pacing;
    if (m_rehearsal) m_rehearsal->setPacing(pacing);
}

}  // namespace rehearse
