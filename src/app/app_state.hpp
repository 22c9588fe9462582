// What the window shows: which screen, the scenario library, and the one
// running Rehearsal (core/session/rehearsal.hpp) that every panel drives.
// The rules of a rehearsal (pacing, moving on, notes, finishing, scoring)
// live there; here is only which screen is up and what the settings ask.
#pragma once

#include "core/scenario/scenario_library.hpp"
#include "core/session/rehearsal.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

enum class Screen { Library, Session, Debrief, History, Editor };

class SessionPersistence;

class AppState {
public:
    explicit AppState(std::vector<std::string> scenarioPaths);
    // Closes the rehearsal (its notes and journal written) while the
    // persistence it records through still exists.
    ~AppState();

    ScenarioLibrary& library() { return m_library; }
    Screen screen() const { return m_screen; }
    void showLibrary() { setScreen(Screen::Library); }
    void showHistory() { setScreen(Screen::History); }

    // `level`: the level the candidate rehearses at, when they chose one that
    // differs from the scenario's (recorded as the session's first action).
    void startSession(const Scenario& scenario, std::optional<Level> level = std::nullopt);
    // The same as a pair rehearsal on this one screen (hot seat): a partner
    // plays the interviewer (core/pair/).
    // `parts`: who interviews and who is the candidate, by display name.
    void startPairSession(const Scenario& scenario, std::optional<Level> level = std::nullopt,
                          const StartPair& parts = StartPair{"Interviewer", "Candidate"});
    // A pair rehearsal on two machines (app/pair_network.hpp), recorded when
    // `record`, else kept when it is replaced or closed before it is recorded
    // (Rehearsal::keepWhenClosed).
    void adoptPairRehearsal(std::unique_ptr<Rehearsal> rehearsal, bool record);
    bool hasSession() const { return m_rehearsal != nullptr; }
    // Which rehearsal the app holds: a number given to each as it is
    // adopted, never reused in this run (0: none). A view that must know
    // whether the rehearsal is still the one it started compares this, not
    // addresses: a new rehearsal can be allocated where a freed one was.
    std::uint64_t rehearsalSerial() const { return m_rehearsal ? m_rehearsalSerial : 0; }
    Rehearsal& rehearsal() { return *m_rehearsal; }
    const Session& session() const { return m_rehearsal->session(); }
    double now() const { return m_rehearsal ? m_rehearsal->now() : 0; }

    // Storage (app/session_persistence.hpp): rehearsals record through its
    // recorder. May be null: then nothing is stored.
    void setPersistence(SessionPersistence* persistence) { m_persistence = persistence; }
    SessionPersistence* persistence() { return m_persistence; }
    // Replays stored session `id` and makes it the current rehearsal (a
    // finished one opens on the debrief); the live one is just shown again.
    // False with `message` set when it cannot; `message` may also carry a
    // note on success.
    bool reopenStored(SessionRecordId id, std::string& message);
    // Back to the current session (session screen, or debrief if finished).
    void returnToSession();
    // Ends the interview and shows the debrief.
    void finishSession();
    // Closes the current rehearsal, if any (the app is closing).
    void closeSession();

    // Ctrl+Q: the frame loop closes the window after this frame; closing the
    // rehearsal then journals the notes typed in its last second.
    void requestQuit() { m_quitRequested = true; }
    bool quitRequested() const { return m_quitRequested; }
    // Seconds between probes (a setting); applies to this and later sessions.
    void setProbePacing(const FollowUpPacing& pacing);
    // Whether the stepper shows coverage while rehearsing (Settings::liveCoverage).
    void setLiveCoverage(bool shown) { m_liveCoverage = shown; }
    bool liveCoverage() const { return m_liveCoverage; }

    // The scenario selected in the library (by id), kept across screens.
    std::string selectedScenarioId;

    // The scenario editor (app/editor_screen.hpp). `editorRequest` is what
    // the library asked it to open, taken by the editor once: a scenario id,
    // or empty for a new scenario.
    std::optional<std::string> editorRequest;
    void openEditor(std::string scenarioId) {
        editorRequest = std::move(scenarioId);
        setScreen(Screen::Editor);
    }
    void showEditor() { setScreen(Screen::Editor); }
    // A rehearsal of the editor's draft, not recorded in the history (the
    // draft may never be saved). Leaving it returns to the editor.
    void startDraftRehearsal(const Scenario& draft);
    bool rehearsingDraft() const { return m_rehearsingDraft && m_rehearsal; }

private:
    // Leaving the session screen checkpoints the rehearsal (Rehearsal::checkpoint).
    void setScreen(Screen screen);
    void adopt(std::unique_ptr<Rehearsal> rehearsal);
    void start(const Scenario& scenario, std::optional<Level> level, const std::optional<StartPair>& pair);

    ScenarioLibrary m_library;
    Screen m_screen = Screen::Library;
    SessionPersistence* m_persistence = nullptr;
    std::unique_ptr<Rehearsal> m_rehearsal;
    std::uint64_t m_rehearsalSerial = 0;  // m_rehearsal's; the last one given
    FollowUpPacing m_pacing;
    bool m_liveCoverage = false;
    bool m_quitRequested = false;
    bool m_rehearsingDraft = false;
};

}  // namespace rehearse
