// Coverage by rubric dimension: the key points a candidate covered, grouped
// by the skill they show, as the debrief, the Markdown export and
// `rehearse score --json` report them.
#include "core/export/debrief_markdown.hpp"
#include "core/interviewer/coverage_json.hpp"
#include "core/interviewer/debrief.hpp"
#include "core/interviewer/dimension_coverage.hpp"
#include "core/interviewer/written_answer.hpp"
#include "core/scenario/scenario_loader.hpp"

#include "test_files.hpp"
#include "pair_test_support.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

KeyPointCoverage point(RubricDimension dimension, int weight, bool covered) {
    KeyPointCoverage p;
    p.dimension = dimension;
    p.weight = weight;
    p.covered = covered;
    return p;
}

using rehearse::test::shipped;

}  // namespace

TEST_CASE("dimension coverage weighs each dimension's key points", "[interviewer][dimension]") {
    const std::vector<DimensionCoverage> dims = coverageByDimension(std::vector<KeyPointCoverage>{
        point(RubricDimension::Problem, 3, true), point(RubricDimension::Problem, 1, false),
        point(RubricDimension::Data, 2, false), point(RubricDimension::Modelling, 2, true),
        point(RubricDimension::Modelling, 2, true)});
    REQUIRE(dims.size() == 5);
    CHECK(dims[0].dimension == RubricDimension::Problem);
    CHECK(dims[0].coveredWeight == 3);
    CHECK(dims[0].totalWeight == 4);
    CHECK(dims[0].coveredKeyPoints == 1);
    CHECK(dims[0].keyPoints == 2);
    CHECK(dims[0].fraction() == Approx(0.75));
    CHECK(dims[1].fraction() == 0);
    CHECK(dims[2].fraction() == 1);
    // No key point in a dimension: not assessed, rather than 0% or 100%.
    CHECK_FALSE(dims[3].assessed());
    CHECK(dims[4].dimension == RubricDimension::Communication);
    CHECK_FALSE(dims[4].assessed());
}

TEST_CASE("score JSON lists every dimension and they add up to the total", "[interviewer][dimension]") {
    const Scenario scenario = shipped("payment-fraud-detection");
    const std::string answer =
        test::readAll(std::string(REHEARSE_TEST_DATA) + "/answers/payment-fraud-detection-strong.md");
    CoverageScorer scorer;
    const CoverageReport report = scorer.score(scenario, evidenceFromWrittenAnswer(answer, std::nullopt, &scenario));
    const nlohmann::json json = coverageToJson(report);
    REQUIRE(json.contains("stages"));  // the stage breakdown stays
    REQUIRE(json["dimensions"].size() == 5);
    int covered = 0, total = 0;
    for (const auto& d : json["dimensions"]) {
        covered += d["covered_weight"].get<int>();
        total += d["total_weight"].get<int>();
    }
    CHECK(covered == json["covered_weight"].get<int>());
    CHECK(total == json["total_weight"].get<int>());
    CHECK(json["dimensions"][1]["id"] == "data");
    CHECK(json["dimensions"][1]["name"] == "Data and features");
    CHECK(json["dimensions"][4]["fraction"].is_null());  // no communication point in this scenario

    // The clarify point about how fraud labels arrive counts under data, not problem navigation.
    int dataWeight = 0;
    for (const Stage& stage : scenario.stages)
        for (const KeyPoint& p : stage.keyPoints)
            if (stage.kind == StageKind::Data || stage.kind == StageKind::Features || p.id == "cl-label-def")
                dataWeight += p.weight;
    CHECK(json["dimensions"][1]["total_weight"].get<int>() == dataWeight);
    for (const auto& stage : json["stages"])
        for (const auto& p : stage["key_points"])
            if (p["id"] == "cl-label-def") CHECK(p["dimension"] == "data");
}

TEST_CASE("the Markdown debrief has a coverage-by-dimension table", "[interviewer][dimension][export]") {
    Session session(shipped("payment-fraud-detection"));
    REQUIRE(session.apply(Action{10, SetNotes{StageIndex(0), "What counts as fraud, and when do we know? Fraud-coded chargebacks "
                                                 "arrive weeks later, and some are friendly fraud."}}));
    REQUIRE(session.apply(Action{20, FinishSession{}}));
    const Debrief debrief = buildDebrief(session, 20);
    const std::string markdown = debriefToMarkdown(debrief);
    CHECK(markdown.find("## Coverage by dimension") != std::string::npos);
    CHECK(markdown.find("## Coverage by stage") != std::string::npos);
    CHECK(markdown.find("| Communication | not assessed | none |") != std::string::npos);
    const std::vector<DimensionCoverage> dims = coverageByDimension(debrief);
    REQUIRE(dims[1].coveredWeight > 0);  // the label question counted under data
    CHECK(markdown.find("| Data and features | ") != std::string::npos);
    CHECK(dims[2].coveredWeight == 0);
}
