// Pair practice on two machines (or two windows) from the app: the "Host a
// pair session" and "Join a pair session" dialogs, then the same screens as
// the hot seat, each machine showing only its own part: the interviewer's
// machine the interviewer console, the candidate's machine the candidate's
// session screen. A PairLink (core/pair/pair_link.hpp) turns the pair peer
// into the app's Rehearsal, so the screens draw and dispatch as on one
// screen while the peer decides what is allowed and what the candidate's
// side holds (only what it received). The network runs on the channel's own
// threads; each frame polls it without waiting, and the channel wakes the
// window when something arrives.
#pragma once

#include "app/interviewer_console.hpp"
#include "app/panel.hpp"
#include "cli/pair_window_request.hpp"
#include "app/scorecard_screen.hpp"
#include "core/pair/pair_link.hpp"
#include "core/pair/swap_suggestion.hpp"
#include "net/pair_channel.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

class AppState;

// The Panel draws this side's part of the session and the debrief; the
// dialogs are a panel of their own (PairNetworkDialogs, panel_list.hpp).
class PairNetwork final : public Panel {
public:
    PairNetwork();
    // shutDown().
    ~PairNetwork();
    const char* name() const override { return "Pair over the network"; }
    bool shownIn(const PanelContext& ctx) const override;
    void draw(PanelContext& ctx) override;
    // The window closes: the partner is told and the channel closed. Call
    // while the window system is up (the channel wakes it until then).
    void shutDown();
    // Before the app closes its rehearsal (quitting, or leaving mid-interview):
    // this side's copy is stored as it stands, so the candidate's notes,
    // canvas and answers received are kept even before the debrief.
    void keepCopy(AppState& app);

    // The window's event loop sleeps until input: the channel calls this
    // (from its threads) when something arrives. Thread-safe (glfwPostEmptyEvent).
    void setWakeUp(std::function<void()> wakeUp) { m_wakeUp = std::move(wakeUp); }

    // The library's buttons: open a dialog.
    void openHostDialog();
    void openJoinDialog();
    // The command line: host or join at once.
    void start(AppState& app, const PairWindowRequest& request);

    // Each frame, before drawing: messages moved both ways, never waiting.
    void poll(AppState& app);
    // The dialogs (drawn over any screen).
    void drawDialogs(AppState& app);
    // The app's rehearsal is this pair session's.
    bool ownsRehearsal(AppState& app) const;

private:
    void drawSession(PanelContext& ctx);
    void drawDebrief(PanelContext& ctx);
    enum class Dialog { None, HostSetup, JoinSetup, Connecting };
    void begin(AppState& app, const PairWindowRequest& request);
    void leave(const std::string& why);
    void drawHostSetup(AppState& app);
    void drawJoinSetup(AppState& app);
    void drawConnecting(AppState& app);
    void drawStatusBar(AppState& app);
    std::unique_ptr<PairPeer> peerFromHello(AppState& app, const PairHello& hello, const std::string& name,
                                            std::string& error);
    // "Swap roles": this side's history goes to the partner once it has the
    // debrief; the candidate's side offers the next round with the scenario
    // suggested; either side's next round starts on the same channel.
    void sendHistory(AppState& app);
    bool drawSwap(AppState& app);
    void startNextRound(const Scenario& scenario);
    void resetRound();
    std::string partnerName() const;

    std::function<void()> m_wakeUp;
    Dialog m_dialog = Dialog::None;
    bool m_openPopup = false;
    // The dialogs' fields, kept for the next session of this run.
    PairWindowRequest m_form;
    bool m_lan = false;
    std::string m_relay;
    std::string m_hostAddress = "127.0.0.1";
    std::string m_error;  // why the last attempt failed, in words

    std::unique_ptr<net::PairChannel> m_channel;
    std::unique_ptr<PairLink> m_link;
    PairRole m_role = PairRole::Interviewer;
    // The app's rehearsal this session adopted (AppState::rehearsalSerial); 0: none.
    std::uint64_t m_rehearsalSerial = 0;
    bool m_recording = false;
    std::string m_closed;              // why the session ended, once it has
    std::vector<std::string> m_notices;  // the channel's last lines (reconnecting, ...)

    InterviewerConsole m_console;
    ScorecardForm m_form_card;
    bool m_sideBySideDone = false;
    std::optional<SwapSuggestion> m_swap;
    bool m_swapWorkedOut = false;
    // The next round was started (here or by the partner) and is not open
    // yet: the finished round's rehearsal stays on screen, waiting.
    bool m_swapping = false;
    std::string m_name;  // this side's display name, kept across rounds
};

}  // namespace rehearse
