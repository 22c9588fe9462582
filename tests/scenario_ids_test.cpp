// The typed ids: one kind of id never stands in for another, and the files
// that carry them (journal actions) hold the same text and numbers as before
// the ids had types.
#include "core/scenario/scenario_ids.hpp"
#include "core/session/action.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>
#include <type_traits>
#include <unordered_set>

using namespace rehearse;

// What the compiler refuses: a fact id where a follow-up id is expected, a
// probe's position where a stage is meant, and a bare string or number for any.
static_assert(!std::is_convertible_v<FactId, FollowUpId> && !std::is_constructible_v<FollowUpId, FactId>);
static_assert(!std::is_convertible_v<FollowUpId, FactId> && !std::is_constructible_v<FactId, FollowUpId>);
static_assert(!std::is_convertible_v<std::string, FactId> && !std::is_convertible_v<const char*, FollowUpId>);
static_assert(!std::is_convertible_v<ProbeIndex, StageIndex> && !std::is_constructible_v<StageIndex, ProbeIndex>);
static_assert(!std::is_convertible_v<StageIndex, ProbeIndex> && !std::is_constructible_v<ProbeIndex, StageIndex>);
static_assert(!std::is_convertible_v<std::size_t, StageIndex> && !std::is_convertible_v<int, ProbeIndex>);
static_assert(!std::is_convertible_v<StageIndex, std::size_t> && !std::is_convertible_v<FactId, std::string>);

TEST_CASE("typed ids compare, order and hash by their text or number", "[scenario][ids]") {
    CHECK(FactId("volume") == FactId("volume"));
    CHECK(FactId("volume") != FactId("latency"));
    CHECK(FactId("latency") < FactId("volume"));
    CHECK(FollowUpId().empty());
    CHECK(StageIndex(1) < StageIndex(2));
    CHECK(StageIndex(1).next() == StageIndex(2));
    CHECK(StageIndex() == StageIndex(0));

    std::map<FollowUpId, int> byFollowUp{{FollowUpId("fu-b"), 2}, {FollowUpId("fu-a"), 1}};
    CHECK(byFollowUp.begin()->second == 1);
    std::unordered_set<FactId> facts{FactId("volume"), FactId("volume"), FactId("latency")};
    CHECK(facts.size() == 2);

    std::ostringstream out;
    out << FactId("volume") << " " << ProbeIndex(3);
    CHECK(out.str() == "volume 3");
}

TEST_CASE("actions with typed ids are written with the same JSON as before", "[scenario][ids][action]") {
    const auto text = [](ActionPayload payload) { return actionToJson(Action{2, std::move(payload)}).dump(); };
    CHECK(text(AskClarification{"How many, and how fast?", FactId("volume"), {FactId("latency")}}) ==
          R"({"at":2.0,"fact":"volume","more_facts":["latency"],"question":"How many, and how fast?","type":"ask_clarification"})");
    CHECK(text(RaiseFollowUp{FollowUpId("fu-costs"), ""}) ==
          R"({"at":2.0,"follow_up":"fu-costs","says":"","type":"raise_follow_up"})");
    CHECK(text(AnswerQuestion{FactId("volume"), ""}) == R"({"at":2.0,"fact":"volume","says":"","type":"answer_question"})");
    CHECK(text(GoToStage{StageIndex(3)}) == R"({"at":2.0,"stage":3,"type":"go_to_stage"})");
    CHECK(text(SetNotes{StageIndex(1), "PR-AUC"}) == R"({"at":2.0,"stage":1,"text":"PR-AUC","type":"set_notes"})");
    CHECK(text(AnswerFollowUp{ProbeIndex(4), "yes"}) == R"({"at":2.0,"probe":4,"text":"yes","type":"answer_follow_up"})");
    CHECK(text(SkipFollowUp{ProbeIndex(5)}) == R"({"at":2.0,"probe":5,"type":"skip_follow_up"})");
}

TEST_CASE("actions read back with the ids they were written with", "[scenario][ids][action]") {
    const auto roundTrip = [](ActionPayload payload) {
        const std::optional<Action> read = actionFromJson(actionToJson(Action{2, std::move(payload)}));
        REQUIRE(read);
        return read->payload;
    };
    const ActionPayload asked = roundTrip(AskClarification{"q", FactId("volume"), {FactId("latency"), FactId("labels")}});
    const auto& ask = std::get<AskClarification>(asked);
    CHECK(ask.factId == FactId("volume"));
    CHECK(ask.moreFactIds == std::vector<FactId>{FactId("latency"), FactId("labels")});
    CHECK(std::get<RaiseFollowUp>(roundTrip(RaiseFollowUp{FollowUpId("fu-costs"), ""})).followUpId == FollowUpId("fu-costs"));
    CHECK(std::get<GoToStage>(roundTrip(GoToStage{StageIndex(3)})).stage == StageIndex(3));
    CHECK(std::get<EditNotes>(roundTrip(EditNotes{StageIndex(2), 1, 0, "x"})).stage == StageIndex(2));
    CHECK(std::get<SkipFollowUp>(roundTrip(SkipFollowUp{ProbeIndex(5)})).probe == ProbeIndex(5));
}
