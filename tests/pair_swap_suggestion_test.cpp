// "Swap roles": the scenario suggested for the next pair rehearsal, and each
// partner's history read from the stored pair sessions by display name.
#include "core/pair/pair_history.hpp"
#include "core/pair/swap_suggestion.hpp"
#include "core/store/session_recorder.hpp"
#include "core/store/store_recovery.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;
using namespace rehearse::test;

namespace {

const std::vector<ScenarioSeen> kOffered = {{"ads-ctr", "h-ads-2"}, {"spam", "h-spam-1"}, {"feed", "h-feed-1"}};

}  // namespace

TEST_CASE("Swap suggests what the new interviewer rehearsed and the new candidate never met", "[pair][swap]") {
    PairHistory ana;  // the new interviewer
    ana.asCandidate = {{"spam", "h-spam-1"}, {"feed", "h-feed-1"}};
    PairHistory ben;  // the new candidate
    ben.asCandidate = {{"feed", "h-feed-1"}};
    auto suggestion = suggestSwapScenario(ana, ben, kOffered);
    REQUIRE(suggestion);
    CHECK(suggestion->scenarioId == "spam");
    CHECK(suggestion->interviewerKnowsIt);
    CHECK(suggestion->sameVersion);
}

TEST_CASE("Swap never suggests a scenario the new candidate interviewed, having seen its hidden facts", "[pair][swap]") {
    PairHistory ana;
    ana.asCandidate = {{"spam", "h-spam-1"}, {"ads-ctr", "h-ads-2"}};
    PairHistory ben;
    ben.asInterviewer = {{"spam", "h-spam-1"}};  // the rehearsal just finished: Ben held the facts
    auto suggestion = suggestSwapScenario(ana, ben, kOffered);
    REQUIRE(suggestion);
    CHECK(suggestion->scenarioId == "ads-ctr");
}

TEST_CASE("Swap prefers the version the new interviewer met over their more recent one of an edited scenario", "[pair][swap]") {
    PairHistory ana;
    ana.asCandidate = {{"ads-ctr", "h-ads-1"}, {"feed", "h-feed-1"}};  // ads-ctr newest, but edited since
    PairHistory ben;
    auto exact = suggestSwapScenario(ana, ben, kOffered);
    REQUIRE(exact);
    CHECK(exact->scenarioId == "feed");
    CHECK(exact->sameVersion);

    ana.asCandidate = {{"ads-ctr", "h-ads-1"}};
    auto other = suggestSwapScenario(ana, ben, kOffered);
    REQUIRE(other);
    CHECK(other->scenarioId == "ads-ctr");
    CHECK(other->interviewerKnowsIt);
    CHECK_FALSE(other->sameVersion);
}

TEST_CASE("Swap falls back to a scenario new to the candidate, and to nothing when they met every one", "[pair][swap]") {
    PairHistory ana;  // has done nothing the candidate has not
    ana.asCandidate = {{"spam", "h-spam-1"}};
    PairHistory ben;
    ben.asCandidate = {{"spam", "h-spam-1"}};
    auto fallback = suggestSwapScenario(ana, ben, kOffered);
    REQUIRE(fallback);
    CHECK(fallback->scenarioId == "ads-ctr");  // the library's first that is new to Ben
    CHECK_FALSE(fallback->interviewerKnowsIt);

    ben.asInterviewer = {{"ads-ctr", "h-ads-2"}, {"feed", "h-feed-1"}};
    CHECK_FALSE(suggestSwapScenario(ana, ben, kOffered));
}

TEST_CASE("A partner's history comes from the stored pair sessions by name, ignoring case and spaces", "[pair][swap][store]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    REQUIRE(store);
    const auto record = [&](std::optional<StartPair> pair) {
        Session session(scenario);
        SessionRecorder recorder(store.get());
        recorder.startNew(session);
        if (pair) REQUIRE(session.apply({0, *pair}));
        REQUIRE(session.apply({5, SetNotes{StageIndex(0), "notes"}}));
        recorder.record(session);
        REQUIRE(recorder.recordId());
        return *recorder.recordId();
    };
    record(StartPair{"Ana", "Ben"});
    record(std::nullopt);  // practice with the app: nobody's in particular
    const SessionRecordId swapped = record(StartPair{" ben ", "ANA"});

    const std::vector<SessionRecord> records = store->listSessions();
    REQUIRE(records.size() == 3);
    const auto stored = store->session(swapped);
    REQUIRE(stored);
    REQUIRE(stored->pair);
    CHECK(stored->pair->interviewer == " ben ");
    CHECK(stored->pair->candidate == "ANA");
    CHECK(std::count_if(records.begin(), records.end(), [](const SessionRecord& r) { return !r.pair; }) == 1);

    const PairHistory ana = pairHistoryOf(records, "ana");
    REQUIRE(ana.asCandidate.size() == 1);
    REQUIRE(ana.asInterviewer.size() == 1);
    CHECK(ana.asCandidate[0].scenarioId == "toy-late-invoices");
    CHECK(ana.asCandidate[0].hash == stored->scenarioHash);
    const PairHistory carol = pairHistoryOf(records, "Carol");
    CHECK(carol.asCandidate.empty());
    CHECK(carol.asInterviewer.empty());
}

TEST_CASE("The swap's line says why once, naming both partners on one screen and 'you' on two", "[pair][swap]") {
    const SwapSuggestion known{"spam", true, true};
    CHECK(swapSuggestionLine(known, "Spam email detection", "Ada", "Grace") ==
          "Next: Spam email detection. Ada knows it; Grace has not met it.");
    CHECK(swapSuggestionLine(known, "Spam email detection", "", "Grace") ==
          "Next: Spam email detection. You know it; Grace has not met it.");
    const SwapSuggestion edited{"spam", true, false};
    CHECK(swapSuggestionLine(edited, "Spam", "", "Grace") ==
          "Next: Spam. You know an earlier version of it; Grace has not met it.");
    const SwapSuggestion fresh{"feed", false, false};
    CHECK(swapSuggestionLine(fresh, "Feed ranking", "Ada", "Grace") ==
          "Next: Feed ranking. New to Grace; Ada has not done it either, so read it through first.");
    CHECK(swapSuggestionLine(fresh, "Feed ranking", "", "Grace") ==
          "Next: Feed ranking. New to Grace; you have not done it either, so read it through first.");
}
