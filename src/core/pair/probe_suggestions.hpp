// The app's follow-up triggers as suggestions for a partner playing the
// interviewer: which probes of the current stage the rules would raise now
// and why ("missing at minute 6: label delay"). Nothing is raised here; the
// partner pushes a probe with one click (RaiseFollowUp).
#pragma once

#include "core/interviewer/follow_up_engine.hpp"
#include "core/session/session.hpp"

#include <string>
#include <vector>

namespace rehearse {

struct ProbeSuggestion {
    FollowUpId followUpId;
    std::string says;
    std::string reason;  // why the rules suggest it now
};

class ProbeSuggestions {
public:
    // Due probes of the current stage (every one, highest priority first),
    // then the probe the rules would ask before the candidate moves on.
    std::vector<ProbeSuggestion> suggest(const Session& session, double now);

    // Why `followUp` fires, in words, for the suggestion list and the bank.
    static std::string triggerReason(const Scenario& scenario, const FollowUp& followUp);

private:
    // No pacing: a suggestion list shows everything due, the partner picks.
    FollowUpEngine m_engine{FollowUpPacing{0, false}};
};

}  // namespace rehearse
