#include "app/hot_seat.hpp"

#include "app/fonts.hpp"
#include "app/panel_list.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "app/session_persistence.hpp"
#include "core/pair/ended_early.hpp"
#include "core/pair/pair_history.hpp"
#include "core/store/scenario_copy.hpp"

#include <GLFW/glfw3.h>  // key codes only: io.KeysDown is indexed by them
#include <imgui.h>

namespace rehearse {

void HotSeat::reset() {
    m_seat = PairRole::Candidate;
    m_covered = true;
    m_sideBySideDone = false;
    m_swapWorkedOut = false;
    m_swap.reset();
    m_console.reset();
    m_form.reset();
}

bool HotSeat::drawCover(const AppState& app) {
    if (!m_covered) return false;
    const bool interviewer = m_seat == PairRole::Interviewer;
    const ImVec2 room = ImGui::GetContentRegionAvail();
    ImGui::Dummy(ImVec2(0, room.y * 0.28f));
    // Named when the names are not just the parts' own.
    const std::optional<StartPair>& parts = app.session().pair();
    const std::string name = !parts ? std::string() : interviewer ? parts->interviewerName : parts->candidateName;
    const std::string part = interviewer ? "the interviewer" : "the candidate";
    const bool named = !name.empty() && name != "Interviewer" && name != "Candidate";
    const std::string title = "Hand the screen to " + (named ? name + ", " + part : part);
    const std::string detail = interviewer
                                   ? "The next screen holds the hidden facts, key points and the reference. "
                                     "The candidate should not see it."
                                   : "The next screen is the candidate's: the question, their notes and canvas, "
                                     "and what the interviewer has said.";
    const auto centred = [&](const std::string& text) {
        ImGui::SetCursorPosX((room.x - ImGui::CalcTextSize(text.c_str()).x) * 0.5f);
        ImGui::TextUnformatted(text.c_str());
    };
    ImGui::PushFont(fonts().heading);
    centred(title);
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::PushTextWrapPos(room.x * 0.75f);
    ImGui::SetCursorPosX(room.x * 0.25f);
    ImGui::TextDisabled("%s", detail.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const std::string button = interviewer ? "I am the interviewer: show the console" : "I am the candidate: continue";
    ImGui::SetCursorPosX((room.x - ImGui::CalcTextSize(button.c_str()).x) * 0.5f - em(0.5f));
    ImGui::PushStyleColor(ImGuiCol_Button, palette::primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette::primaryHover);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    const bool go = ImGui::Button(button.c_str(), ImVec2(0, em(2.2f))) ||
                    ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    ImGui::PopStyleColor(3);
    centred("Enter continues; F2 hands the screen back.");
    if (go) m_covered = false;
    return true;
}

void HotSeat::draw(PanelContext& ctx) {
    if (ctx.view == MainView::HotSeatSession) drawSession(ctx);
    else drawDebrief(ctx);
}

void HotSeat::drawSession(PanelContext& ctx) {
    AppState& app = ctx.app;
    if (ImGui::IsKeyPressed(GLFW_KEY_F2, false)) {
        if (m_covered) m_seat = otherRole(m_seat);  // F2 on the cover: the other person after all
        else handOver();
    }
    app.rehearsal().tick();
    if (drawCover(app)) return;
    if (m_seat == PairRole::Interviewer) {
        bool hand = false;
        m_console.draw(app, hand);
        if (hand) handOver();
        return;
    }
    // The candidate card's own colour with the theme's text: white on it was barely readable.
    drawChip("CANDIDATE", palette::candidate, palette::text);
    ImGui::SameLine();
    ImGui::TextDisabled("Pair practice: your partner answers your questions. F2 hands the screen to the interviewer.");
    ctx.panels.session.draw(ctx);
}

namespace {

// A stored copy of a pair interview whose partner left (a networked one,
// reopened here) says so above its scorecards, as the debrief does.
void drawEndedEarlyLine(const Session& session) {
    const std::string early = endedEarlyLine(session);
    if (early.empty()) return;
    wrappedColoredText(palette::warning, early);
    widget_handles::nameWrapped("pair.ended_early", early);
}

}  // namespace

void HotSeat::drawDebrief(PanelContext& ctx) {
    AppState& app = ctx.app;
    const Session& session = app.session();
    if (m_sideBySideDone) {
        ctx.panels.debrief.draw(ctx);
        return;
    }
    // The interviewer scores first, then the candidate blind, then both see both.
    if (!session.scorecard(ScorecardAuthor::Interviewer)) {
        if (m_seat != PairRole::Interviewer) m_seat = PairRole::Interviewer, m_covered = true;
        if (drawCover(app)) return;
        drawEndedEarlyLine(session);
        if (!m_form.started() || m_form.author() != ScorecardAuthor::Interviewer)
            m_form.start(app, ScorecardAuthor::Interviewer);
        if (m_form.draw(app)) {
            m_form.reset();
            handOver();
        }
        return;
    }
    if (!session.scorecard(ScorecardAuthor::Candidate)) {
        if (m_seat != PairRole::Candidate) m_seat = PairRole::Candidate, m_covered = true;
        if (drawCover(app)) return;
        drawEndedEarlyLine(session);
        if (!m_form.started() || m_form.author() != ScorecardAuthor::Candidate)
            m_form.start(app, ScorecardAuthor::Candidate);
        if (m_form.draw(app)) m_form.reset();
        return;
    }
    heading("Scorecards side by side");
    drawEndedEarlyLine(session);
    // What comes next first: the cards and their evidence below may run past
    // a short window.
    if (ImGui::Button("Open the debrief", ImVec2(0, em(2)))) m_sideBySideDone = true;
    widget_handles::nameButton("pair.open_debrief", "Open the debrief");
    ImGui::Spacing();
    if (drawSwap(app)) return;  // a new rehearsal: this one's cards are gone
    ImGui::Spacing();
    drawScorecardsSideBySide(session.scorecard(ScorecardAuthor::Interviewer), session.scorecard(ScorecardAuthor::Candidate));
}

namespace {

// The swap rule's inputs: each partner's history from the stored pair
// sessions (both share this machine's store), this rehearsal included even
// when nothing is stored, and the library's scenarios with their versions.
std::optional<SwapSuggestion> workOutSwap(AppState& app, const StartPair& parts) {
    std::vector<SessionRecord> records;
    SessionStore* store = app.persistence() ? app.persistence()->store() : nullptr;
    if (store) records = store->listSessions();
    PairHistory newInterviewer = pairHistoryOf(records, parts.candidateName);
    PairHistory newCandidate = pairHistoryOf(records, parts.interviewerName);
    const ScenarioSeen now{app.session().scenario().id, ""};
    newInterviewer.asCandidate.insert(newInterviewer.asCandidate.begin(), now);
    newCandidate.asInterviewer.insert(newCandidate.asInterviewer.begin(), now);
    return suggestSwapScenario(newInterviewer, newCandidate, scenariosOffered(app.library().scenarios()));
}

}  // namespace

bool HotSeat::drawSwap(AppState& app) {
    const std::optional<StartPair>& parts = app.session().pair();
    if (!parts) return false;
    if (!m_swapWorkedOut) {
        m_swap = workOutSwap(app, *parts);
        m_swapWorkedOut = true;
    }
    const std::string& nextInterviewer = parts->candidateName;
    const std::string& nextCandidate = parts->interviewerName;
    const Scenario* next = m_swap ? app.library().find(m_swap->scenarioId) : nullptr;
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("Swap roles");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0);
    if (!next) {
        ImGui::TextDisabled("%s has met every scenario in the library, as candidate or interviewer.",
                            nextCandidate.c_str());
        ImGui::PopTextWrapPos();
        return false;
    }
    const std::string line = swapSuggestionLine(*m_swap, next->title, nextInterviewer, nextCandidate);
    ImGui::TextUnformatted(line.c_str());
    widget_handles::nameWrapped("pair.swap_next", line);
    ImGui::PopTextWrapPos();
    // Under the "Swap roles" heading: the button says who, not "Swap roles" again.
    const std::string label = nextInterviewer + " interviews " + nextCandidate;
    const bool swap = ImGui::Button(label.c_str(), ImVec2(0, em(2)));
    widget_handles::nameButton("pair.swap_roles", label);
    if (!swap) return false;
    app.startPairSession(*next, std::nullopt, StartPair{nextInterviewer, nextCandidate});
    return true;
}

}  // namespace rehearse
