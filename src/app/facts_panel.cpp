#include "app/facts_panel.hpp"

#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/widgets.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace rehearse {

void FactsPanel::draw(const std::vector<CandidateView::RevealedFact>& revealed) {
    const double time = ImGui::GetTime();
    if (revealed.size() > m_lastCount) m_highlightUntil = time + 3.0;  // seconds of wall time, view only
    m_lastCount = revealed.size();

    ImGui::TextDisabled("FACTS REVEALED (%zu)", revealed.size());
    if (revealed.empty()) {
        wrappedColoredText(palette::muted, "Ask the interviewer about scale, latency, labels or costs. "
                                           "Answers you get stay listed here.");
        return;
    }
    for (std::size_t i = revealed.size(); i-- > 0;) {
        const CandidateView::RevealedFact* fact = &revealed[i];
        ImGui::PushID(static_cast<int>(i));
        const bool newest = i + 1 == revealed.size() && time < m_highlightUntil;
        ImGui::PushFont(fonts().bold);
        wrappedColoredText(newest ? palette::accent : palette::text, fact->topic);
        ImGui::PopFont();
        wrappedColoredText(palette::muted, fact->answer);
        ImGui::Spacing();
        ImGui::PopID();
    }
}

}  // namespace rehearse
