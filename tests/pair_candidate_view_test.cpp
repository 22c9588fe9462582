// The candidate's side of a pair rehearsal holds only what the candidate may
// see: checked on the serialized view, the bytes a peer would hold, after a
// rehearsal that revealed some facts and pushed some probes.
#include "core/pair/candidate_view.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "pair_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rehearse;

namespace {

using rehearse::test::shipped;

using rehearse::test::contains;

// The JSON dump escapes some characters; compare against text dumped the same way.
std::string asJsonText(const std::string& text) {
    std::string quoted = nlohmann::json(text).dump();
    return quoted.substr(1, quoted.size() - 2);
}

}  // namespace

TEST_CASE("The candidate's view holds no unrevealed fact, key point or reference text", "[pair]") {
    const auto scenarioId = GENERATE(as<std::string>{}, "spam-email-detection", "enterprise-rag-assistant",
                                     "payment-fraud-detection");
    Session session(shipped(scenarioId));
    const Scenario& scenario = session.scenario();
    REQUIRE(scenario.facts.size() >= 3);
    REQUIRE(session.apply({0, StartPair{"Ada", "Grace"}}));
    REQUIRE(session.apply({5, PoseQuestion{"How big is it?"}}));
    REQUIRE(session.apply({9, AnswerQuestion{scenario.facts[0].id, ""}}));
    REQUIRE(session.apply({12, PoseQuestion{"Anything else?"}}));
    REQUIRE(session.apply({15, AnswerQuestion{FactId(), "Assume what you need."}}));
    const FollowUp& pushed = scenario.stages[0].followUps.at(0);
    REQUIRE(session.apply({20, RaiseFollowUp{pushed.id, ""}}));
    REQUIRE(session.apply({30, InterviewerNote{"private: misses the base rate"}}));
    REQUIRE(session.apply({40, GoToStage{StageIndex(1)}}));
    REQUIRE(session.apply({50, FinishSession{}}));

    const std::string json = candidateViewToJson(buildCandidateView(session)).dump();

    // What was revealed is there: the check below could find text.
    CHECK(contains(json, asJsonText(scenario.facts[0].answer)));
    CHECK(contains(json, asJsonText(pushed.says)));
    CHECK(contains(json, asJsonText(scenario.question)));

    for (std::size_t i = 1; i < scenario.facts.size(); ++i) {
        INFO("fact " << scenario.facts[i].id);
        CHECK_FALSE(contains(json, asJsonText(scenario.facts[i].answer)));
    }
    for (const Stage& stage : scenario.stages) {
        for (const KeyPoint& point : stage.keyPoints) {
            INFO("key point " << point.id);
            CHECK_FALSE(contains(json, asJsonText(point.text)));
        }
        if (!stage.reference.empty()) CHECK_FALSE(contains(json, asJsonText(stage.reference)));
        for (const FollowUp& f : stage.followUps)
            if (f.id != pushed.id) {
                INFO("probe " << f.id);
                CHECK_FALSE(contains(json, asJsonText(f.says)));
            }
    }
    if (!scenario.referenceSummary.empty()) CHECK_FALSE(contains(json, asJsonText(scenario.referenceSummary)));
    CHECK_FALSE(contains(json, "private: misses the base rate"));
}

TEST_CASE("The candidate sees the interviewer's scorecard only after their own blind self-score", "[pair]") {
    Session session(shipped("spam-email-detection"));
    REQUIRE(session.apply({0, StartPair{"Ada", "Grace"}}));
    REQUIRE(session.apply({10, FinishSession{}}));
    Scorecard interviewer;
    interviewer.strengths = "Clear framing of error costs";
    REQUIRE(session.apply({11, SetScorecard{ScorecardAuthor::Interviewer, interviewer}}));
    CandidateView before = buildCandidateView(session);
    CHECK_FALSE(before.interviewerScore);
    CHECK_FALSE(contains(candidateViewToJson(before).dump(), "Clear framing of error costs"));

    REQUIRE(session.apply({12, SetScorecard{ScorecardAuthor::Candidate, Scorecard{}}}));
    CandidateView after = buildCandidateView(session);
    REQUIRE(after.interviewerScore);
    CHECK(after.interviewerScore->strengths == "Clear framing of error costs");
}

TEST_CASE("The candidate's view lists stages, revealed facts in order and pending questions", "[pair]") {
    Session session(shipped("spam-email-detection"));
    REQUIRE(session.apply({0, StartPair{"Ada", "Grace"}}));
    REQUIRE(session.apply({1, PoseQuestion{"latency?"}}));
    REQUIRE(session.apply({2, AnswerQuestion{FactId("latency"), ""}}));
    REQUIRE(session.apply({3, PoseQuestion{"volume?"}}));
    REQUIRE(session.apply({4, AnswerQuestion{FactId("volume"), ""}}));
    REQUIRE(session.apply({5, PoseQuestion{"labels?"}}));
    CandidateView view = buildCandidateView(session);
    REQUIRE(view.revealedFacts.size() == 2);
    CHECK(view.revealedFacts[0].id == FactId("latency"));
    CHECK(view.revealedFacts[1].id == FactId("volume"));
    CHECK(view.pendingQuestions == std::vector<std::string>{"labels?"});
    CHECK(view.stages.size() == session.stageCount());
    CHECK(view.stages[0].goal == session.scenario().stages[0].goal);
    CHECK(view.interviewerName == "Ada");
}

TEST_CASE("The candidate's screen reads stage times, answer topics and the open probe from the view", "[pair]") {
    Session session(shipped("spam-email-detection"));
    const Scenario& scenario = session.scenario();
    REQUIRE(session.apply({0, StartPair{"Ada", "Grace"}}));
    REQUIRE(session.apply({10, PoseQuestion{"latency?"}}));
    REQUIRE(session.apply({20, AnswerQuestion{FactId("latency"), ""}}));
    REQUIRE(session.apply({30, PoseQuestion{"anything else?"}}));
    REQUIRE(session.apply({35, AnswerQuestion{FactId(), "Assume what you need."}}));
    REQUIRE(session.apply({40, RaiseFollowUp{scenario.stages[0].followUps.at(0).id, ""}}));
    REQUIRE(session.apply({70, GoToStage{StageIndex(1)}}));
    const CandidateView view = buildCandidateView(session, 100);

    CHECK(view.stages[0].seconds == Approx(70));
    CHECK(view.stages[0].visited);
    CHECK(view.stages[1].seconds == Approx(30));
    CHECK_FALSE(view.stages[2].visited);
    CHECK(view.totalSeconds == Approx(100));
    CHECK(view.minutes == Approx(scenario.minutes));
    // The answer with a fact names its topic; the one in the partner's own words names none.
    std::vector<std::string> topics;
    for (const auto& line : view.feed)
        if (line.kind == "interviewer_answer") topics.push_back(line.factTopic);
    REQUIRE(topics.size() == 2);
    CHECK(topics[0] == scenario.findFact(FactId("latency"))->topic);
    CHECK(topics[1].empty());
    // The pushed probe is the one waiting for an answer, and its feed line points at it.
    REQUIRE(pendingProbe(view) == std::optional<ProbeIndex>(ProbeIndex(0)));
    CHECK(std::any_of(view.feed.begin(), view.feed.end(),
                      [](const CandidateView::FeedLine& line) { return line.kind == "probe" && line.probe == ProbeIndex(0); }));
    REQUIRE(session.apply({80, AnswerFollowUp{ProbeIndex(0), "Precision first."}}));
    CHECK_FALSE(pendingProbe(buildCandidateView(session, 90)));
}

TEST_CASE("A view built once and refreshed for the time shows the clocks a fresh view would", "[pair]") {
    // The session screen rebuilds its view only when the session changes
    // and refreshes the clocks every frame: the two must agree.
    Session session(shipped("spam-email-detection"));
    REQUIRE(session.apply({0, StartPair{"Ada", "Grace"}}));
    REQUIRE(session.apply({50, GoToStage{StageIndex(1)}}));
    REQUIRE(session.apply({60, PauseClock{}}));
    REQUIRE(session.apply({90, ResumeClock{}}));
    CandidateView kept = buildCandidateView(session, 95);
    for (double now : {95.0, 120.0, 400.0}) {
        updateCandidateViewClocks(kept, session, now);
        const CandidateView fresh = buildCandidateView(session, now);
        INFO("at " << now);
        REQUIRE(kept.stages.size() == fresh.stages.size());
        for (std::size_t i = 0; i < kept.stages.size(); ++i) CHECK(kept.stages[i].seconds == Approx(fresh.stages[i].seconds));
        CHECK(kept.totalSeconds == Approx(fresh.totalSeconds));
    }
    // Time moved only the clocks: at 400 s the second stage has run 340 s less the 30 s paused.
    CHECK(kept.stages[1].seconds == Approx(320));
    CHECK(kept.stages[0].seconds == Approx(50));
}
