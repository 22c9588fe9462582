// The screen after "End interview": hosts the debrief.
#pragma once

namespace rehearse {

class AppState;

class DebriefView {
public:
    void draw(AppState& app);
};

}  // namespace rehearse
