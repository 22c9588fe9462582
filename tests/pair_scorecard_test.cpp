// The pair scorecard: five dimensions on a four-level scale with anchor text,
// evidence prefilled from the session, and its JSON.
#include "core/export/debrief_markdown.hpp"
#include "core/interviewer/interviewer.hpp"
#include "core/pair/scorecard_evidence.hpp"
#include "core/pair/scorecard_json.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "pair_test_support.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace rehearse;

namespace {

using rehearse::test::shipped;

using rehearse::test::contains;

}  // namespace

TEST_CASE("Every level of every scorecard dimension has its own anchor text", "[pair][scorecard]") {
    std::set<std::string> anchors;
    for (RubricDimension d : kAllRubricDimensions) {
        CHECK(std::string(scoreLevelAnchor(d, ScoreLevel::Unscored)).empty());
        for (ScoreLevel level : kScoreLevels) {
            const std::string anchor = scoreLevelAnchor(d, level);
            CHECK(anchor.size() > 20);
            anchors.insert(anchor);
        }
    }
    CHECK(anchors.size() == 5 * 4);
    CHECK(std::string(scoreLevelTitle(ScoreLevel::VeryWeak)) == "Very weak");
    CHECK(std::string(scoreLevelTitle(ScoreLevel::VeryStrong)) == "Very strong");
}

TEST_CASE("A scorecard is complete once every dimension is scored and the verdict given", "[pair][scorecard]") {
    Scorecard card;
    CHECK_FALSE(card.isComplete());
    for (RubricDimension d : kAllRubricDimensions) card.score(d).level = ScoreLevel::Weak;
    CHECK_FALSE(card.isComplete());
    card.advance = AdvanceVerdict::No;
    CHECK(card.isComplete());
}

TEST_CASE("A scorecard's JSON reads back, and a broken one says what is wrong", "[pair][scorecard]") {
    Scorecard card;
    card.score(RubricDimension::Evaluation) = {ScoreLevel::Weak, "Accuracy as the headline metric"};
    card.advance = AdvanceVerdict::Yes;
    card.strengths = "Framing";
    auto back = scorecardFromJson(scorecardToJson(card));
    REQUIRE(back);
    CHECK(*back == card);

    nlohmann::json broken = scorecardToJson(card);
    broken["dimensions"]["charisma"] = {{"level", "strong"}};
    std::string error;
    CHECK_FALSE(scorecardFromJson(broken, &error));
    CHECK_THAT(error, Catch::Contains("unknown scorecard dimension 'charisma'"));

    broken = scorecardToJson(card);
    broken["advance"] = "maybe";
    CHECK_FALSE(scorecardFromJson(broken, &error));
    CHECK_THAT(error, Catch::Contains("'advance' must be yes, no or undecided"));

    broken = scorecardToJson(card);
    broken["dimensions"]["data"] = {{"level", 3}};
    CHECK_FALSE(scorecardFromJson(broken, &error));
    CHECK_THAT(error, Catch::Contains("dimension 'data': 'level' must be a string"));
}

TEST_CASE("Scorecard evidence is prefilled from what happened in the session", "[pair][scorecard]") {
    Session session(shipped("spam-email-detection"));
    REQUIRE(session.apply({0, StartPair{"Ada", "Grace"}}));
    REQUIRE(session.apply({5, PoseQuestion{"How many emails a day?"}}));
    REQUIRE(session.apply({6, AnswerQuestion{FactId("volume"), ""}}));
    REQUIRE(session.apply({10, SetNotes{StageIndex(0), "We must weigh false positives against missed spam: error costs differ."}}));
    REQUIRE(session.apply({20, GoToStage{StageIndex(1)}}));
    REQUIRE(session.apply({25, RaiseFollowUp{FollowUpId("fu-data-labels"), ""}}));
    REQUIRE(session.apply({30, AnswerFollowUp{ProbeIndex(0), "User reports and spam-trap addresses."}}));
    REQUIRE(session.apply({40, FinishSession{}}));

    Interviewer interviewer(session.scenario());
    const CoverageReport& coverage = interviewer.coverage(session);
    Scorecard card = prefilledScorecard(session, coverage, ScorecardAuthor::Interviewer);
    for (RubricDimension d : kAllRubricDimensions) CHECK(card.score(d).level == ScoreLevel::Unscored);

    const std::string& problem = card.score(RubricDimension::Problem).evidence;
    CHECK(contains(problem, "Questions asked: 1"));
    CHECK(contains(problem, "How many emails a day?"));
    CHECK(contains(problem, "Important facts not asked:"));
    CHECK(contains(problem, session.scenario().findFact(FactId("latency"))->topic));
    CHECK_FALSE(contains(problem, "  - " + session.scenario().findFact(FactId("volume"))->topic + "\n"));

    const std::string& data = card.score(RubricDimension::Data).evidence;
    CHECK(contains(data, "User reports and spam-trap addresses."));
    CHECK(contains(data, "Key points covered:"));

    const std::string& communication = card.score(RubricDimension::Communication).evidence;
    CHECK(contains(communication, "Probes answered: 1 of 1"));

    // Covered key points are listed as covered, in their dimension.
    for (const StageCoverage& stage : coverage.stages)
        for (const KeyPointCoverage& point : stage.keyPoints)
            if (point.covered) CHECK(contains(card.score(point.dimension).evidence, "Covered:\n"));

    // The candidate's blind self-score starts from what they saw, even where
    // the session holds the whole scenario (hot seat): no answer key.
    Scorecard self = prefilledScorecard(session, coverage, ScorecardAuthor::Candidate);
    CHECK(contains(self.score(RubricDimension::Problem).evidence, "How many emails a day?"));
    CHECK(contains(self.score(RubricDimension::Data).evidence, "User reports and spam-trap addresses."));
    CHECK(contains(self.score(RubricDimension::Communication).evidence, "Probes answered: 1 of 1"));
    for (RubricDimension d : kAllRubricDimensions) {
        INFO(rubricDimensionName(d));
        const std::string& evidence = self.score(d).evidence;
        CHECK_FALSE(contains(evidence, "Key points covered"));
        CHECK_FALSE(contains(evidence, "Important facts not asked"));
        CHECK_FALSE(contains(evidence, session.scenario().findFact(FactId("latency"))->topic));
        for (const StageCoverage& stage : coverage.stages)
            for (const KeyPointCoverage& point : stage.keyPoints) CHECK_FALSE(contains(evidence, point.text));
    }
}

TEST_CASE("The debrief's Markdown shows both scorecards side by side with the evidence", "[pair][scorecard]") {
    Session session(shipped("spam-email-detection"));
    REQUIRE(session.apply({0, StartPair{"Ada", "Grace"}}));
    REQUIRE(session.apply({5, InterviewerNote{"Strong on costs"}}));
    REQUIRE(session.apply({40, FinishSession{}}));
    Scorecard self;
    self.score(RubricDimension::Data).level = ScoreLevel::VeryStrong;
    self.advance = AdvanceVerdict::Yes;
    REQUIRE(session.apply({41, SetScorecard{ScorecardAuthor::Candidate, self}}));
    Scorecard interviewer;
    interviewer.score(RubricDimension::Data) = {ScoreLevel::Weak, "Never said where labels come from"};
    interviewer.advance = AdvanceVerdict::No;
    interviewer.improvements = "Ask about labels first";
    REQUIRE(session.apply({42, SetScorecard{ScorecardAuthor::Interviewer, interviewer}}));

    const std::string md = debriefToMarkdown(buildDebrief(session, 50));
    CHECK(contains(md, "## Scorecard"));
    CHECK(contains(md, "Ada interviewed Grace"));
    CHECK_FALSE(contains(md, "'s copy"));  // one screen: a shared copy
    CHECK(contains(md, "| Data and features | Weak | Very strong |"));
    CHECK(contains(md, "| Advance to the next round? | No | Yes |"));
    CHECK(contains(md, "> Never said where labels come from"));
    CHECK(contains(md, scoreLevelAnchor(RubricDimension::Data, ScoreLevel::Weak)));
    CHECK(contains(md, "Ask about labels first"));
    CHECK(contains(md, "Strong on costs"));

    // Two machines: each copy says whose it is.
    Session graces(shipped("spam-email-detection"));
    REQUIRE(graces.apply({0, StartPair{"Ada", "Grace", PairRole::Candidate}}));
    REQUIRE(graces.apply({40, FinishSession{}}));
    CHECK(contains(debriefToMarkdown(buildDebrief(graces, 50)),
                   "Ada interviewed Grace. This is Grace's copy, kept on the candidate's side."));

    Session solo(shipped("spam-email-detection"));
    REQUIRE(solo.apply({40, FinishSession{}}));
    CHECK_FALSE(contains(debriefToMarkdown(buildDebrief(solo, 50)), "## Scorecard"));
}
