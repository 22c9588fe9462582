// The stages across the top: done, current and to come, with the time spent
// in each against its budget. Clicking a stage moves there.
#pragma once

#include "core/scenario/scenario_ids.hpp"

#include <cstddef>
#include <optional>

namespace rehearse {

struct CandidateView;
struct CoverageReport;

class StageStepper {
public:
    // Returns the stage the user clicked, if any. Reads only the candidate's
    // view of the session (stages' public parts and times), so it can sit on
    // a pair candidate's screen. With `coverage` (solo practice), each stage
    // shows a thin bar of how much of it is covered: progress, never the
    // points still missing.
    std::optional<StageIndex> draw(const CandidateView& view, const CoverageReport* coverage);
};

}  // namespace rehearse
