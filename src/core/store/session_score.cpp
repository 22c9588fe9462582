#include "core/store/session_score.hpp"

#include "core/interviewer/coverage.hpp"
#include "core/interviewer/session_evidence.hpp"

namespace rehearse {

SessionScore scoreSession(const Session& session) {
    CoverageScorer scorer;
    CoverageReport report = scorer.score(session.scenario(), evidenceFromSession(session));
    SessionScore score;
    score.coveredWeight = report.coveredWeight();
    score.totalWeight = report.totalWeight();
    const double end = session.lastActionAt();
    for (std::size_t i = 0; i < session.stageCount(); ++i) {
        StageKind kind = session.scenario().stages[i].kind;
        StageScore stage;
        stage.stage = stageKindId(kind);
        stage.seconds = session.stageSeconds(StageIndex(i), end);
        if (const StageCoverage* coverage = report.stage(kind)) {
            stage.coveredWeight = coverage->coveredWeight();
            stage.totalWeight = coverage->totalWeight();
        }
        score.stages.push_back(stage);
    }
    return score;
}

}  // namespace rehearse
