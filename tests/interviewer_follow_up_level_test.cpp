// Follow-ups marked with a level: a staff-level probe is raised only when the
// candidate chose to rehearse at staff level on starting (ChooseLevel, the
// session's first action), and a replayed journal keeps that choice.
#include "core/interviewer/follow_up_engine.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/session/rehearsal.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

const char* kFollowUpLevelScenarioJson = R"({
  "format": 1, "id": "toy-levels", "title": "Toy levels", "question": "Design a spam filter.",
  "difficulty": "easy", "tags": [], "minutes": 10,
  "facts": [],
  "stages": [
    { "id": "clarify", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [ { "id": "org", "text": "Who owns it.", "why": "w", "concepts": [["team"]] } ],
      "follow_ups": [
        { "id": "fu-all", "says": "Where do you start?", "trigger": { "on": "enter" } },
        { "id": "fu-staff", "says": "Which teams must agree before this ships?", "level": "staff",
          "trigger": { "on": "enter" } },
        { "id": "fu-staff-leave", "says": "Before we move on: who owns the model?", "level": "staff",
          "trigger": { "on": "leave", "key_point": "org" } }
      ] },
    { "id": "evaluation", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [], "follow_ups": [] }
  ],
  "reference": { "summary": "s", "diagram": { "items": [], "arrows": [] } }
})";

Scenario followUpLevelToyScenario() {
    ScenarioLoadResult result = loadScenarioFromText(kFollowUpLevelScenarioJson, "toy.json");
    INFO((result.diagnostics.empty() ? "" : result.diagnostics[0].format()));
    REQUIRE(result.scenario);
    return *result.scenario;
}

}  // namespace

TEST_CASE("follow-ups: a staff probe is not raised for a senior candidate", "[interviewer][follow-up][level]") {
    Session session(followUpLevelToyScenario());
    CHECK(session.candidateLevel() == Level::Senior);  // the scenario's level, by default
    FollowUpEngine engine(FollowUpPacing{0, false});
    CHECK(engine.due(session, 1) == std::vector<FollowUpId>{FollowUpId("fu-all")});
    CHECK(engine.beforeLeaving(session, 2, StageIndex(1)).empty());
}

TEST_CASE("follow-ups: a staff candidate gets the staff probes too", "[interviewer][follow-up][level]") {
    Session session(followUpLevelToyScenario());
    REQUIRE(session.apply(Action{0, ChooseLevel{Level::Staff}}));
    CHECK(session.candidateLevel() == Level::Staff);
    FollowUpEngine engine(FollowUpPacing{0, false});
    CHECK(engine.due(session, 1) == std::vector<FollowUpId>{FollowUpId("fu-all"), FollowUpId("fu-staff")});
    CHECK(engine.beforeLeaving(session, 2, StageIndex(1)) == std::vector<FollowUpId>{FollowUpId("fu-staff-leave")});

    // The choice is part of the journal: a replay and a JSON round trip keep it.
    const std::optional<Action> decoded = actionFromJson(actionToJson(session.journal().front()));
    REQUIRE(decoded);
    CHECK(std::string(actionTypeName(*decoded)) == "choose_level");
    CHECK(replaySession(session.scenario(), {*decoded}).candidateLevel() == Level::Staff);
}

TEST_CASE("follow-ups: the level is chosen on starting, not midway", "[interviewer][follow-up][level]") {
    Session session(followUpLevelToyScenario());
    REQUIRE(session.apply(Action{1, SetNotes{StageIndex(0), "spam"}}));
    CHECK_FALSE(session.apply(Action{2, ChooseLevel{Level::Staff}}));
    CHECK(session.candidateLevel() == Level::Senior);
    CHECK_FALSE(actionFromJson({{"type", "choose_level"}, {"at", 0}, {"level", "principal"}}).has_value());
}

TEST_CASE("follow-ups: a staff scenario runs at staff level unless the candidate chose lower",
          "[interviewer][follow-up][level]") {
    Scenario scenario = followUpLevelToyScenario();
    scenario.level = Level::Staff;
    CHECK(Session(scenario).candidateLevel() == Level::Staff);
    Session chosen(scenario);
    REQUIRE(chosen.apply(Action{0, ChooseLevel{Level::Mid}}));
    FollowUpEngine engine(FollowUpPacing{0, false});
    CHECK(engine.due(chosen, 1) == std::vector<FollowUpId>{FollowUpId("fu-all")});
}

TEST_CASE("follow-ups: a rehearsal just started accepts the level chosen on starting", "[interviewer][follow-up][level]") {
    // What the library's Start does: the choice is the rehearsal's first dispatch.
    Rehearsal rehearsal(std::make_unique<Session>(followUpLevelToyScenario()));
    REQUIRE(rehearsal.dispatch(ChooseLevel{Level::Staff}));
    CHECK(rehearsal.session().candidateLevel() == Level::Staff);
    CHECK(std::string(actionTypeName(rehearsal.session().journal().front())) == "choose_level");
}
