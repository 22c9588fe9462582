// The library: every scenario with its difficulty, minutes and tags; filter
// by text and tag; select one to read its question and start a rehearsal.
#pragma once

#include <set>
#include <string>

namespace rehearse {

class AppState;
struct Scenario;

class LibraryScreen {
public:
    void draw(AppState& app);

private:
    bool matchesFilter(const Scenario& scenario) const;
    void drawList(AppState& app);
    void drawDetails(AppState& app, const Scenario& scenario);
    void drawProblems(AppState& app);

    std::string m_filter;
    std::set<std::string> m_tags;  // shown scenarios carry all of these
};

}  // namespace rehearse
