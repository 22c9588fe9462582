// Sections: starting (the dialogs' requests, host and join, the joiner's
// peer from the host's hello); each frame (poll: messages both ways, the
// rehearsal adopted once the session opens, the candidate's copy stored at
// the end); the dialogs; the session (status bar, console or candidate
// screen, scorecards).
#include "app/pair_network.hpp"

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/panel_list.hpp"
#include "app/session_persistence.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/pair/ended_early.hpp"
#include "core/pair/pair_history.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace rehearse {

namespace {

using namespace std::chrono_literals;

const char* const kHostDialog = "Host a pair session";
const char* const kJoinDialog = "Join a pair session";
const char* const kConnectingDialog = "Pair session";

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    if (!text.empty() && text.back() != '.' && text.back() != '?' && text.back() != '!') text += '.';
    return text;
}

}  // namespace

PairNetwork::PairNetwork() { m_console.setNetworked(true); }

PairNetwork::~PairNetwork() { shutDown(); }

void PairNetwork::shutDown() {
    // The partner is told, in words, before the channel goes.
    leave(m_link ? m_link->peer().name() + " left the session." : std::string("Your partner left the session."));
}

std::string PairNetwork::partnerName() const {
    if (m_link && !m_link->peer().partnerName().empty()) return m_link->peer().partnerName();
    return m_role == PairRole::Interviewer ? "the candidate" : "the interviewer";
}

// --- starting --------------------------------------------------------------------

void PairNetwork::openHostDialog() {
    m_dialog = Dialog::HostSetup;
    m_openPopup = true;
    m_error.clear();
}

void PairNetwork::openJoinDialog() {
    m_dialog = Dialog::JoinSetup;
    m_openPopup = true;
    m_error.clear();
}

void PairNetwork::start(AppState& app, const PairWindowRequest& request) {
    m_form = request;
    m_relay = request.channel.relay;
    m_hostAddress = request.channel.hostAddress;
    m_lan = request.channel.listenAddress != "127.0.0.1";
    begin(app, request);
}

// Closes what is open: the partner gets `why` as the last word.
void PairNetwork::leave(const std::string& why) {
    if (m_link) {
        m_link->detach();
        m_link->peer().close(why);
        if (m_channel)
            for (std::string& message : m_link->takeOutgoing()) m_channel->send(net::bytesOf(message));
    }
    if (m_channel) {
        m_channel->flush(500ms);  // the goodbye, at most half a second
        m_channel->close(why);
    }
    m_link.reset();
    m_channel.reset();
    m_rehearsalSerial = 0;
}

void PairNetwork::begin(AppState& app, const PairWindowRequest& request) {
    leave("Your partner started another session.");
    m_error.clear();
    m_closed.clear();
    m_notices.clear();
    resetRound();
    m_swapping = false;
    const std::string name = request.name.empty() ? std::string(pairRoleTitle(request.role)) : request.name;
    m_name = request.name;
    try {
        if (request.host) {
            m_role = request.role;
            std::unique_ptr<PairPeer> peer;
            if (m_role == PairRole::Interviewer) {
                const Scenario* scenario = app.library().find(request.scenarioId);
                if (!scenario) {
                    m_error = "There is no scenario '" + request.scenarioId + "' here: pick one in the library.";
                    m_dialog = Dialog::HostSetup;
                    m_openPopup = true;
                    return;
                }
                peer = std::make_unique<InterviewerPeer>(*scenario, name, request.scenarioId);
            } else {
                // The candidate's side never loads the scenario: the partner's side does.
                peer = std::make_unique<CandidatePeer>(name, request.scenarioId);
            }
            m_channel = net::PairChannel::host(request.channel);
            m_link = std::make_unique<PairLink>(std::move(peer));
        } else {
            auto parsed = net::parseJoinCode(request.code);
            if (auto* error = std::get_if<std::string>(&parsed)) {
                m_error = capitalised(*error);
                m_dialog = Dialog::JoinSetup;
                m_openPopup = true;
                return;
            }
            m_channel = net::PairChannel::join(std::get<net::JoinCode>(parsed), request.channel);
        }
    } catch (const std::exception& e) {
        m_error = capitalised(e.what());
        m_channel.reset();
        m_link.reset();
        m_dialog = request.host ? Dialog::HostSetup : Dialog::JoinSetup;
        m_openPopup = true;
        return;
    }
    if (m_wakeUp) m_channel->setOnChange(m_wakeUp);
    m_dialog = Dialog::Connecting;
    m_openPopup = true;
}

void PairNetwork::resetRound() {
    m_recording = false;
    m_sideBySideDone = false;
    m_console.reset();
    m_form_card.reset();
    m_swap.reset();
    m_swapWorkedOut = false;
}

// The joiner learns its part (the other one) and the scenario from the host's hello.
std::unique_ptr<PairPeer> PairNetwork::peerFromHello(AppState& app, const PairHello& hello, const std::string& given,
                                                     std::string& error) {
    m_role = otherRole(hello.role);
    const std::string name = given.empty() ? std::string(pairRoleTitle(m_role)) : given;
    if (m_role == PairRole::Candidate) return std::make_unique<CandidatePeer>(name);
    const Scenario* scenario = hello.scenario.empty() ? nullptr : app.library().find(hello.scenario);
    if (!scenario) {
        error = hello.scenario.empty() ? "The host named no scenario for you to interview with."
                                       : "The host chose scenario '" + hello.scenario +
                                             "', which this computer does not have.";
        return nullptr;
    }
    return std::make_unique<InterviewerPeer>(*scenario, name);
}

// --- each frame ------------------------------------------------------------------

bool PairNetwork::ownsRehearsal(AppState& app) const {
    return m_rehearsalSerial != 0 && app.rehearsalSerial() == m_rehearsalSerial;
}

void PairNetwork::poll(AppState& app) {
    if (!m_channel) return;
    if (m_rehearsalSerial != 0 && !ownsRehearsal(app)) {
        // Another rehearsal replaced this one (it is gone): this side has left.
        m_rehearsalSerial = 0;
        leave(m_link ? m_link->peer().name() + " left the session." : std::string("Your partner left the session."));
        m_dialog = Dialog::None;
        return;
    }
    for (int i = 0; i < 256 && m_closed.empty(); ++i) {
        std::optional<net::Bytes> bytes = m_channel->receive(0ms);
        if (!bytes) break;
        const std::string text = net::textOf(*bytes);
        if (m_link && m_link->peer().startsNextRound(text)) {
            // The partner swapped roles: this side's next part comes from their hello.
            m_link->detach();
            m_link.reset();
            resetRound();
            m_swapping = true;
        }
        if (!m_link) {
            PairMessageDecoding decoded = decodePairMessage(text);
            const auto* hello = decoded.message ? std::get_if<PairHello>(&*decoded.message) : nullptr;
            std::string error = hello ? std::string() : "The host did not start a pair session.";
            std::unique_ptr<PairPeer> peer = hello ? peerFromHello(app, *hello, m_name, error) : nullptr;
            if (!peer) {
                m_closed = error;
                m_channel->close(error);
                break;
            }
            m_link = std::make_unique<PairLink>(std::move(peer));
        }
        m_link->receive(text);
    }
    if (m_link)
        for (std::string& message : m_link->takeOutgoing()) m_channel->send(net::bytesOf(message));
    for (std::string& notice : m_channel->takeNotices()) {
        m_notices.push_back(capitalised(std::move(notice)));
        if (m_notices.size() > 3) m_notices.erase(m_notices.begin());
    }
    const net::PairStatus status = m_channel->status();
    if (m_closed.empty() && m_link && m_link->peer().isClosed()) m_closed = m_link->peer().closeReason();
    if (m_closed.empty() && status.state == net::PairState::Closed) {
        m_closed = capitalised(status.closeReason);
        // Gone without a bye: the interview ends early all the same.
        if (m_link) m_link->partnerGone(m_closed);
    }

    // The session opened: the app's rehearsal becomes this side's part of it
    // (in the next round, in place of the finished one).
    if (m_link && (m_rehearsalSerial == 0 || m_swapping) && m_closed.empty() && m_link->peer().isOpen()) {
        m_swapping = false;
        std::unique_ptr<Rehearsal> rehearsal = m_link->makeRehearsal();
        // The interviewer's side is stored as it happens. The candidate's
        // scenario grows with each fact revealed and then the debrief, so its
        // copy is stored once that side has the debrief (or the session
        // ends), with the scenario revealed; replaced or closed before
        // then, it is kept as it stands (AppState::adoptPairRehearsal).
        m_recording = m_role == PairRole::Interviewer;
        app.adoptPairRehearsal(std::move(rehearsal), m_recording);
        m_rehearsalSerial = app.rehearsalSerial();
        m_dialog = Dialog::None;
    }
    if (!ownsRehearsal(app) || m_swapping) return;
    const bool over = m_link ? m_link->peer().hasDebrief() : !m_closed.empty();
    if (over || !m_closed.empty()) keepCopy(app);
    if (over && m_link && m_closed.empty()) sendHistory(app);
    if (app.session().isFinished() && app.screen() == Screen::Session) app.finishSession();
}

// This side's copy goes into the store from now on, with the scenario as
// this side holds it (the candidate's: revealed, or not yet and unscored).
void PairNetwork::keepCopy(AppState& app) {
    if (!ownsRehearsal(app) || m_recording || !app.persistence()) return;
    const ScenarioCopy* copy = m_link ? m_link->peer().scenarioCopy() : nullptr;
    app.rehearsal().startRecording(&app.persistence()->recorder(), copy ? std::optional<ScenarioCopy>(*copy) : std::nullopt);
    app.rehearsal().checkpoint();
    m_recording = true;
}

// What this side's person met, from this machine's store (this rehearsal
// included: it may not be stored yet), for the partner's swap suggestion.
void PairNetwork::sendHistory(AppState& app) {
    PairPeer& peer = m_link->peer();
    if (peer.hasSentHistory()) return;
    SessionStore* store = app.persistence() ? app.persistence()->store() : nullptr;
    PairHistory history = ownPairHistory(store ? store->listSessions() : std::vector<SessionRecord>{}, peer.name());
    const ScenarioCopy* copy = peer.scenarioCopy();
    const ScenarioSeen now{app.session().scenario().id, copy ? copy->hash : std::string()};
    auto& list = m_role == PairRole::Candidate ? history.asCandidate : history.asInterviewer;
    list.insert(list.begin(), now);
    peer.sendHistory(history);
}

// --- the dialogs -------------------------------------------------------------------

void PairNetwork::drawDialogs(AppState& app) {
    const char* id = m_dialog == Dialog::HostSetup   ? kHostDialog
                     : m_dialog == Dialog::JoinSetup ? kJoinDialog
                                                     : kConnectingDialog;
    if (m_dialog == Dialog::None) return;
    if (m_openPopup) {
        ImGui::OpenPopup(id);
        m_openPopup = false;
    }
    ImGui::SetNextWindowSize(ImVec2(std::min(em(34), ImGui::GetMainViewport()->WorkSize.x * 0.9f), 0));
    if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    switch (m_dialog) {
        case Dialog::HostSetup: drawHostSetup(app); break;
        case Dialog::JoinSetup: drawJoinSetup(app); break;
        case Dialog::Connecting: drawConnecting(app); break;
        case Dialog::None: break;
    }
    if (m_dialog == Dialog::None || m_openPopup) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void PairNetwork::drawHostSetup(AppState& app) {
    const Scenario* scenario = app.library().find(app.selectedScenarioId);
    ImGui::PushTextWrapPos(0);
    if (scenario) ImGui::Text("Scenario: %s", scenario->title.c_str());
    else ImGui::TextDisabled("Pick a scenario in the library first.");
    ImGui::TextDisabled("Your partner joins from their computer (or a second window on this one) with the code "
                        "shown next. The interviewer's side holds the scenario; the candidate's side gets only what "
                        "the interviewer reveals.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::TextUnformatted("Your part");
    ImGui::SameLine();
    if (ImGui::RadioButton("I interview", m_form.role == PairRole::Interviewer)) m_form.role = PairRole::Interviewer;
    widget_handles::nameButton("pair_host.as_interviewer", "I interview");
    ImGui::SameLine();
    if (ImGui::RadioButton("I am the candidate", m_form.role == PairRole::Candidate)) m_form.role = PairRole::Candidate;
    widget_handles::nameButton("pair_host.as_candidate", "I am the candidate");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##name", "Your name (shown to your partner)", &m_form.name);
    widget_handles::nameField("pair_host.name");
    ImGui::Checkbox("Let a partner on my network join (not only this computer)", &m_lan);
    widget_handles::nameButton("pair_host.lan", "Let a partner on my network join (not only this computer)");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##relay", "Relay HOST:PORT (optional, to meet across the internet)", &m_relay);
    widget_handles::nameField("pair_host.relay");
    if (!m_error.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(palette::warning, "%s", m_error.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    ImGui::BeginDisabled(!scenario);
    const bool go = primaryButton("Start hosting", ImVec2(0, em(2)));
    widget_handles::nameButton("pair_host.start", "Start hosting");
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel", ImVec2(0, em(2))) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    widget_handles::nameButton("pair_host.cancel", "Cancel");
    if (cancel) m_dialog = Dialog::None;
    if (go && scenario) {
        PairWindowRequest request = m_form;
        request.host = true;
        request.scenarioId = scenario->id;
        request.channel.relay = m_relay;
        request.channel.listenAddress = m_lan ? "0.0.0.0" : "127.0.0.1";
        begin(app, request);
    }
}

void PairNetwork::drawJoinSetup(AppState& app) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("Type the code your partner reads from their screen, such as 47213-crossbow-lantern.");
    ImGui::PopTextWrapPos();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool enter = ImGui::InputTextWithHint("##code", "Join code", &m_form.code, ImGuiInputTextFlags_EnterReturnsTrue);
    widget_handles::nameField("pair_join.code");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##name", "Your name (shown to your partner)", &m_form.name);
    widget_handles::nameField("pair_join.name");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Host's address");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##address", "127.0.0.1 (this computer)", &m_hostAddress);
    widget_handles::nameField("pair_join.address");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##relay", "Relay HOST:PORT (when the host uses one)", &m_relay);
    widget_handles::nameField("pair_join.relay");
    if (!m_error.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(palette::warning, "%s", m_error.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    const bool go = primaryButton("Join", ImVec2(0, em(2))) || enter;
    widget_handles::nameButton("pair_join.join", "Join");
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel", ImVec2(0, em(2))) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    widget_handles::nameButton("pair_join.cancel", "Cancel");
    if (cancel) m_dialog = Dialog::None;
    if (go) {
        PairWindowRequest request = m_form;
        request.host = false;
        request.channel.relay = m_relay;
        request.channel.hostAddress = m_hostAddress.empty() ? std::string("127.0.0.1") : m_hostAddress;
        begin(app, request);
    }
}

void PairNetwork::drawConnecting(AppState& app) {
    (void)app;
    const net::PairStatus status = m_channel ? m_channel->status() : net::PairStatus{};
    const bool hosting = !status.code.empty();
    ImGui::PushTextWrapPos(0);
    if (hosting && m_closed.empty() && status.state == net::PairState::WaitingForPartner) {
        ImGui::TextUnformatted("Read this code to your partner:");
        // Big enough to read aloud from across a desk.
        ImGui::PushFont(fonts().heading);
        ImGui::SetWindowFontScale(1.6f);
        ImGui::TextUnformatted(status.code.c_str());
        widget_handles::nameText("pair.code", status.code);
        ImGui::SetWindowFontScale(1.0f);
        ImGui::PopFont();
        ImGui::TextDisabled("They choose \"Join a pair session\" in their library and type it (or run: rehearse join "
                            "%s). Waiting for them...",
                            status.code.c_str());
    } else if (m_closed.empty() && status.state != net::PairState::Connected) {
        ImGui::TextUnformatted("Connecting to the host...");
    }
    if (!status.verifier.empty() && m_closed.empty()) {
        ImGui::TextUnformatted("Connected. Check that both screens show the same two words:");
        ImGui::PushFont(fonts().heading);
        ImGui::TextColored(palette::accent, "%s", status.verifier.c_str());
        widget_handles::nameText("pair.verifier", status.verifier);
        ImGui::PopFont();
        ImGui::TextDisabled("If they differ, someone is in between: cancel. Opening the session...");
    }
    // Once closed, the reason below says it all (the last notice would repeat it).
    if (m_closed.empty())
        for (const std::string& notice : m_notices) ImGui::TextDisabled("%s", notice.c_str());
    if (!m_closed.empty()) {
        ImGui::TextColored(palette::warning, "%s", m_closed.c_str());
        widget_handles::nameWrapped("pair.error", m_closed);
    }
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const char* label = m_closed.empty() ? "Cancel" : "Close";
    const bool cancel = ImGui::Button(label, ImVec2(0, em(2))) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    widget_handles::nameButton("pair.cancel", label);
    if (cancel) {
        leave(hosting ? "The host stopped hosting." : "Your partner cancelled.");
        m_dialog = Dialog::None;
    }
}

// --- the session -------------------------------------------------------------------

void PairNetwork::drawStatusBar(AppState& app) {
    const net::PairStatus status = m_channel ? m_channel->status() : net::PairStatus{};
    // The console names itself; the candidate's screen says whose it is.
    if (m_role == PairRole::Candidate) {
        drawChip("CANDIDATE", palette::candidate, palette::text);
        ImGui::SameLine();
    }
    if (!m_closed.empty()) {
        // The candidate left mid-interview: the interview ended early, and says so.
        const std::string early = ownsRehearsal(app) ? endedEarlyLine(app.session()) : std::string();
        const std::string& closed = early.empty() ? m_closed : early;
        ImGui::TextColored(palette::warning, "%s", closed.c_str());
        widget_handles::nameText("pair.closed", closed);
        ImGui::SameLine();
        if (ImGui::SmallButton("Back to the library")) app.showLibrary();
        widget_handles::nameButton("pair.to_library", "Back to the library");
        return;
    }
    const std::string with = "Pair session with " + partnerName();
    const bool lost = status.state == net::PairState::Reconnecting;
    const std::string line = lost ? with + ": connection lost, reconnecting (nothing is lost meanwhile)"
                                  : with + " \xC2\xB7 both screens show: " + status.verifier;
    if (lost) ImGui::TextColored(palette::warning, "%s", line.c_str());
    else ImGui::TextDisabled("%s", line.c_str());
    widget_handles::nameText("pair.status", line);
}

void PairNetwork::draw(PanelContext& ctx) {
    if (ctx.view == MainView::NetworkPairSession) drawSession(ctx);
    else drawDebrief(ctx);
}

void PairNetwork::drawSession(PanelContext& ctx) {
    AppState& app = ctx.app;
    drawStatusBar(app);
    if (m_role == PairRole::Interviewer) {
        bool handOver = false;  // no screen to hand over on two machines
        m_console.draw(app, handOver);
        return;
    }
    app.rehearsal().tick();
    ctx.panels.session.draw(ctx);
}

void PairNetwork::drawDebrief(PanelContext& ctx) {
    AppState& app = ctx.app;
    const Session& session = app.session();
    if (m_swapping) {
        drawStatusBar(app);
        heading("Swapping roles");
        const std::string waiting = m_role == PairRole::Interviewer
                                        ? "Waiting for " + partnerName() + " to join the next round as the candidate..."
                                        : partnerName() + " is starting the next round as the interviewer...";
        ImGui::TextDisabled("%s", waiting.c_str());
        widget_handles::nameWrapped("pair.swapping", waiting);
        return;
    }
    if (m_sideBySideDone) {
        if (drawSwap(app)) return;
        ctx.panels.debrief.draw(ctx);
        return;
    }
    drawStatusBar(app);
    const ScorecardAuthor mine =
        m_role == PairRole::Interviewer ? ScorecardAuthor::Interviewer : ScorecardAuthor::Candidate;
    // Each side scores on its own screen; the candidate's is blind, since
    // the interviewer's card reaches that side only after it.
    if (!session.scorecard(mine)) {
        if (!m_form_card.started()) m_form_card.start(app, mine);
        if (m_form_card.draw(app)) m_form_card.reset();
        return;
    }
    const ScorecardAuthor theirs =
        mine == ScorecardAuthor::Interviewer ? ScorecardAuthor::Candidate : ScorecardAuthor::Interviewer;
    if (!session.scorecard(theirs)) {
        heading("Scorecards");
        ImGui::PushTextWrapPos(0);
        std::string partner = partnerName();
        if (partner.rfind("the ", 0) == 0) partner[0] = 'T';  // "The candidate left: ..."
        const std::string waiting =
            !m_closed.empty() ? std::string(mine == ScorecardAuthor::Interviewer ? "Your scorecard is in. " : "Your self-score is in. ") +
                                    partner + " left: there is no card of theirs to set beside it."
            : mine == ScorecardAuthor::Interviewer
                ? "Your scorecard is in. Waiting for " + partnerName() + " to score themselves blind."
                : "Your self-score is in. Waiting for " + partnerName() + "'s scorecard.";
        ImGui::TextDisabled("%s", waiting.c_str());
        widget_handles::nameWrapped("pair.waiting_scorecard", waiting);
        ImGui::PopTextWrapPos();
        if (ImGui::Button("Open the debrief", ImVec2(0, em(2)))) m_sideBySideDone = true;
        widget_handles::nameButton("pair.open_debrief", "Open the debrief");
        return;
    }
    heading("Scorecards side by side");
    if (ImGui::Button("Open the debrief", ImVec2(0, em(2)))) m_sideBySideDone = true;
    widget_handles::nameButton("pair.open_debrief", "Open the debrief");
    ImGui::Spacing();
    if (drawSwap(app)) return;
    drawScorecardsSideBySide(session.scorecard(ScorecardAuthor::Interviewer), session.scorecard(ScorecardAuthor::Candidate));
}

// One line and a button above the scorecards or the debrief. The side that
// was the candidate starts the next round as the interviewer: it holds the
// scenario it picks, and the partner's history (ids and hashes) says which
// they have not met. The other side is told that the choice is theirs.
bool PairNetwork::drawSwap(AppState& app) {
    // Once both cards are in: nothing of this round is still on its way.
    const Session& session = app.session();
    if (!m_link || !m_closed.empty() || !m_link->peer().hasDebrief() || !session.scorecard(ScorecardAuthor::Interviewer) ||
        !session.scorecard(ScorecardAuthor::Candidate))
        return false;
    const std::string me = m_link->peer().name(), partner = partnerName();
    ImGui::PushTextWrapPos(0);
    if (m_role == PairRole::Interviewer) {
        const std::string next = "Swap roles next: " + partner + " can interview you, on a scenario you have not met (" +
                                 partner + " picks it).";
        ImGui::TextDisabled("%s", next.c_str());
        widget_handles::nameWrapped("pair.swap_next", next);
        ImGui::PopTextWrapPos();
        ImGui::Separator();
        return false;
    }
    const std::optional<PairHistory>& theirs = m_link->peer().partnerHistory();
    if (!theirs) {
        ImGui::TextDisabled("Swap roles: waiting for %s's side to say which scenarios they have met...", partner.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Separator();
        return false;
    }
    if (!m_swapWorkedOut) {
        SessionStore* store = app.persistence() ? app.persistence()->store() : nullptr;
        PairHistory mine = ownPairHistory(store ? store->listSessions() : std::vector<SessionRecord>{}, me);
        mine.asCandidate.insert(mine.asCandidate.begin(), {session.scenario().id, ""});
        m_swap = suggestSwapScenario(mine, *theirs, scenariosOffered(app.library().scenarios()));
        m_swapWorkedOut = true;
    }
    const Scenario* next = m_swap ? app.library().find(m_swap->scenarioId) : nullptr;
    if (!next) {
        ImGui::TextDisabled("Swap roles: %s has met every scenario in your library.", partner.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Separator();
        return false;
    }
    const std::string line = swapSuggestionLine(*m_swap, next->title, "", partner);  // "" : this side, "you"
    ImGui::TextUnformatted(line.c_str());
    widget_handles::nameWrapped("pair.swap_next", line);
    ImGui::PopTextWrapPos();
    const std::string label = "Swap roles: you interview " + partner;
    const bool swap = ImGui::Button(label.c_str(), ImVec2(0, em(2)));
    widget_handles::nameButton("pair.swap_roles", label);
    ImGui::Separator();
    if (!swap) return false;
    startNextRound(*next);
    return true;
}

// This side becomes the interviewer of a new round on the same channel: its
// hello goes out as a host's does, and the partner's side, which has the
// debrief, takes it as the next round (PairPeer::startsNextRound).
void PairNetwork::startNextRound(const Scenario& scenario) {
    const std::string name = m_link->peer().name();
    m_link->detach();
    m_link = std::make_unique<PairLink>(std::make_unique<InterviewerPeer>(scenario, name, scenario.id));
    m_role = PairRole::Interviewer;
    resetRound();
    m_swapping = true;
}

}  // namespace rehearse
