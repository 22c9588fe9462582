// A pair session across machines driven through ordinary Rehearsals (what
// the app's screens drive): the candidate's question reaches the
// interviewer's rehearsal, the fact the interviewer answers with reaches the
// candidate's, notes typed on the candidate's side show while they travel and
// arrive once, and the candidate's rehearsal never holds an unrevealed fact.
#include "core/pair/pair_link.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

Scenario shipped(const std::string& id) {
    auto result = loadScenarioFromFile(std::string(REHEARSE_SCENARIO_DIR) + "/" + id + ".json");
    REQUIRE(result.scenario);
    return *result.scenario;
}

// Moves every queued message across until neither side has anything to say.
void exchange(PairLink& a, PairLink& b) {
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
    exchange(interviewer, candidate);
    std::unique_ptr<Rehearsal> asking = candidate.makeRehearsal();
    std::unique_ptr<Rehearsal> answering = interviewer.makeRehearsal();
    REQUIRE(asking);
    REQUIRE(answering);
    REQUIRE(asking->session().pair());
    CHECK(asking->session().pair()->interviewerName == "Ada");
    CHECK(asking->scenario().facts.empty());

    REQUIRE(asking->ask("How many emails a day?"));
    CHECK(asking->session().pendingQuestions().empty());  // a request until the interviewer's side applies it
    exchange(interviewer, candidate);
    REQUIRE(answering->session().pendingQuestions().size() == 1);
    CHECK(asking->session().pendingQuestions().size() == 1);

    REQUIRE(answering->dispatch(AnswerQuestion{"volume", ""}));
    CHECK(answering->session().pendingQuestions().empty());  // applied on this side at once
    exchange(interviewer, candidate);
    REQUIRE(asking->scenario().facts.size() == 1);
    CHECK(asking->scenario().facts[0].id == "volume");
    CHECK(asking->session().revealedFactIds() == std::vector<std::string>{"volume"});
    CHECK(buildCandidateView(asking->session()).revealedFacts.size() == 1);

    // Notes: shown as typed, sent whole, applied once.
    asking->typeNotes(0, "10B a day");
    asking->commitNotes();
    CHECK(asking->notes(0) == "10B a day");  // still in flight
    CHECK(asking->session().stageProgress(0).notes.empty());
    asking->typeNotes(0, "10B a day, 115k/s");
    asking->commitNotes();
    exchange(interviewer, candidate);
    CHECK(answering->session().stageProgress(0).notes == "10B a day, 115k/s");
    CHECK(asking->session().stageProgress(0).notes == "10B a day, 115k/s");
    CHECK(asking->notes(0) == "10B a day, 115k/s");

    // What the candidate may not do is refused on its side and changes nothing.
    CHECK_FALSE(asking->dispatch(AnswerQuestion{"spam-rate", "2%"}));
    CHECK_FALSE(answering->dispatch(SetNotes{0, "the interviewer's words"}));
    exchange(interviewer, candidate);
    CHECK(asking->scenario().facts.size() == 1);
    CHECK(buildCandidateView(asking->session()).stages[0].notes == "10B a day, 115k/s");

    // Once detached (the rehearsal closes after its link), actions go nowhere.
    interviewer.detach();
    CHECK_FALSE(answering->dispatch(NudgeMoveOn{""}));
}
