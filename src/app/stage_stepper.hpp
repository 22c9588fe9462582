// The stages across the top: done, current and to come, with the time spent
// in each against its budget. Clicking a stage moves there.
#pragma once

#include <cstddef>
#include <optional>

namespace rehearse {

class Session;
struct CoverageReport;

class StageStepper {
public:
    // Returns the stage the user clicked, if any. With `coverage`, each stage
    // shows a thin bar of how much of it is covered: progress, never the
    // points still missing.
    std::optional<std::size_t> draw(const Session& session, double now, const CoverageReport* coverage);
};

}  // namespace rehearse
