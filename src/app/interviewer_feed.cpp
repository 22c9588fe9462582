#include "app/interviewer_feed.hpp"

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/widgets.hpp"

#include <imgui_stdlib.h>

namespace rehearse {
namespace {

// A message card: who speaks, then the words, tinted by speaker.
void card(const char* who, const ImVec4& tint, const std::string& text, const ImVec4& whoColour) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImVec2 start = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    ImGui::SetCursorScreenPos(ImVec2(start.x + em(0.6f), start.y + em(0.4f)));
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().bold);
    ImGui::TextColored(whoColour, "%s", who);
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - em(1.2f));
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImVec2 end(start.x + width, ImGui::GetItemRectMax().y + em(0.4f));
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(start, end, ImGui::GetColorU32(tint), em(0.4f));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, end.y + em(0.45f)));
    ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace

void InterviewerFeed::draw(AppState& app) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("Interviewer");
    ImGui::PopFont();
    ImGui::Separator();
    float askHeight = em(4.6f);
    ImGui::BeginChild("feed-entries", ImVec2(0, -askHeight), false);
    drawEntries(app);
    ImGui::EndChild();
    drawAskBox(app);
}

void InterviewerFeed::drawEntries(AppState& app) {
    const Session& session = app.session();
    const std::vector<FeedEntry>& feed = session.feed();
    for (std::size_t i = 0; i < feed.size(); ++i) {
        const FeedEntry& e = feed[i];
        ImGui::PushID(static_cast<int>(i));
        switch (e.kind) {
            case FeedEntry::Kind::Question:
                card("Interviewer", palette::interviewer, e.text, palette::accent);
                break;
            case FeedEntry::Kind::StageStarted: {
                std::string label = "— " + e.text + " · " + formatDuration(e.at) + " —";
                float w = ImGui::CalcTextSize(label.c_str()).x;
                ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - w) * 0.5f);
                ImGui::TextDisabled("%s", label.c_str());
                break;
            }
            case FeedEntry::Kind::CandidateQuestion:
                card("You asked", palette::candidate, e.text, palette::done);
                break;
            case FeedEntry::Kind::InterviewerAnswer: {
                // Name the fact answered, so a question matched to the wrong
                // fact is visible as such rather than silently misleading.
                const Fact* fact = e.factId.empty() ? nullptr : session.scenario().findFact(e.factId);
                const std::string who = fact ? "Interviewer \xC2\xB7 on " + fact->topic : std::string("Interviewer");
                card(who.c_str(), palette::interviewer, e.text, palette::accent);
                break;
            }
            case FeedEntry::Kind::Probe: {
                card("Interviewer · follow-up", palette::probe, e.text, palette::warning);
                if (session.probes()[e.probe].state == Probe::State::Open) drawProbeReply(app, e.probe);
                break;
            }
            case FeedEntry::Kind::CandidateAnswer:
                card("You answered", palette::candidate, e.text, palette::done);
                break;
            case FeedEntry::Kind::ProbeSkipped:
                ImGui::TextDisabled("You skipped this follow-up.");
                break;
            case FeedEntry::Kind::Finished:
                ImGui::TextDisabled("Interview ended at %s.", formatDuration(e.at).c_str());
                break;
        }
        ImGui::PopID();
    }
    // Follow the conversation when something new arrives.
    if (feed.size() != m_lastSeenEntries) {
        m_lastSeenEntries = feed.size();
        ImGui::SetScrollHereY(1.0f);
    }
}

void InterviewerFeed::drawProbeReply(AppState& app, std::size_t probe) {
    std::string& reply = m_replies[probe];
    ImGui::PushID("reply");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextMultiline("##reply", &reply, ImVec2(-1, em(3.4f)));
    // Ctrl+Enter answers the probe whose box has the keyboard.
    bool send = (ImGui::IsItemActive() || ImGui::IsItemDeactivated()) && ImGui::GetIO().KeyCtrl &&
                ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    send = ImGui::Button("Answer") || send;
    ImGui::SameLine();
    if (ImGui::Button("Skip") && app.dispatch(SkipFollowUp{probe})) m_replies.erase(probe);
    ImGui::SameLine();
    ImGui::TextDisabled("Ctrl+Enter sends");
    if (send && app.dispatch(AnswerFollowUp{probe, reply})) m_replies.erase(probe);
    ImGui::PopID();
    ImGui::Spacing();
}

void InterviewerFeed::drawAskBox(AppState& app) {
    ImGui::Separator();
    ImGui::TextDisabled("Ask a clarifying question (Enter sends)");
    if (m_focusAsk) {
        ImGui::SetKeyboardFocusHere();
        m_focusAsk = false;
    }
    float buttonWidth = em(4.2f);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - buttonWidth - ImGui::GetStyle().ItemSpacing.x);
    bool send = ImGui::InputTextWithHint("##ask", "e.g. What is the latency budget?", &m_question,
                                         ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    send = ImGui::Button("Ask", ImVec2(buttonWidth, 0)) || send;
    if (send && app.askClarification(m_question)) {
        m_question.clear();
        m_focusAsk = true;  // keep typing questions without reaching for the mouse
    }
}

}  // namespace rehearse
