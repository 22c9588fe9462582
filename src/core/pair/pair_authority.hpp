// Who may do what in a pair rehearsal, and what may reach the candidate's
// side. The interviewer's side holds the scenario: hidden facts, key points,
// the probe bank and the reference never leave it until the debrief, so what
// is sent to the candidate is rewritten here to carry words, not references
// into a scenario the candidate does not have.
//
//   receiving:  if (!mayIssue(peerRole, action.payload)) refuse;
//   sending to the candidate:  if (auto a = actionForCandidate(session, action)) send(*a);
#pragma once

#include "core/pair/pair_role.hpp"
#include "core/session/session.hpp"

#include <optional>

namespace rehearse {

// Whether `role` may issue `payload`. The candidate writes, draws, asks,
// answers probes, moves between stages and scores themselves; the
// interviewer answers questions, raises probes, nudges, pauses, keeps
// private notes and scores the candidate. Either may end the interview.
// Nobody issues AskClarification in a pair session (the app's matcher
// answering belongs to solo practice).
bool mayIssue(PairRole role, const ActionPayload& payload);

// `action` (applied to `session`, the interviewer's) as the candidate's side
// may receive it, or nothing when it must stay on the interviewer's side:
// private notes; the interviewer's scorecard before the candidate's blind
// self-score is in. A probe from the bank and an answer with a fact are
// sent with their words filled in.
std::optional<Action> actionForCandidate(const Session& session, const Action& action);

}  // namespace rehearse
