#include "core/pair/probe_suggestions.hpp"

#include <cmath>

namespace rehearse {

namespace {

const FollowUp* findFollowUp(const Stage& stage, const FollowUpId& id) {
    for (const FollowUp& f : stage.followUps)
        if (f.id == id) return &f;
    return nullptr;
}

std::string minuteText(double minute) {
    const double rounded = std::round(minute);
    return std::to_string(static_cast<long long>(rounded));
}

std::string keyPointText(const Scenario& scenario, const std::string& id) {
    const KeyPoint* point = scenario.findKeyPoint(id);
    return point ? point->text : id;
}

}  // namespace

std::string ProbeSuggestions::triggerReason(const Scenario& scenario, const FollowUp& followUp) {
    const FollowUpTrigger& t = followUp.trigger;
    switch (t.kind) {
        case FollowUpTrigger::Kind::Enter: return "on entering the stage";
        case FollowUpTrigger::Kind::Time: return "at minute " + minuteText(t.minute);
        case FollowUpTrigger::Kind::Mention:
            return "when the candidate mentions " + (t.concepts.empty() || t.concepts[0].empty()
                                                          ? std::string("its topic")
                                                          : "\"" + t.concepts[0][0] + "\"");
        case FollowUpTrigger::Kind::Missing:
            return "missing at minute " + minuteText(t.minute) + ": " + keyPointText(scenario, t.keyPoint);
        case FollowUpTrigger::Kind::Leave:
            return "before moving on, if not covered: " + keyPointText(scenario, t.keyPoint);
    }
    return {};
}

std::vector<ProbeSuggestion> ProbeSuggestions::suggest(const Session& session, double now) {
    std::vector<ProbeSuggestion> out;
    if (session.stageCount() == 0 || session.isFinished()) return out;
    const Stage& stage = session.currentStageSpec();
    std::vector<FollowUpId> ids = m_engine.due(session, now);
    for (const FollowUpId& id : m_engine.beforeLeaving(session, now, session.currentStage().next()))
        ids.push_back(id);
    for (const FollowUpId& id : ids)
        if (const FollowUp* f = findFollowUp(stage, id)) out.push_back({f->id, f->says, triggerReason(session.scenario(), *f)});
    return out;
}

}  // namespace rehearse
