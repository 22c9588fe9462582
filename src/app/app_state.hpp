// What the window shows and the one path by which the GUI changes a session:
// panels call dispatch(), which stamps the action with the session clock and
// hands it to Session::apply. Everything else here is view state.
#pragma once

#include "core/interviewer/interviewer.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/session/clock.hpp"
#include "core/session/session.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

enum class Screen { Library, Session, Debrief, History };

class SessionPersistence;

class AppState {
public:
    explicit AppState(std::vector<std::string> scenarioPaths);

    ScenarioLibrary& library() { return m_library; }
    Screen screen() const { return m_screen; }
    void showLibrary() { m_screen = Screen::Library; }
    void showHistory() { m_screen = Screen::History; }

    void startSession(const Scenario& scenario);
    bool hasSession() const { return m_session != nullptr; }
    Session& session() { return *m_session; }
    double now() const { return m_clock ? m_clock->now() : 0; }

    // Storage (app/session_persistence.hpp): dispatch journals every applied
    // action through it. May be null: then nothing is stored.
    void setPersistence(SessionPersistence* persistence) { m_persistence = persistence; }
    SessionPersistence* persistence() { return m_persistence; }
    // Makes a session rebuilt from the store the current one, its clock
    // continuing from its last action; a finished one opens on the debrief.
    const Session& openStoredSession(std::unique_ptr<Session> session);
    // Back to the current session (session screen, or debrief if finished).
    void returnToSession();

    // Applies `payload` at the current session time; false if it changed nothing.
    bool dispatch(ActionPayload payload);
    // Matches the question against the scenario's facts and records it.
    bool askClarification(const std::string& question);
    void finishSession();

    // The interviewer's turn, called every frame: raises the follow-up probes
    // that are due (at most once a second of session time).
    void runInterviewer();
    // Moves to `stage` unless the interviewer first asks "before we move
    // on..."; returns whether the move happened. A target of stageCount()
    // means ending the interview.
    bool requestStage(std::size_t stage);
    // The move requestStage last held back to ask a question first: where
    // the candidate wanted to go and the probe asked. Cleared by any move.
    struct HeldMove {
        std::size_t target = 0;
        std::size_t probe = 0;
    };
    const std::optional<HeldMove>& heldMove() const { return m_heldMove; }
    void forgetHeldMove() { m_heldMove.reset(); }

    // Ctrl+Q: the frame loop closes the window once the screens have saved
    // what they hold (notes typed in the last second).
    void requestQuit() { m_quitRequested = true; }
    bool quitRequested() const { return m_quitRequested; }
    // Seconds between probes (a setting); applies to this and later sessions.
    void setProbePacing(const FollowUpPacing& pacing);
    // Whether the stepper shows coverage while rehearsing (Settings::liveCoverage).
    void setLiveCoverage(bool shown) { m_liveCoverage = shown; }
    bool liveCoverage() const { return m_liveCoverage; }

    // Coverage of the session so far, recomputed when the journal grows.
    const CoverageReport& coverage();

    // The scenario selected in the library (by id), kept across screens.
    std::string selectedScenarioId;

private:
    void adoptSession(std::unique_ptr<Session> session, double clockOffset);

    ScenarioLibrary m_library;
    Screen m_screen = Screen::Library;
    std::unique_ptr<Clock> m_clock;
    SessionPersistence* m_persistence = nullptr;
    std::unique_ptr<Session> m_session;
    // Declared after the session: it refers to the session's scenario.
    std::unique_ptr<Interviewer> m_interviewer;
    FollowUpPacing m_pacing;
    bool m_liveCoverage = false;
    double m_lastInterviewerTurn = -1;
    std::optional<HeldMove> m_heldMove;
    bool m_quitRequested = false;
};

}  // namespace rehearse
