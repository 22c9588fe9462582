// Pair practice in the session: a partner plays the interviewer. The
// candidate's questions wait for the partner's answer (a fact or their own
// words), the partner pushes probes, nudges, pauses and keeps private notes;
// all of it is journaled and replays to the same session, and the app stops
// raising probes or holding moves itself.
#include "core/pair/pair_authority.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/session/rehearsal.hpp"
#include "core/store/session_store.hpp"
#include "pair_test_support.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

using rehearse::test::shipped;

struct PairRehearsal {
    ManualClock* clock;
    std::unique_ptr<Rehearsal> rehearsal;
    explicit PairRehearsal(Scenario scenario) {
        auto owned = std::make_unique<ManualClock>();
        clock = owned.get();
        rehearsal = std::make_unique<Rehearsal>(std::make_unique<Session>(std::move(scenario)), std::move(owned),
                                                FollowUpPacing{0, false});
        REQUIRE(rehearsal->dispatch(StartPair{"Ada", "Grace"}));
    }
    Rehearsal* operator->() { return rehearsal.get(); }
    void at(double seconds) { clock->set(seconds); }
};

}  // namespace

TEST_CASE("A pair session's question waits for the partner and the answer reveals the chosen fact", "[pair]") {
    PairRehearsal pair(shipped("spam-email-detection"));
    pair.at(10);
    REQUIRE(pair->ask("How many emails a day?"));
    const Session& session = pair->session();
    REQUIRE(session.pendingQuestions().size() == 1);
    CHECK(session.clarifications().empty());
    CHECK(session.revealedFactIds().empty());

    pair.at(20);
    REQUIRE(pair->dispatch(AnswerQuestion{FactId("volume"), ""}));
    CHECK(session.pendingQuestions().empty());
    REQUIRE(session.clarifications().size() == 1);
    CHECK(session.clarifications()[0].question == "How many emails a day?");
    CHECK(session.clarifications()[0].at == 10);  // when it was asked
    CHECK(session.revealedFactIds() == std::vector<FactId>{FactId("volume")});
    CHECK(session.feed().back().kind == FeedEntry::Kind::InterviewerAnswer);
    CHECK(session.feed().back().text == session.scenario().findFact(FactId("volume"))->answer);
    CHECK(session.feed().back().at == 20);
}

TEST_CASE("The partner answers in their own words without revealing a fact", "[pair]") {
    PairRehearsal pair(shipped("spam-email-detection"));
    REQUIRE(pair->ask("Is it for Gmail?"));
    CHECK_FALSE(pair->dispatch(AnswerQuestion{FactId(), "   "}));     // nothing said
    CHECK_FALSE(pair->dispatch(AnswerQuestion{FactId("no-such"), ""}));  // no such fact
    REQUIRE(pair->dispatch(AnswerQuestion{FactId(), "Assume a large webmail provider."}));
    CHECK(pair->session().revealedFactIds().empty());
    CHECK(pair->session().feed().back().text == "Assume a large webmail provider.");
    CHECK_FALSE(pair->dispatch(AnswerQuestion{FactId(), "Nothing is pending now."}));
}

TEST_CASE("Questions are answered oldest first", "[pair]") {
    PairRehearsal pair(shipped("spam-email-detection"));
    REQUIRE(pair->ask("first"));
    REQUIRE(pair->ask("second"));
    REQUIRE(pair->dispatch(AnswerQuestion{FactId("latency"), ""}));
    REQUIRE(pair->session().pendingQuestions().size() == 1);
    CHECK(pair->session().pendingQuestions()[0].question == "second");
    CHECK(pair->session().clarifications()[0].question == "first");
}

TEST_CASE("In a pair session the app raises no probe and holds no move, the partner pushes them", "[pair]") {
    PairRehearsal pair(shipped("spam-email-detection"));
    pair.at(600);  // far past every time trigger of the first stage
    pair->tick();
    CHECK(pair->session().probes().empty());
    REQUIRE(pair->dispatch(RaiseFollowUp{FollowUpId("fu-clarify-costs"), ""}));
    REQUIRE(pair->session().probes().size() == 1);
    CHECK_FALSE(pair->session().probes()[0].says.empty());
    CHECK(pair->requestStage(StageIndex(1)) == Rehearsal::StageRequest::Moved);
}

TEST_CASE("A nudge, a pause and a private note are journaled and replay to the same session", "[pair]") {
    PairRehearsal pair(shipped("spam-email-detection"));
    pair.at(30);
    REQUIRE(pair->dispatch(NudgeMoveOn{""}));
    CHECK(pair->session().feed().back().kind == FeedEntry::Kind::Nudge);
    CHECK(pair->session().feed().back().text == Session::defaultNudge());
    pair.at(40);
    REQUIRE(pair->dispatch(InterviewerNote{"Jumped to models before asking about labels."}));
    REQUIRE(pair->dispatch(PauseClock{}));
    pair.at(100);
    REQUIRE(pair->dispatch(ResumeClock{}));
    REQUIRE(pair->ask("What about labels?"));
    REQUIRE(pair->dispatch(AnswerQuestion{FactId("labels"), ""}));
    REQUIRE(pair->requestStage(StageIndex(1)) == Rehearsal::StageRequest::Moved);
    REQUIRE(pair->dispatch(InterviewerNote{"Better on data."}));
    REQUIRE(pair->finish());

    const Session& live = pair->session();
    REQUIRE(live.interviewerNotes().size() == 2);
    CHECK(live.interviewerNotes()[0].stage == StageIndex(0));
    CHECK(live.interviewerNotes()[0].clock == 40);
    CHECK(live.interviewerNotes()[1].stage == StageIndex(1));

    // Through JSON, as a stored journal or a partner's message carries it.
    std::vector<Action> journal;
    for (const Action& action : live.journal()) {
        auto reread = actionFromJson(actionToJson(action));
        REQUIRE(reread);
        journal.push_back(*reread);
    }
    std::size_t skipped = 0;
    Session replayed = replaySession(live.scenario(), journal, &skipped);
    CHECK(skipped == 0);
    CHECK(replayed.isPair());
    CHECK(replayed.pair()->interviewerName == "Ada");
    CHECK(replayed.interviewerNotes().size() == 2);
    CHECK(replayed.revealedFactIds() == live.revealedFactIds());
    CHECK(replayed.feed().size() == live.feed().size());
    CHECK(replayed.clockAt(live.lastActionAt()) == live.clockAt(live.lastActionAt()));
}

TEST_CASE("Pair actions are refused in a rehearsal with the app, and the app's matcher in a pair one", "[pair]") {
    Session solo(shipped("spam-email-detection"));
    CHECK_FALSE(solo.apply({1, PoseQuestion{"How many?"}}));
    CHECK_FALSE(solo.apply({1, NudgeMoveOn{""}}));
    CHECK_FALSE(solo.apply({1, InterviewerNote{"x"}}));
    CHECK(solo.apply({1, AskClarification{"How many?", FactId("volume"), {}}}));
    CHECK_FALSE(solo.apply({2, StartPair{"Ada", "Grace"}}));  // only as the first action

    Session pair(shipped("spam-email-detection"));
    REQUIRE(pair.apply({0, StartPair{"Ada", "Grace"}}));
    CHECK(pair.apply({0, ChooseLevel{Level::Staff}}));  // still allowed after declaring the pair
    CHECK_FALSE(pair.apply({1, AskClarification{"How many?", FactId("volume"), {}}}));
    CHECK_FALSE(pair.apply({1, AnswerQuestion{FactId("volume"), ""}}));  // nothing was asked
}

TEST_CASE("Scorecards are accepted only after the end of a pair session", "[pair]") {
    PairRehearsal pair(shipped("spam-email-detection"));
    Scorecard card;
    card.score(RubricDimension::Data).level = ScoreLevel::Strong;
    card.advance = AdvanceVerdict::Yes;
    CHECK_FALSE(pair->dispatch(SetScorecard{ScorecardAuthor::Interviewer, card}));
    REQUIRE(pair->finish());
    REQUIRE(pair->dispatch(SetScorecard{ScorecardAuthor::Candidate, card}));
    CHECK(pair->session().scorecard(ScorecardAuthor::Candidate) == card);
    CHECK_FALSE(pair->session().scorecard(ScorecardAuthor::Interviewer));
}

TEST_CASE("Each side may issue only its own actions", "[pair]") {
    CHECK(mayIssue(PairRole::Candidate, PoseQuestion{"q"}));
    CHECK_FALSE(mayIssue(PairRole::Interviewer, PoseQuestion{"q"}));
    CHECK(mayIssue(PairRole::Interviewer, AnswerQuestion{FactId("volume"), ""}));
    CHECK_FALSE(mayIssue(PairRole::Candidate, AnswerQuestion{FactId("volume"), ""}));
    CHECK_FALSE(mayIssue(PairRole::Candidate, RaiseFollowUp{FollowUpId("fu"), ""}));
    CHECK_FALSE(mayIssue(PairRole::Candidate, PauseClock{}));
    CHECK_FALSE(mayIssue(PairRole::Interviewer, SetNotes{StageIndex(0), "x"}));
    CHECK_FALSE(mayIssue(PairRole::Interviewer, GoToStage{StageIndex(1)}));
    CHECK_FALSE(mayIssue(PairRole::Candidate, AskClarification{"q", FactId("volume"), {}}));
    CHECK_FALSE(mayIssue(PairRole::Interviewer, AskClarification{"q", FactId("volume"), {}}));
    CHECK(mayIssue(PairRole::Candidate, SetScorecard{ScorecardAuthor::Candidate, {}}));
    CHECK_FALSE(mayIssue(PairRole::Candidate, SetScorecard{ScorecardAuthor::Interviewer, {}}));
    CHECK(mayIssue(PairRole::Candidate, FinishSession{}));
    CHECK(mayIssue(PairRole::Interviewer, FinishSession{}));
}

TEST_CASE("What reaches the candidate carries words, and never a private note or an early scorecard", "[pair]") {
    PairRehearsal pair(shipped("spam-email-detection"));
    const Session& session = pair->session();
    CHECK_FALSE(actionForCandidate(session, {1, InterviewerNote{"weak on labels"}}));

    auto probe = actionForCandidate(session, {1, RaiseFollowUp{FollowUpId("fu-clarify-costs"), ""}});
    REQUIRE(probe);
    CHECK_FALSE(std::get<RaiseFollowUp>(probe->payload).says.empty());

    auto answer = actionForCandidate(session, {1, AnswerQuestion{FactId("volume"), ""}});
    REQUIRE(answer);
    CHECK(std::get<AnswerQuestion>(answer->payload).says == session.scenario().findFact(FactId("volume"))->answer);

    REQUIRE(pair->finish());
    const Action interviewerCard{5, SetScorecard{ScorecardAuthor::Interviewer, {}}};
    CHECK_FALSE(actionForCandidate(session, interviewerCard));  // blind until the self-score is in
    REQUIRE(pair->dispatch(SetScorecard{ScorecardAuthor::Candidate, {}}));
    CHECK(actionForCandidate(session, interviewerCard));
}

TEST_CASE("A pair session's first action says whose copy it is, and the history says which part you played",
          "[pair]") {
    for (std::optional<PairRole> keeper : {std::optional<PairRole>{}, std::optional<PairRole>{PairRole::Interviewer},
                                           std::optional<PairRole>{PairRole::Candidate}}) {
        const Action start{0, StartPair{"Ada", "Grace", keeper}};
        const std::optional<Action> read = actionFromJson(actionToJson(start));
        REQUIRE(read);
        CHECK(std::get<StartPair>(read->payload).keptBy == keeper);
    }
    // A part this version does not know is not taken for none.
    CHECK_FALSE(actionFromJson(nlohmann::json::parse(
        R"({"at":0,"type":"start_pair","interviewer":"Ada","candidate":"Grace","kept_by":"observer"})")));

    CHECK(PairParts{"Ada", "Grace", std::nullopt, std::nullopt}.summary() == "pair: Ada interviewed Grace");
    CHECK(PairParts{"Ada", "Grace", PairRole::Interviewer, std::nullopt}.description() == "You interviewed Grace");
    CHECK(PairParts{"Ada", "Grace", PairRole::Candidate, std::nullopt}.description() == "Ada interviewed you");
    // The history's row shows the parts and the end apart (a chip), its tooltip the whole.
    const PairParts left{"Ada", "Grace", PairRole::Candidate, PairRole::Interviewer};
    CHECK(left.whoPlayedWhich() == "Ada interviewed you");
    CHECK(left.endedEarly() == "ended early: Ada left");
    CHECK(left.description() == "Ada interviewed you \xC2\xB7 ended early: Ada left");
    CHECK(PairParts{"Ada", "Grace", PairRole::Interviewer, std::nullopt}.endedEarly().empty());

    // One side's copy is reviewed as its own; the hot seat's shared copy takes turns.
    Session kept(shipped("spam-email-detection")), shared(shipped("spam-email-detection"));
    REQUIRE(kept.apply({0, StartPair{"Ada", "Grace", PairRole::Interviewer}}));
    REQUIRE(shared.apply({0, StartPair{"Ada", "Grace"}}));
    CHECK(kept.isOneSidesCopy());
    CHECK_FALSE(shared.isOneSidesCopy());
    CHECK_FALSE(Session(shipped("spam-email-detection")).isOneSidesCopy());

    // What the interviewer's side sends for the candidate's copy is the candidate's.
    Session session(shipped("spam-email-detection"));
    const Action mine{0, StartPair{"Ada", "Grace", PairRole::Interviewer}};
    REQUIRE(session.apply(mine));
    const std::optional<Action> sent = actionForCandidate(session, mine);
    REQUIRE(sent);
    CHECK(std::get<StartPair>(sent->payload).keptBy == PairRole::Candidate);
}
