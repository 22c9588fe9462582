#include "core/text/paraphrases.hpp"

namespace rehearse {

const std::vector<std::vector<std::string_view>>& paraphraseGroups() {
    // Drawn from how candidates write these practices in notes, not from
    // any one scenario's wording. Not "in shadow" (faces in shadow) nor
    // "backup" alone (a database backup).
    static const std::vector<std::vector<std::string_view>> groups = {
        {"staged rollout", "gradual rollout", "phased rollout", "incremental rollout", "progressive rollout",
         "percentage rollout", "roll out gradually", "roll out in stages", "ramp up", "ramp"},
        {"shadow mode", "run in shadow", "shadow traffic", "shadow deployment", "shadow scoring", "shadow launch",
         "shadow first", "shadow for"},
        {"fallback", "as a backup", "as backup", "safety net", "degrade gracefully", "graceful degradation"},
        {"rollback", "roll back", "revert to the previous"},
        {"monitoring dashboard", "dashboard", "dashboards"},
        {"alert when", "alert on", "alerts on", "alarm on", "page on call"},
    };
    return groups;
}

}  // namespace rehearse
