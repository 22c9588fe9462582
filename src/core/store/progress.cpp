#include "core/store/progress.hpp"

#include "core/numeric/percent.hpp"
#include "core/scenario/scenario.hpp"

#include <algorithm>
#include <map>

namespace rehearse {

double ScenarioProgress::best() const {
    double best = 0;
    for (const ProgressAttempt& a : attempts) best = std::max(best, a.total);
    return best;
}

double ScenarioProgress::change() const {
    return attempts.size() < 2 ? 0 : attempts.back().total - attempts.front().total;
}

int ScenarioProgress::changeInPoints() const {
    return attempts.size() < 2 ? 0 : percentPointChange(attempts.front().total, attempts.back().total);
}

bool countsAsAttempt(const SessionRecord& record) { return record.seconds >= kMinimumAttemptSeconds; }

std::optional<SessionRecordId> currentAttempt(const std::vector<SessionRecord>& sessions,
                                              std::optional<SessionRecordId> open) {
    if (!open) return std::nullopt;
    for (const SessionRecord& r : sessions)
        if (r.id == *open) return r.finished() || r.deletedMs ? std::nullopt : open;
    return open;  // not stored yet (no action so far): still the one in progress
}

std::vector<ScenarioProgress> progressByScenario(const std::vector<SessionRecord>& sessions,
                                                 bool includeUnfinished) {
    std::vector<const SessionRecord*> scored;
    std::map<std::string, std::size_t> tooShort;
    for (const SessionRecord& r : sessions) {
        if (!r.coverage || r.deletedMs || !(r.finished() || includeUnfinished)) continue;
        if (countsAsAttempt(r)) scored.push_back(&r);
        else ++tooShort[r.scenarioId];
    }
    std::sort(scored.begin(), scored.end(), [](const SessionRecord* a, const SessionRecord* b) {
        return a->createdMs != b->createdMs ? a->createdMs < b->createdMs : a->id < b->id;
    });

    std::map<std::string, ScenarioProgress> byId;
    for (const SessionRecord* r : scored) {
        ScenarioProgress& p = byId[r->scenarioId];
        p.scenarioId = r->scenarioId;
        p.title = r->scenarioTitle;
        for (const StageScore& s : r->stages)
            if (std::find(p.stageIds.begin(), p.stageIds.end(), s.stage) == p.stageIds.end()) p.stageIds.push_back(s.stage);
    }
    for (auto& [id, p] : byId) {
        // Interview order, whatever order the attempts introduced them in.
        auto rank = [](const std::string& stage) {
            auto kind = stageKindFromId(stage);
            return kind ? static_cast<int>(*kind) : 100;
        };
        std::stable_sort(p.stageIds.begin(), p.stageIds.end(),
                         [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
    }
    for (const SessionRecord* r : scored) {
        ScenarioProgress& p = byId[r->scenarioId];
        ProgressAttempt a;
        a.id = r->id;
        a.createdMs = r->createdMs;
        a.finished = r->finished();
        a.seconds = r->seconds;
        a.total = *r->coverage;
        a.stages.resize(p.stageIds.size());
        for (const StageScore& s : r->stages) {
            auto it = std::find(p.stageIds.begin(), p.stageIds.end(), s.stage);
            a.stages[static_cast<std::size_t>(it - p.stageIds.begin())] = s.fraction();
        }
        p.attempts.push_back(std::move(a));
    }
    std::vector<ScenarioProgress> out;
    for (auto& [id, p] : byId) {
        p.tooShort = tooShort[id];
        out.push_back(std::move(p));
    }
    std::sort(out.begin(), out.end(), [](const ScenarioProgress& a, const ScenarioProgress& b) {
        return a.attempts.back().createdMs > b.attempts.back().createdMs;
    });
    return out;
}

}  // namespace rehearse
