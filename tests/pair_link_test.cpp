// A pair session across machines driven through ordinary Rehearsals (what
// the app's screens drive): the candidate's question reaches the
// interviewer's rehearsal, the fact the interviewer answers with reaches the
// candidate's, notes typed on the candidate's side show while they travel and
// arrive once, and the candidate's rehearsal never holds an unrevealed fact
// until the end, when its debrief and stored copy get the whole scenario.
#include "core/export/debrief_markdown.hpp"
#include "core/interviewer/debrief.hpp"
#include "core/pair/ended_early.hpp"
#include "core/pair/pair_authority.hpp"
#include "core/pair/pair_link.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/store/session_recorder.hpp"
#include "core/store/store_recovery.hpp"
#include "core/store/stored_session.hpp"
#include "store_test_support.hpp"
#include "pair_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rehearse;

namespace {

using rehearse::test::shipped;

// Moves every queued message across until neither side has anything to say.
void exchangeLinks(PairLink& a, PairLink& b) {
    for (bool moved = true; moved;) {
        moved = false;
        for (const std::string& m : a.takeOutgoing()) b.receive(m), moved = true;
        for (const std::string& m : b.takeOutgoing()) a.receive(m), moved = true;
    }
}

}  // namespace

TEST_CASE("Two rehearsals linked through pair peers show each other's actions once the interviewer's side applied them",
          "[pair_link]") {
    const Scenario scenario = shipped("spam-email-detection");
    PairLink interviewer(std::make_unique<InterviewerPeer>(scenario, "Ada"));
    PairLink candidate(std::make_unique<CandidatePeer>("Grace"));
    CHECK(interviewer.makeRehearsal() == nullptr);  // not open yet
    exchangeLinks(interviewer, candidate);
    std::unique_ptr<Rehearsal> asking = candidate.makeRehearsal();
    std::unique_ptr<Rehearsal> answering = interviewer.makeRehearsal();
    REQUIRE(asking);
    REQUIRE(answering);
    REQUIRE(asking->session().pair());
    CHECK(asking->session().pair()->interviewerName == "Ada");
    CHECK(asking->scenario().facts.empty());

    REQUIRE(asking->ask("How many emails a day?"));
    CHECK(asking->session().pendingQuestions().empty());  // a request until the interviewer's side applies it
    exchangeLinks(interviewer, candidate);
    REQUIRE(answering->session().pendingQuestions().size() == 1);
    CHECK(asking->session().pendingQuestions().size() == 1);

    REQUIRE(answering->dispatch(AnswerQuestion{FactId("volume"), ""}));
    CHECK(answering->session().pendingQuestions().empty());  // applied on this side at once
    exchangeLinks(interviewer, candidate);
    REQUIRE(asking->scenario().facts.size() == 1);
    CHECK(asking->scenario().facts[0].id == FactId("volume"));
    CHECK(asking->session().revealedFactIds() == std::vector<FactId>{FactId("volume")});
    CHECK(buildCandidateView(asking->session()).revealedFacts.size() == 1);

    // Notes: shown as typed, sent whole, applied once.
    asking->typeNotes(StageIndex(0), "10B a day");
    asking->commitNotes();
    CHECK(asking->notes(StageIndex(0)) == "10B a day");  // still in flight
    CHECK(asking->session().stageProgress(StageIndex(0)).notes.empty());
    asking->typeNotes(StageIndex(0), "10B a day, 115k/s");
    asking->commitNotes();
    exchangeLinks(interviewer, candidate);
    CHECK(answering->session().stageProgress(StageIndex(0)).notes == "10B a day, 115k/s");
    CHECK(asking->session().stageProgress(StageIndex(0)).notes == "10B a day, 115k/s");
    CHECK(asking->notes(StageIndex(0)) == "10B a day, 115k/s");

    // What the candidate may not do is refused on its side and changes nothing.
    CHECK_FALSE(asking->dispatch(AnswerQuestion{FactId("spam-rate"), "2%"}));
    CHECK_FALSE(answering->dispatch(SetNotes{StageIndex(0), "the interviewer's words"}));
    exchangeLinks(interviewer, candidate);
    CHECK(asking->scenario().facts.size() == 1);
    CHECK(buildCandidateView(asking->session()).stages[0].notes == "10B a day, 115k/s");

    // Once detached (the rehearsal closes after its link), actions go nowhere.
    interviewer.detach();
    CHECK_FALSE(answering->dispatch(NudgeMoveOn{""}));
}

namespace {

std::size_t keyPointCount(const Scenario& scenario) {
    std::size_t count = 0;
    for (const Stage& stage : scenario.stages) count += stage.keyPoints.size();
    return count;
}

}  // namespace

TEST_CASE("After the interview the candidate's debrief and stored copy show coverage, misses and the reference as the "
          "interviewer's do",
          "[pair_link]") {
    test::TempHome home;
    StoreOpenResult opened = openSessionStore({home.dbPath(), {}});
    REQUIRE(opened.canSave());
    SessionRecorder recorder(opened.store.get());

    const Scenario scenario = shipped("spam-email-detection");
    REQUIRE(!scenario.referenceSummary.empty());
    PairLink interviewer(std::make_unique<InterviewerPeer>(scenario, "Ada"));
    PairLink candidate(std::make_unique<CandidatePeer>("Grace"));
    exchangeLinks(interviewer, candidate);
    std::unique_ptr<Rehearsal> asking = candidate.makeRehearsal();
    std::unique_ptr<Rehearsal> answering = interviewer.makeRehearsal();
    REQUIRE(asking);
    REQUIRE(answering);

    // The candidate covers the first stage's key points in their notes.
    std::string notes;
    for (const KeyPoint& point : scenario.stages[0].keyPoints) notes += point.text + ". ";
    asking->typeNotes(StageIndex(0), notes);
    asking->commitNotes();
    exchangeLinks(interviewer, candidate);
    CHECK(keyPointCount(asking->scenario()) == 0);  // hidden until the end
    CHECK(candidate.peer().scenarioCopy() == nullptr);
    CHECK_FALSE(candidate.peer().hasDebrief());

    REQUIRE(answering->finish());
    exchangeLinks(interviewer, candidate);
    REQUIRE(asking->session().isFinished());
    // The answer key waits for the candidate's blind self-score.
    CHECK(keyPointCount(asking->scenario()) == 0);
    CHECK_FALSE(candidate.peer().hasDebrief());
    Scorecard self;
    self.strengths = "I asked about volume";
    REQUIRE(asking->dispatch(SetScorecard{ScorecardAuthor::Candidate, self}));
    exchangeLinks(interviewer, candidate);
    REQUIRE(candidate.peer().hasDebrief());
    REQUIRE(candidate.peer().scenarioCopy());
    REQUIRE(interviewer.peer().scenarioCopy());
    // The same version of the scenario on both sides (swap suggestions compare hashes).
    CHECK(candidate.peer().scenarioCopy()->hash == interviewer.peer().scenarioCopy()->hash);
    CHECK(keyPointCount(asking->scenario()) == keyPointCount(scenario));

    const Debrief theirs = buildDebrief(answering->session(), answering->session().lastActionAt());
    const Debrief mine = buildDebrief(asking->session(), asking->session().lastActionAt());
    REQUIRE(mine.scored());
    CHECK(mine.fraction() > 0);
    CHECK(mine.fraction() == theirs.fraction());
    CHECK(mine.missed().size() == theirs.missed().size());
    CHECK(!mine.missed().empty());
    CHECK(mine.referenceSummary == scenario.referenceSummary);
    CHECK(mine.referenceDiagram.items.size() == scenario.referenceDiagram.items.size());
    CHECK_FALSE(mine.referenceDiagram.items.empty());
    CHECK(mine.interviewerNotes.empty());  // the interviewer's private notes stay there
    // The live coverage the candidate's screens read follows the new scenario too.
    CHECK(asking->coverage().fraction() == Approx(theirs.fraction()));

    // Stored as the app stores the candidate's side: with the revealed copy.
    asking->startRecording(&recorder, *candidate.peer().scenarioCopy());
    asking->checkpoint();
    std::vector<SessionRecord> records = opened.store->listSessions();
    REQUIRE(records.size() == 1);
    REQUIRE(records[0].coverage);
    CHECK(*records[0].coverage == Approx(theirs.fraction()));
    CHECK(records[0].scenarioHash == interviewer.peer().scenarioCopy()->hash);
    // Whose copy it is: the history says which part was played here.
    REQUIRE(records[0].pair);
    CHECK(records[0].pair->keptBy == PairRole::Candidate);
    CHECK(records[0].pair->description() == "Ada interviewed you");
    REQUIRE(answering->session().pair());
    CHECK(answering->session().pair()->keptBy == PairRole::Interviewer);
    ReopenedSession reopened = reopenStoredSession(*opened.store, records[0].id, nullptr);
    REQUIRE(reopened.session);
    const std::string markdown = debriefToMarkdown(buildDebrief(*reopened.session, reopened.session->lastActionAt()));
    CHECK(markdown.find("## Reference answer") != std::string::npos);
    CHECK(markdown.find(mine.missed().front().text) != std::string::npos);
}

TEST_CASE("A candidate's copy left mid-interview, before it is recorded, is kept with its notes and answers",
          "[pair_link]") {
    test::TempHome home;
    StoreOpenResult opened = openSessionStore({home.dbPath(), {}});
    REQUIRE(opened.canSave());
    SessionRecorder recorder(opened.store.get());

    const Scenario scenario = shipped("spam-email-detection");
    PairLink interviewer(std::make_unique<InterviewerPeer>(scenario, "Ada"));
    PairLink candidate(std::make_unique<CandidatePeer>("Grace"));
    exchangeLinks(interviewer, candidate);
    std::unique_ptr<Rehearsal> asking = candidate.makeRehearsal();
    std::unique_ptr<Rehearsal> answering = interviewer.makeRehearsal();
    REQUIRE(asking);
    REQUIRE(answering);
    // As the app adopts the candidate's side: recorded only once the scenario is revealed.
    asking->keepWhenClosed(&recorder);

    REQUIRE(asking->ask("How many emails a day?"));
    exchangeLinks(interviewer, candidate);
    REQUIRE(answering->dispatch(AnswerQuestion{FactId("volume"), ""}));
    exchangeLinks(interviewer, candidate);
    asking->typeNotes(StageIndex(0), "label: user reports");
    asking->commitNotes();
    exchangeLinks(interviewer, candidate);
    // "< Library" checkpoints it (nothing to write to yet); another rehearsal then replaces it.
    asking->checkpoint();
    CHECK(opened.store->listSessions().empty());
    asking.reset();

    std::vector<SessionRecord> records = opened.store->listSessions();
    REQUIRE(records.size() == 1);
    CHECK_FALSE(records[0].finished());
    REQUIRE(records[0].pair);
    CHECK(records[0].pair->keptBy == PairRole::Candidate);
    CHECK_FALSE(records[0].coverage);  // nothing of the scenario revealed: unscored, not 0%
    const std::vector<StoredAction> journal = opened.store->journal(records[0].id);
    const auto holds = [&](const std::string& words) {
        return std::any_of(journal.begin(), journal.end(),
                           [&](const StoredAction& entry) { return entry.json.find(words) != std::string::npos; });
    };
    CHECK(holds("How many emails a day?"));
    CHECK(holds("\"volume\""));
    CHECK(holds("label: user reports"));
}

// Ada interviews Grace on spam email detection, with a store to keep
// either side's copy: the set-up of the leaving-mid-interview cases.
struct MidInterview {
    test::TempHome home;
    StoreOpenResult opened = openSessionStore({home.dbPath(), {}});
    SessionRecorder recorder{opened.store.get()};
    Scenario scenario = shipped("spam-email-detection");
    PairLink interviewer{std::make_unique<InterviewerPeer>(scenario, "Ada")};
    PairLink candidate{std::make_unique<CandidatePeer>("Grace")};
    std::unique_ptr<Rehearsal> answering, asking;

    MidInterview() {
        REQUIRE(opened.canSave());
        exchangeLinks(interviewer, candidate);
        answering = interviewer.makeRehearsal();
        asking = candidate.makeRehearsal();
        REQUIRE(answering);
        REQUIRE(asking);
    }
    // Grace asks how many emails arrive a day; Ada answers with the volume fact.
    void askAndAnswer() {
        REQUIRE(asking->ask("How many emails a day?"));
        exchangeLinks(interviewer, candidate);
        REQUIRE(answering->dispatch(AnswerQuestion{FactId("volume"), ""}));
        exchangeLinks(interviewer, candidate);
    }
};

TEST_CASE("An interviewer whose candidate leaves mid-interview keeps a session that ended early because they left",
          "[pair_link]") {
    MidInterview pair;
    // As the app adopts the interviewer's side: recorded as it happens.
    pair.answering->startRecording(&pair.recorder);
    pair.askAndAnswer();

    // The candidate's window closes: their side says goodbye and is gone.
    pair.candidate.detach();
    pair.candidate.peer().close("Grace left the session.");
    for (const std::string& m : pair.candidate.takeOutgoing()) pair.interviewer.receive(m);

    const Session& session = pair.answering->session();
    CHECK(session.isFinished());
    CHECK(session.endedEarlyBy() == PairRole::Candidate);
    CHECK(endedEarlyLine(session) == "The interview ended early: Grace, the candidate, left.");
    // The end is this side's own: nothing goes to a partner who is gone.
    CHECK(pair.interviewer.takeOutgoing().empty());

    pair.answering->close();
    std::vector<SessionRecord> records = pair.opened.store->listSessions();
    REQUIRE(records.size() == 1);
    CHECK(records[0].finished());
    REQUIRE(records[0].pair);
    CHECK(records[0].pair->partnerLeft == PairRole::Candidate);
    CHECK(records[0].pair->description() == "You interviewed Grace \xC2\xB7 ended early: Grace left");
    // Reopened from the history, it says the same.
    ReopenedSession reopened = reopenStoredSession(*pair.opened.store, records[0].id, nullptr);
    REQUIRE(reopened.session);
    CHECK(reopened.session->endedEarlyBy() == PairRole::Candidate);
}

TEST_CASE("A candidate whose interviewer leaves mid-interview keeps a session that ended early because they left",
          "[pair_link]") {
    MidInterview pair;
    pair.asking->keepWhenClosed(&pair.recorder);
    pair.askAndAnswer();

    // The interviewer's window closes: their side says goodbye and is gone.
    pair.interviewer.detach();
    pair.interviewer.peer().close("Ada left the session.");
    for (const std::string& m : pair.interviewer.takeOutgoing()) pair.candidate.receive(m);

    const Session& session = pair.asking->session();
    CHECK(session.isFinished());
    CHECK(session.endedEarlyBy() == PairRole::Interviewer);
    CHECK(endedEarlyLine(session) == "The interview ended early: Ada, the interviewer, left.");
    CHECK(pair.candidate.takeOutgoing().empty());

    // Stored as the app keeps the candidate's copy once the session closed.
    pair.asking->startRecording(&pair.recorder);
    pair.asking->close();
    std::vector<SessionRecord> records = pair.opened.store->listSessions();
    REQUIRE(records.size() == 1);
    CHECK(records[0].finished());
    REQUIRE(records[0].pair);
    CHECK(records[0].pair->keptBy == PairRole::Candidate);
    CHECK(records[0].pair->partnerLeft == PairRole::Interviewer);
    CHECK(records[0].pair->description() == "Ada interviewed you \xC2\xB7 ended early: Ada left");
    // Nothing of the scenario was revealed: kept unscored, not as 0%.
    CHECK_FALSE(records[0].coverage);
}

TEST_CASE("Whoever stays after their partner left mid-interview can still score what they saw, on their side only",
          "[pair_link]") {
    const Scenario scenario = shipped("spam-email-detection");
    Scorecard card;
    card.advance = AdvanceVerdict::Yes;
    card.strengths = "asked about volume first";
    for (const PairRole stays : {PairRole::Interviewer, PairRole::Candidate}) {
        CAPTURE(pairRoleId(stays));
        PairLink interviewer(std::make_unique<InterviewerPeer>(scenario, "Ada"));
        PairLink candidate(std::make_unique<CandidatePeer>("Grace"));
        exchangeLinks(interviewer, candidate);
        std::unique_ptr<Rehearsal> answering = interviewer.makeRehearsal();
        std::unique_ptr<Rehearsal> asking = candidate.makeRehearsal();
        PairLink& staying = stays == PairRole::Interviewer ? interviewer : candidate;
        PairLink& leaving = stays == PairRole::Interviewer ? candidate : interviewer;
        Rehearsal& mine = stays == PairRole::Interviewer ? *answering : *asking;
        leaving.detach();
        leaving.peer().close("Gone.");
        for (const std::string& m : leaving.takeOutgoing()) staying.receive(m);
        REQUIRE(mine.session().endedEarlyBy() == otherRole(stays));

        const ScorecardAuthor author = stays == PairRole::Interviewer ? ScorecardAuthor::Interviewer : ScorecardAuthor::Candidate;
        const ScorecardAuthor theirs = author == ScorecardAuthor::Interviewer ? ScorecardAuthor::Candidate : ScorecardAuthor::Interviewer;
        // Not a card in the partner's name, nor anything but a card.
        CHECK_FALSE(mine.dispatch(SetScorecard{theirs, card}));
        CHECK_FALSE(mine.dispatch(SetNotes{StageIndex(0), "more notes"}));
        REQUIRE(mine.dispatch(SetScorecard{author, card}));
        REQUIRE(mine.session().scorecard(author));
        CHECK(mine.session().scorecard(author)->strengths == "asked about volume first");
        CHECK_FALSE(mine.session().scorecard(theirs));
        CHECK(staying.takeOutgoing().empty());  // nobody to send it to
    }
}

TEST_CASE("A pair interview that ends as agreed, or whose partner is gone after the end, is not marked as ended early",
          "[pair_link]") {
    const Scenario scenario = shipped("spam-email-detection");
    PairLink interviewer(std::make_unique<InterviewerPeer>(scenario, "Ada"));
    PairLink candidate(std::make_unique<CandidatePeer>("Grace"));
    exchangeLinks(interviewer, candidate);
    std::unique_ptr<Rehearsal> answering = interviewer.makeRehearsal();
    std::unique_ptr<Rehearsal> asking = candidate.makeRehearsal();
    REQUIRE(asking->finish());
    exchangeLinks(interviewer, candidate);
    REQUIRE(answering->session().isFinished());
    interviewer.partnerGone("The partner left the session.");
    CHECK_FALSE(answering->session().endedEarlyBy());
    CHECK(endedEarlyLine(answering->session()).empty());
}

TEST_CASE("No partner can send an 'ended early' mark: only the side that saw its partner go writes it", "[pair_link]") {
    FinishSession left;
    left.partnerLeft = PairRole::Interviewer;
    CHECK_FALSE(mayIssue(PairRole::Candidate, left));
    CHECK_FALSE(mayIssue(PairRole::Interviewer, left));
    CHECK(mayIssue(PairRole::Candidate, FinishSession{}));
    // The mark survives the journal's JSON, and a session without it reads as before.
    const std::optional<Action> back = actionFromJson(actionToJson(Action{12, left}));
    REQUIRE(back);
    REQUIRE(std::holds_alternative<FinishSession>(back->payload));
    CHECK(std::get<FinishSession>(back->payload).partnerLeft == PairRole::Interviewer);
    CHECK(actionToJson(Action{12, FinishSession{}}).dump().find("partner_left") == std::string::npos);
}
