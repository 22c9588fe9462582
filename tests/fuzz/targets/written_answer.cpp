// A written answer (`rehearse score FILE`): split into stages by its headings
// and scored against a shipped scenario. Text, so the danger is time as much
// as memory: run.sh gives each input a time limit (-timeout).
#include "fuzz_targets.hpp"

#include "core/interviewer/coverage.hpp"
#include "core/interviewer/written_answer.hpp"

#include <cmath>

namespace rehearse::fuzz {

int writtenAnswer(const std::uint8_t* data, std::size_t size) {
    static CoverageScorer scorer;
    const Scenario& scenario = shippedScenario();
    std::vector<EvidenceText> texts = evidenceFromWrittenAnswer(asText(data, size));
    CoverageReport report = scorer.score(scenario, texts);
    check(report.stages.size() == scenario.stages.size(), "a report that leaves out stages");
    double fraction = report.fraction();
    check(std::isfinite(fraction) && fraction >= 0 && fraction <= 1, "a coverage outside 0..1");
    check(report.coveredWeight() <= report.totalWeight(), "more weight covered than there is");
    return 0;
}

}  // namespace rehearse::fuzz
