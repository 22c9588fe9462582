#include "app/interviewer_feed.hpp"

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>

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
    wrappedText(text, width - em(1.2f));
    ImGui::EndGroup();
    ImVec2 end(start.x + width, ImGui::GetItemRectMax().y + em(0.4f));
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(start, end, ImGui::GetColorU32(tint), em(0.4f));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, end.y + em(0.45f)));
    ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace

void InterviewerFeed::draw(AppState& app, const CandidateView& view, SessionFocus& focus) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("Interviewer");
    widget_handles::nameText("feed.heading", "Interviewer");
    ImGui::PopFont();
    ImGui::Separator();
    const std::optional<ProbeIndex> pending = pendingProbe(view);
    const ImGuiStyle& style = ImGui::GetStyle();
    // Separator, caption and the one-line field (drawAskBox), with their spacing.
    const float askHeight = style.ItemSpacing.y * 2 + ImGui::GetTextLineHeightWithSpacing() +
                            ImGui::GetFrameHeightWithSpacing() + 1;
    const float pinned = pending ? pinnedHeight(view, *pending) : 0;
    ImGui::BeginChild("feed-entries", ImVec2(0, -(askHeight + pinned)), false, ImGuiWindowFlags_NoNavInputs);
    drawEntries(app, view, focus, pending);
    ImGui::EndChild();
    if (pending) {
        ImGui::BeginChild("pending-probe", ImVec2(0, pinned), false, ImGuiWindowFlags_NoNavInputs);
        drawProbe(app, view, focus, *pending, true);
        ImGui::EndChild();
    }
    drawAskBox(app, focus);
}

float InterviewerFeed::pinnedHeight(const CandidateView& view, ProbeIndex probe) const {
    const std::string& says = view.probes[probe.value].says;
    const float width = ImGui::GetContentRegionAvail().x - em(1.2f);
    const float text = ImGui::CalcTextSize(says.c_str(), says.c_str() + says.size(), false, width).y;
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float wanted = text + ImGui::GetTextLineHeightWithSpacing() + em(0.8f) + em(0.45f)  // the card
                         + em(3.4f) + spacing + ImGui::GetFrameHeightWithSpacing()        // the answer box, buttons
                         + spacing * 2;                                                   // Spacing() after
    return std::min(wanted, ImGui::GetContentRegionAvail().y * 0.55f);
}

void InterviewerFeed::drawEntries(AppState& app, const CandidateView& view, SessionFocus& focus, std::optional<ProbeIndex> pinned) {
    const std::vector<CandidateView::FeedLine>& feed = view.feed;
    // A partner playing the interviewer speaks under their own name.
    const std::string interviewer = view.interviewerName.empty() ? "Interviewer" : view.interviewerName;
    for (std::size_t i = 0; i < feed.size(); ++i) {
        const CandidateView::FeedLine& e = feed[i];
        const std::string& kind = e.kind;
        ImGui::PushID(static_cast<int>(i));
        if (kind == "question") {
            card(interviewer.c_str(), palette::interviewer, e.text, palette::accent);
        } else if (kind == "stage_started") {
            std::string label = "— " + e.text + " · " + formatDuration(e.clock) + " —";
            float w = ImGui::CalcTextSize(label.c_str()).x;
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - w) * 0.5f);
            ImGui::TextDisabled("%s", label.c_str());
        } else if (kind == "candidate_question") {
            card("You asked", palette::candidate, e.text, palette::done);
        } else if (kind == "interviewer_answer") {
            // Name the fact answered, so a question matched to the wrong
            // fact is visible as such rather than silently misleading.
            const std::string who = e.factTopic.empty() ? interviewer : interviewer + " \xC2\xB7 on " + e.factTopic;
            card(who.c_str(), palette::interviewer, e.text, palette::accent);
        } else if (kind == "probe") {
            if (e.probe == pinned) {
                // Its card and answer box are pinned below the feed.
                wrappedColoredText(palette::warning, "Follow-up \xC2\xB7 waiting for your answer below");
                ImGui::Spacing();
            } else if (e.probe.value < view.probes.size()) {
                drawProbe(app, view, focus, e.probe, false);
            }
        } else if (kind == "finished") {
            ImGui::TextDisabled("Interview ended at %s.", formatDuration(e.clock).c_str());
        } else if (kind == "nudge") {
            const std::string who = interviewer + " \xC2\xB7 time check";
            card(who.c_str(), palette::interviewer, e.text, palette::warning);
        }
        // Answers and skips ("candidate_answer", "probe_skipped") are drawn
        // under their probe (drawProbe), not where they fall in time: a late
        // answer still reads as a reply.
        ImGui::PopID();
    }
    // A partner answers in their own time: say the question was heard.
    if (!view.pendingQuestions.empty()) {
        const std::string waiting = view.pendingQuestions.size() == 1
                                        ? interviewer + " has your question and will answer it."
                                        : interviewer + " has your " + std::to_string(view.pendingQuestions.size()) +
                                              " questions and will answer them.";
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", waiting.c_str());
        ImGui::PopTextWrapPos();
    }
    // Follow the conversation when something new arrives.
    if (feed.size() != m_lastSeenEntries) {
        m_lastSeenEntries = feed.size();
        m_scrollFrames = std::max(m_scrollFrames, 1);
    }
    if (m_scrollFrames > 0) {
        // Until the end is really in view: on a resumed session the entries'
        // heights settle over the first frames (wrapping, the pinned probe),
        // and a fixed count of frames could stop short of the end.
        const bool atEnd = ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f;
        m_scrollFrames = atEnd ? m_scrollFrames - 1 : std::max(m_scrollFrames, 2);
        if (++m_scrollAttempts > 60) m_scrollFrames = 0;  // never hold the feed for long
        ImGui::SetScrollHereY(1.0f);
    } else {
        m_scrollAttempts = 0;
    }
}

void InterviewerFeed::drawProbe(AppState& app, const CandidateView& view, SessionFocus& focus, ProbeIndex probe,
                                bool pinned) {
    const CandidateView::PushedProbe& p = view.probes[probe.value];
    ImGui::PushID(static_cast<int>(probe.value));
    const std::string who = (view.interviewerName.empty() ? std::string("Interviewer") : view.interviewerName) +
                            " \xC2\xB7 follow-up";
    card(who.c_str(), palette::probe, p.says, palette::warning);
    if (p.state == "open") drawProbeReply(app, view, focus, probe, pinned);
    else if (p.state == "answered") card("You answered", palette::candidate, p.answer, palette::done);
    else ImGui::TextDisabled("You skipped this follow-up.");
    ImGui::PopID();
}

void InterviewerFeed::drawProbeReply(AppState& app, const CandidateView& view, SessionFocus& focus, ProbeIndex probe,
                                     bool pinned) {
    std::string& reply = m_replies[probe];
    ImGui::PushID("reply");
    if (pinned) focus.before(SessionField::ProbeAnswer);
    FieldInput input{&focus, pinned ? SessionField::ProbeAnswer : SessionField::None, nullptr};
    ImGui::InputTextMultiline("##reply", &reply, ImVec2(-1, em(3.4f)), fieldInputFlags, fieldInputCallback, &input);
    if (pinned) widget_handles::nameField("probe.answer_box");
    if (pinned) focus.after(SessionField::ProbeAnswer);
    else if (ImGui::IsItemActive()) focusRing();
    // Ctrl+Enter answers the probe whose box has the keyboard.
    bool send = (ImGui::IsItemActive() || ImGui::IsItemDeactivated()) && ImGui::GetIO().KeyCtrl &&
                ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    const bool fromKeyboard = send;
    send = ImGui::Button("Answer") || send;
    if (pinned) widget_handles::nameButton("probe.answer", "Answer");
    ImGui::SameLine();
    if (ImGui::Button("Skip") && app.rehearsal().dispatch(SkipFollowUp{probe})) m_replies.erase(probe);
    if (pinned) widget_handles::nameButton("probe.skip", "Skip");
    if (sameLineIfFits(ImGui::CalcTextSize("Ctrl+Enter sends").x)) {
        ImGui::TextDisabled("Ctrl+Enter sends");
        if (pinned) widget_handles::nameText("probe.hint", "Ctrl+Enter sends");
    } else if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Ctrl+Enter sends");  // no room beside the buttons: said on hover
    }
    if (send && !isBlank(reply) && app.rehearsal().dispatch(AnswerFollowUp{probe, reply})) {
        m_replies.erase(probe);
        // Answered from the keyboard: the next open probe, or the ask box.
        const bool anotherOpen = std::any_of(view.probes.begin(), view.probes.end(), [&](const auto& p) {
            return p.state == "open" && &p != &view.probes[probe.value];
        });
        if (fromKeyboard) focus.request(anotherOpen ? SessionField::ProbeAnswer : SessionField::Ask);
    }
    ImGui::PopID();
    ImGui::Spacing();
}

void InterviewerFeed::drawAskBox(AppState& app, SessionFocus& focus) {
    ImGui::Separator();
    // One line, as the space kept for it (draw): the longest wording that fits.
    const char* caption = "Ask a clarifying question (Enter sends)";
    for (const char* shorter : {"Ask a question (Enter sends)", "Ask (Enter sends)", "Ask"})
        if (ImGui::CalcTextSize(caption).x > ImGui::GetContentRegionAvail().x) caption = shorter;
    ImGui::TextDisabled("%s", caption);
    widget_handles::nameText("session.ask_caption", caption);
    const float buttonWidth = em(4.2f);
    const float width = ImGui::GetContentRegionAvail().x - buttonWidth - ImGui::GetStyle().ItemSpacing.x;
    focus.before(SessionField::Ask);
    // A one-line multiline field: Enter puts a newline in it instead of
    // ending the edit, so the field keeps the keyboard by construction (a
    // single-line field lets go on Enter and took it back a frame later;
    // what was typed in between was lost). Each completed line is asked.
    FieldInput input{&focus, SessionField::Ask, &m_asked};
    ImGui::InputTextMultiline("##ask", &m_question, ImVec2(width, ImGui::GetFrameHeight()), fieldInputFlags,
                              fieldInputCallback, &input);
    widget_handles::nameField("session.ask_box");
    focus.after(SessionField::Ask);
    ImGui::SameLine();
    const bool askClicked = ImGui::Button("Ask", ImVec2(buttonWidth, 0));
    widget_handles::nameButton("session.ask", "Ask");
    if (askClicked && !isBlank(m_question)) {
        m_asked.push_back(m_question);
        m_question.clear();  // the field is not active: the button took the click
        focus.request(SessionField::Ask);
    }
    for (const std::string& question : m_asked)
        if (!isBlank(question)) app.rehearsal().ask(question);
    m_asked.clear();
}

}  // namespace rehearse
