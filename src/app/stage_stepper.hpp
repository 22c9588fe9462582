// The stages across the top: done, current and to come, with the time spent
// in each against its budget. Clicking a stage moves there.
#pragma once

#include <cstddef>
#include <optional>

namespace rehearse {

class Session;

class StageStepper {
public:
    // Returns the stage the user clicked, if any.
    std::optional<std::size_t> draw(const Session& session, double now);
};

}  // namespace rehearse
