// A line chart of coverage over attempts for one scenario: the total as a
// bold line, each stage as a thin coloured one, drawn with ImDrawList.
// Hovering shows the attempt's date and numbers; clicking a legend entry
// hides or shows that stage.
#pragma once

#include "core/store/progress.hpp"

#include <imgui.h>

#include <set>
#include <string>

namespace rehearse {

class ProgressChart {
public:
    // Draws into a region `height` tall and as wide as available. Returns the
    // attempt clicked (its session id), or 0.
    SessionRecordId draw(const ScenarioProgress& progress, float height);

    static ImU32 stageColour(const std::string& stageId, float alpha = 1.0f);

private:
    std::set<std::string> m_hidden;  // stage ids the user switched off
    bool m_hideTotal = false;
};

}  // namespace rehearse
