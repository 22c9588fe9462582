// The library: every scenario with its difficulty, level, minutes and tags;
// filter by text, level and tag; select one to read its question and start a rehearsal.
// A scenario not shipped with Rehearse says where it came from (your folder,
// or the folder added with --scenarios).
#pragma once

#include "app/panel.hpp"
#include "app/type_ahead.hpp"
#include "core/scenario/scenario.hpp"
#include "core/scenario/scenario_origin.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace rehearse {

class AppState;
struct Scenario;

class LibraryScreen final : public Panel {
public:
    const char* name() const override { return "Library"; }
    bool shownIn(const PanelContext& ctx) const override;
    void draw(PanelContext& ctx) override;
    // "Host a pair session" / "Join a pair session" clicked this frame (app/pair_network.hpp opens the dialog).
    enum class NetworkPair { Host, Join };
    std::optional<NetworkPair> takeNetworkPairChoice() {
        std::optional<NetworkPair> choice = m_networkPair;
        m_networkPair.reset();
        return choice;
    }

private:
    void drawList(AppState& app);
    void drawContinue(AppState& app);
    void select(AppState& app, int step);
    void drawDetails(AppState& app, const Scenario& scenario);
    void drawProblems(AppState& app);
    // The dialog before a pair rehearsal: both names, who interviews first.
    void drawPairDialog(AppState& app, const Scenario& scenario);
    // Where `scenario` came from: "shipped", "your folder", or the added folder's name.
    const ScenarioOrigin& origin(AppState& app, const Scenario& scenario);

    std::string m_filter;
    std::set<std::string> m_tags;  // shown scenarios carry all of these
    std::optional<Level> m_level;  // shown scenarios are pitched at this level; none: any
    // What the filter shows, best match first (core/scenario/scenario_search).
    std::vector<std::size_t> m_shown;
    std::string m_shownFilter;
    std::set<std::string> m_shownTags;
    std::optional<Level> m_shownLevel;
    std::optional<Level> m_startLevel;  // the level to rehearse at; none: the scenario's
    int m_step = 0;                 // Up/Down pressed in the filter box this frame
    bool m_scrollToSelected = false;
    bool m_focusFilter = true;      // the filter takes the keyboard when the library opens
    int m_lastFrame = -10;          // the frame last drawn: a gap means the library reappeared
    bool m_filterWaiting = false;   // asked for, not active yet: typing is held
    int m_filterWaited = 0;
    bool m_filterActive = false;
    TypeAhead m_typeAhead;
    // The pair dialog's names, kept for the next pair rehearsal of this run.
    std::string m_pairInterviewer;
    std::string m_pairCandidate;
    bool m_openPairDialog = false;
    std::optional<NetworkPair> m_networkPair;
    std::map<std::string, ScenarioOrigin> m_origins;  // by scenario id, for one library generation
    std::size_t m_originsGeneration = 0;
};

}  // namespace rehearse
