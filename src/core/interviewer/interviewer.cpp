#include "core/interviewer/interviewer.hpp"

namespace rehearse {

AskClarification Interviewer::ask(const std::string& question) { return askAction(question, m_matcher.match(question)); }

AskClarification Interviewer::askAction(const std::string& question, const ClarificationResult& result) {
    AskClarification ask{question, result.fact ? result.fact->id : FactId(), {}};
    for (std::size_t i = 1; i < result.facts.size(); ++i) ask.moreFactIds.push_back(result.facts[i]->id);
    if (result.leftOpen) ask.assumptionId = result.leftOpen->id;
    return ask;
}

std::vector<RaiseFollowUp> Interviewer::toActions(const std::vector<FollowUpId>& ids) {
    std::vector<RaiseFollowUp> actions;
    for (const FollowUpId& id : ids) actions.push_back(RaiseFollowUp{id, {}});
    return actions;
}

std::vector<RaiseFollowUp> Interviewer::due(const Session& session, double now) {
    return toActions(m_followUps.due(session, now));
}

std::vector<RaiseFollowUp> Interviewer::beforeLeaving(const Session& session, double now, StageIndex target) {
    return toActions(m_followUps.beforeLeaving(session, now, target));
}

}  // namespace rehearse
