// One running rehearsal: the Session, its Interviewer, the clock and the
// recording of its journal, with every rule about pacing, moving on,
// finishing and scoring. The GUI, the command line, the tests and (later)
// both peers of a pair session drive this one type, so no front end decides
// a product rule itself:
//
//   - the interviewer takes a turn at most once a second of session time
//     (tick), raising the follow-up probes that are due;
//   - asking to leave a stage may be answered with one "before we move on"
//     probe; the next request then moves (requestStage);
//   - notes are typed into a draft that is journaled at most once a second
//     (as one edit, see notes_edit.hpp), and at once on moving, finishing,
//     checkpointing or closing: nothing typed is lost;
//   - leaving the rehearsal checkpoints it (queued writes flushed, scored for
//     the history), and finishing scores it, once.
//
// revision() changes with everything a front end can read from here, so a
// view rebuilds what it derives when the number it last saw differs.
//
//   Rehearsal rehearsal(std::make_unique<Session>(scenario));   // real time
//   rehearsal.startRecording(&recorder);                        // optional
//   each frame: rehearsal.tick();  input -> dispatch / ask / typeNotes
//   "Next stage": rehearsal.requestStage(i)   "End": rehearsal.finish()
#pragma once

#include "core/interviewer/interviewer.hpp"
#include "core/session/clock.hpp"
#include "core/session/session.hpp"
#include "core/store/session_recorder.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace rehearse {

class Rehearsal {
public:
    // Real time: a new session starts at 0; one rebuilt from its journal
    // continues from its last action, so time spent closed does not count
    // against the stage budgets.
    explicit Rehearsal(std::unique_ptr<Session> session, FollowUpPacing pacing = {});
    // Time from `clock`: tests, replays and headless peers.
    Rehearsal(std::unique_ptr<Session> session, std::unique_ptr<Clock> clock, FollowUpPacing pacing = {});
    // Closes (see close()).
    ~Rehearsal();
    Rehearsal(const Rehearsal&) = delete;
    Rehearsal& operator=(const Rehearsal&) = delete;

    // --- recording (both optional; the recorder must outlive this) ---------
    // A fresh session: gets its row in the store with the candidate's first
    // action; `copy`: the scenario's copy to keep, when it has no file.
    void startRecording(SessionRecorder* recorder, const std::optional<ScenarioCopy>& copy = std::nullopt);
    // A session rebuilt from stored record `id`; new entries from `nextSeq`.
    void continueRecording(SessionRecorder* recorder, SessionRecordId id, std::int64_t nextSeq);
    std::optional<SessionRecordId> recordId() const;
    // A rehearsal whose recording starts later (a pair candidate's copy,
    // recorded once the scenario is revealed): if it is closed before then
    // -- the candidate went to the library and started another rehearsal,
    // or quit -- it is recorded through `recorder` as it stands, so leaving
    // mid-interview never loses it. Its scenario's copy is then whatever
    // the recorder can read (none for a candidate's: it stays unscored).
    void keepWhenClosed(SessionRecorder* recorder) { m_keepIn = recorder; }

    // --- state --------------------------------------------------------------
    const Session& session() const { return *m_session; }
    const Scenario& scenario() const { return m_session->scenario(); }
    double now() const { return m_clock->now(); }
    // Changes (grows) with every change a front end can see here: an action
    // applied, the notes draft, the held move. Unique across rehearsals in
    // this process, so a view keyed on it never mistakes a new rehearsal for
    // the one it saw before.
    std::uint64_t revision() const { return m_revision; }
    // Coverage so far, recomputed only when the session changed.
    const CoverageReport& coverage() { return m_interviewer->coverage(*m_session); }
    void setPacing(const FollowUpPacing& pacing) { m_interviewer->followUps().setPacing(pacing); }

    // --- what the candidate (or a partner) does -----------------------------
    // Applies `payload` now; false if it changed nothing. Whole notes
    // (SetNotes) are journaled as the one range that changed (EditNotes).
    bool dispatch(ActionPayload payload);
    // Matches the question against the scenario's facts and records it. In
    // a pair session (Session::isPair) the question waits for the partner
    // instead (PoseQuestion), and the app neither raises probes in tick()
    // nor holds a move in requestStage(): the partner decides both.
    bool ask(const std::string& question);

    // The notes box's whole text as the candidate types it: journaled now if
    // the last notes were journaled a second or more ago, else by the tick
    // once that second is up.
    void typeNotes(StageIndex stage, std::string text);
    // The notes of `stage` as typed, the draft included.
    const std::string& notes(StageIndex stage) const;
    bool hasNotesDraft() const { return m_draft.has_value(); }
    // Journals the draft now (the notes box lost the keyboard).
    void commitNotes();

    // The heartbeat at session time `now`: journals a notes draft whose
    // second is up, then the interviewer's turn (at most once a second,
    // never while paused or after the end).
    void tick(double now);
    void tick() { tick(now()); }

    enum class StageRequest {
        Moved,      // now in the target stage
        Held,       // a "before we move on" probe was raised instead; see heldMove()
        MayFinish,  // the target is the end and nothing was asked: confirm, then finish()
        Refused,    // finished, no such stage, or already there
    };
    // Asks to go to `stage` (stageCount() means ending the interview). The
    // interviewer may first ask one question about the stage being left;
    // the next request for a move lets the candidate go.
    StageRequest requestStage(StageIndex stage);
    // The move requestStage last held back: where the candidate wanted to
    // go and the probe asked instead. Cleared by the next request.
    struct HeldMove {
        StageIndex target;
        ProbeIndex probe;
    };
    const std::optional<HeldMove>& heldMove() const { return m_heldMove; }

    // Ends the interview: notes committed, FinishSession applied, the
    // journal written and the session scored. Once; false when already over.
    bool finish();
    // The candidate leaves the rehearsal's screen: notes committed, queued
    // writes flushed and the session scored for the history, unless nothing
    // changed since the last checkpoint.
    void checkpoint();
    // Checkpoints and stops recording; the rehearsal is being replaced or
    // the app closes. Idempotent.
    void close();

    // --- a pair session across machines (core/pair/pair_link.hpp) ----------
    // This side's actions go to `send` (the pair peer) instead of the
    // session, which follows the peer's: an action shows once the
    // interviewer's side has applied it. Notes go as whole text (SetNotes),
    // since an edit computed against notes still in flight would apply twice;
    // until they are back, notes() shows what was sent.
    using ActionSender = std::function<bool(const Action&)>;
    void sendActionsTo(ActionSender send);
    bool sendsActions() const { return static_cast<bool>(m_send); }
    // Makes this session equal to `authority` (the peer's): its new actions
    // applied and recorded, or, when its scenario grew (a fact revealed to
    // the candidate's side, the whole scenario at the debrief), rebuilt from
    // its journal with an interviewer engine built for the new scenario.
    void follow(const Session& authority);

private:
    bool apply(Action action);
    void journalDraft(double at);
    void changed();
    void setHeldMove(std::optional<HeldMove> held);

    std::unique_ptr<Session> m_session;
    std::unique_ptr<Clock> m_clock;
    // Refers to the session's scenario: declared after the session. Always
    // set; rebuilt in place (it cannot be assigned) when follow() changes
    // the scenario.
    std::optional<Interviewer> m_interviewer;
    SessionRecorder* m_recorder = nullptr;
    SessionRecorder* m_keepIn = nullptr;  // keepWhenClosed
    std::uint64_t m_revision = 0;
    std::uint64_t m_checkpointedRevision = 0;
    bool m_closed = false;
    double m_lastInterviewerTurn = -1;
    std::optional<HeldMove> m_heldMove;

    struct NotesDraft {
        StageIndex stage;
        std::string text;
    };
    std::optional<NotesDraft> m_draft;
    double m_notesJournaledAt = -1;

    ActionSender m_send;
    std::map<StageIndex, std::string> m_notesInFlight;  // by stage: sent, not yet back
};

}  // namespace rehearse
