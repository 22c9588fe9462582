#include "core/session/rehearsal.hpp"

#include "core/session/notes_edit.hpp"

#include <atomic>

namespace rehearse {

namespace {

// Revisions are drawn from one counter for the whole process: a rehearsal
// that replaces another (perhaps at the same address) never repeats a
// number a view has already seen.
std::uint64_t nextRevision() {
    static std::atomic<std::uint64_t> last{0};
    return ++last;
}

// The interviewer's turn and the notes draft each run at most this often.
constexpr double kTurnSeconds = 1.0;

// What a pair peer's scenario gains over a session: facts revealed one at a
// time, then (the debrief) key points and probes. Counting them tells a
// grown scenario from the same one without comparing texts every message.
bool sameScenarioShape(const Scenario& a, const Scenario& b) {
    if (a.facts.size() != b.facts.size() || a.stages.size() != b.stages.size()) return false;
    for (std::size_t i = 0; i < a.stages.size(); ++i)
        if (a.stages[i].keyPoints.size() != b.stages[i].keyPoints.size() ||
            a.stages[i].followUps.size() != b.stages[i].followUps.size())
            return false;
    return a.referenceSummary == b.referenceSummary;
}

}  // namespace

Rehearsal::Rehearsal(std::unique_ptr<Session> session, FollowUpPacing pacing)
    : Rehearsal(std::move(session), nullptr, pacing) {}

Rehearsal::Rehearsal(std::unique_ptr<Session> session, std::unique_ptr<Clock> clock, FollowUpPacing pacing)
    : m_session(std::move(session)),
      m_clock(clock ? std::move(clock) : std::make_unique<SteadySessionClock>(m_session->lastActionAt())),
      m_interviewer(std::in_place, m_session->scenario(), pacing) {
    changed();
    m_checkpointedRevision = m_revision;
}

Rehearsal::~Rehearsal() { close(); }

// --- recording ---------------------------------------------------------------

void Rehearsal::startRecording(SessionRecorder* recorder, const std::optional<ScenarioCopy>& copy) {
    m_recorder = recorder;
    if (m_recorder) m_recorder->startNew(*m_session, copy);
}

void Rehearsal::continueRecording(SessionRecorder* recorder, SessionRecordId id, std::int64_t nextSeq) {
    m_recorder = recorder;
    if (m_recorder) m_recorder->continueStored(id, *m_session, nextSeq);
}

std::optional<SessionRecordId> Rehearsal::recordId() const {
    return m_recorder && !m_closed ? m_recorder->recordId() : std::nullopt;
}

// --- actions -------------------------------------------------------------------

void Rehearsal::changed() { m_revision = nextRevision(); }

void Rehearsal::setHeldMove(std::optional<HeldMove> held) {
    const bool same = held.has_value() == m_heldMove.has_value() &&
                      (!held || (held->target == m_heldMove->target && held->probe == m_heldMove->probe));
    if (same) return;
    m_heldMove = held;
    changed();
}

bool Rehearsal::apply(Action action) {
    if (m_send) {
        if (const auto* notes = std::get_if<SetNotes>(&action.payload)) {
            if (notes->text == this->notes(notes->stage)) return false;
            m_notesInFlight[notes->stage] = notes->text;
        }
        const bool sent = m_send(action);
        changed();
        return sent;
    }
    // The notes box hands over its whole text; the journal keeps only the
    // range that changed (and nothing when the text came back unchanged).
    if (const auto* notes = std::get_if<SetNotes>(&action.payload); notes && notes->stage.value < m_session->stageCount())
        action.payload = notesEdit(notes->stage, m_session->stageProgress(notes->stage).notes, notes->text);
    const bool moves = std::holds_alternative<GoToStage>(action.payload);
    if (!m_session->apply(action)) return false;
    changed();
    if (moves) setHeldMove(std::nullopt);
    // Journaled as it happens (autosave): a kill -9 loses at most this action.
    if (m_recorder && !m_closed) m_recorder->record(*m_session);
    return true;
}

bool Rehearsal::dispatch(ActionPayload payload) { return apply(Action{now(), std::move(payload)}); }

bool Rehearsal::ask(const std::string& question) {
    // In a pair session the partner answers, not the matcher.
    if (m_session->isPair()) return dispatch(PoseQuestion{question});
    return dispatch(m_interviewer->ask(question));
}

// --- notes ---------------------------------------------------------------------

const std::string& Rehearsal::notes(StageIndex stage) const {
    if (m_draft && m_draft->stage == stage) return m_draft->text;
    if (auto sent = m_notesInFlight.find(stage); sent != m_notesInFlight.end()) return sent->second;
    return m_session->stageProgress(stage).notes;
}

void Rehearsal::typeNotes(StageIndex stage, std::string text) {
    if (stage.value >= m_session->stageCount() || m_session->isFinished()) return;
    if (text == notes(stage)) return;
    if (m_draft && m_draft->stage != stage) commitNotes();
    m_draft = NotesDraft{stage, std::move(text)};
    changed();
    const double t = now();
    if (m_notesJournaledAt < 0 || t - m_notesJournaledAt >= kTurnSeconds) commitNotes();
}

void Rehearsal::commitNotes() { journalDraft(now()); }

void Rehearsal::journalDraft(double at) {
    if (!m_draft) return;
    NotesDraft draft = std::move(*m_draft);
    m_draft.reset();
    if (apply(Action{at, SetNotes{draft.stage, std::move(draft.text)}})) m_notesJournaledAt = at;
    else changed();  // refused (the session ended): notes() shows the session's again
}

// --- time ----------------------------------------------------------------------

void Rehearsal::tick(double now) {
    if (m_draft && now - m_notesJournaledAt >= kTurnSeconds) journalDraft(now);
    if (m_session->isFinished() || m_session->isPaused()) return;
    // A partner raises probes themselves; the app's only suggest (pair/probe_suggestions.hpp).
    if (m_session->isPair()) return;
    if (m_lastInterviewerTurn >= 0 && now - m_lastInterviewerTurn < kTurnSeconds) return;
    m_lastInterviewerTurn = now;
    for (RaiseFollowUp& probe : m_interviewer->due(*m_session, now)) apply(Action{now, std::move(probe)});
}

// --- moving on and finishing ---------------------------------------------------

Rehearsal::StageRequest Rehearsal::requestStage(StageIndex stage) {
    if (m_session->isFinished()) return StageRequest::Refused;
    commitNotes();
    setHeldMove(std::nullopt);
    bool asked = false;
    if (!m_session->isPair())
        for (RaiseFollowUp& probe : m_interviewer->beforeLeaving(*m_session, now(), stage))
            asked = dispatch(std::move(probe)) || asked;
    if (asked) {
        // The candidate reads the probe; their next request moves on.
        setHeldMove(HeldMove{stage, ProbeIndex(m_session->probes().size() - 1)});
        return StageRequest::Held;
    }
    if (stage.value >= m_session->stageCount()) return StageRequest::MayFinish;
    return dispatch(GoToStage{stage}) ? StageRequest::Moved : StageRequest::Refused;
}

bool Rehearsal::finish() {
    if (m_session->isFinished()) return false;
    commitNotes();
    setHeldMove(std::nullopt);
    if (!dispatch(FinishSession{})) return false;
    checkpoint();
    return true;
}

void Rehearsal::checkpoint() {
    commitNotes();
    if (m_revision == m_checkpointedRevision) return;
    if (m_recorder && !m_closed) m_recorder->checkpoint(*m_session);
    m_checkpointedRevision = m_revision;
}

void Rehearsal::close() {
    if (m_closed) return;
    commitNotes();
    if (!m_recorder && m_keepIn) {
        // Never recorded yet: all of it is written now, whatever was checkpointed.
        startRecording(m_keepIn);
        if (m_recorder) m_recorder->stop(*m_session);
    } else if (m_recorder) {
        if (m_revision != m_checkpointedRevision) m_recorder->stop(*m_session);
        else m_recorder->release();
    }
    m_checkpointedRevision = m_revision;
    m_closed = true;
}

// --- a pair session across machines ---------------------------------------

void Rehearsal::sendActionsTo(ActionSender send) {
    m_send = std::move(send);
    changed();
}

void Rehearsal::follow(const Session& authority) {
    const std::vector<Action>& theirs = authority.journal();
    const std::size_t ours = m_session->journal().size();
    const bool sameScenario = sameScenarioShape(authority.scenario(), m_session->scenario());
    if (sameScenario && theirs.size() == ours) return;
    if (sameScenario && theirs.size() > ours) {
        for (std::size_t i = ours; i < theirs.size(); ++i) m_session->apply(theirs[i]);
    } else {
        // Assigned in place: the interviewer engine refers to this session's
        // scenario; it is rebuilt, since what it derived (coverage, the
        // matcher) came from the scenario before.
        const FollowUpPacing pacing = m_interviewer->followUps().pacing();
        *m_session = replaySession(authority.scenario(), theirs);
        m_interviewer.emplace(m_session->scenario(), pacing);
    }
    for (auto sent = m_notesInFlight.begin(); sent != m_notesInFlight.end();) {
        const bool back = sent->first.value >= m_session->stageCount() ||
                          m_session->stageProgress(sent->first).notes == sent->second || m_session->isFinished();
        sent = back ? m_notesInFlight.erase(sent) : std::next(sent);
    }
    changed();
    if (m_recorder && !m_closed) m_recorder->record(*m_session);
}

}  // namespace rehearse
