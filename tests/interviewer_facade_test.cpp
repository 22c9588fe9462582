// The Interviewer facade as the app uses it, on the shipped spam scenario.
#include "core/interviewer/interviewer.hpp"
#include "core/scenario/scenario_library.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

TEST_CASE("interviewer: ask, probes and live coverage through actions", "[interviewer]") {
    ScenarioLibrary library;
    library.load({REHEARSE_SCENARIO_DIR});
    const Scenario* scenario = library.find("spam-email-detection");
    REQUIRE(scenario);
    Session session(*scenario);
    Interviewer interviewer(session.scenario());

    const AskClarification asked = interviewer.ask("How many emails do we get per day?");
    CHECK(asked.factId == FactId("volume"));
    REQUIRE(session.apply(Action{5, asked}));
    CHECK(session.revealedFactIds() == std::vector<FactId>{FactId("volume")});
    CHECK(interviewer.ask("What's the launch date?").factId.empty());

    // The clarify stage opens with a probe.
    const auto due = interviewer.due(session, 6);
    REQUIRE(due.size() == 1);
    REQUIRE(session.apply(Action{6, due[0]}));
    CHECK(interviewer.due(session, 7).empty());  // pacing

    CHECK(interviewer.coverage(session).fraction() == 0);
    REQUIRE(session.apply(Action{30, SetNotes{StageIndex(0), "Errors are asymmetric: a false positive costs 100x a missed spam."}}));
    const CoverageReport& live = interviewer.coverage(session);
    CHECK(live.isCovered("clarify-error-costs"));
    CHECK(live.stage(StageKind::Clarify)->fraction() > 0);
    CHECK(&interviewer.coverage(session) == &live);  // cached while nothing changes
}
