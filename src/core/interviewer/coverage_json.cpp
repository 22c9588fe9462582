#include "core/interviewer/coverage_json.hpp"

#include "core/interviewer/dimension_coverage.hpp"

namespace rehearse {

namespace {

// Why a piece of evidence counts, in words: "stated in Models notes".
std::string whyItCounts(const Evidence& evidence) {
    const bool asked = !evidence.sentence.empty() && evidence.sentence.back() == '?';
    const std::string said = std::string(asked ? "asked" : "stated") + " in " + describeEvidenceOrigin(evidence);
    if (!evidence.example.empty()) return said + ", saying what the example '" + evidence.example + "' says";
    return said + ", naming '" + evidence.phrase + "'";
}

}  // namespace

nlohmann::json evidenceToJson(const Evidence& evidence) {
    return {{"sentence", evidence.sentence},
            {"phrase", evidence.phrase},
            {"example", evidence.example},
            {"source", evidenceSourceId(evidence.source)},
            {"stage", evidence.stage ? nlohmann::json(stageKindId(*evidence.stage)) : nlohmann::json()},
            {"origin", describeEvidenceOrigin(evidence)},
            {"why", whyItCounts(evidence)},
            {"ref", evidence.ref}};
}

nlohmann::json coverageToJson(const CoverageReport& report) {
    nlohmann::json stages = nlohmann::json::array();
    for (const StageCoverage& stage : report.stages) {
        nlohmann::json points = nlohmann::json::array();
        for (const KeyPointCoverage& point : stage.keyPoints) {
            const Evidence* evidence = point.evidence();
            points.push_back({{"id", point.id},
                              {"text", point.text},
                              {"dimension", rubricDimensionId(point.dimension)},
                              {"weight", point.weight},
                              {"needs", point.needs},
                              {"covered", point.covered},
                              {"concepts_matched", point.conceptsMatched()},
                              {"why", point.why},
                              {"evidence", evidence ? evidenceToJson(*evidence) : nlohmann::json()},
                              {"set_aside", point.setAside.empty() ? nlohmann::json() : nlohmann::json(point.setAside)}});
        }
        nlohmann::json pitfalls = nlohmann::json::array();
        for (const PitfallHit& hit : stage.pitfalls)
            pitfalls.push_back({{"id", hit.id},
                                {"text", hit.text},
                                {"cancels", hit.keyPoint.empty() ? nlohmann::json() : nlohmann::json(hit.keyPoint)},
                                {"evidence", evidenceToJson(hit.evidence)}});
        stages.push_back({{"stage", stageKindId(stage.stage)},
                          {"covered_weight", stage.coveredWeight()},
                          {"total_weight", stage.totalWeight()},
                          {"fraction", stage.fraction()},
                          {"key_points", std::move(points)},
                          {"pitfalls", std::move(pitfalls)}});
    }
    nlohmann::json dimensions = nlohmann::json::array();
    for (const DimensionCoverage& dimension : coverageByDimension(report))
        dimensions.push_back({{"id", rubricDimensionId(dimension.dimension)},
                              {"name", rubricDimensionName(dimension.dimension)},
                              {"covered_weight", dimension.coveredWeight},
                              {"total_weight", dimension.totalWeight},
                              {"fraction", dimension.assessed() ? nlohmann::json(dimension.fraction()) : nlohmann::json()}});
    return {{"covered_weight", report.coveredWeight()},
            {"total_weight", report.totalWeight()},
            {"fraction", report.fraction()},
            {"stages", std::move(stages)},
            {"dimensions", std::move(dimensions)}};
}

}  // namespace rehearse
