#include "app/progress_chart.hpp"

#include "app/theme.hpp"
#include "app/widgets.hpp"
#include "core/numeric/percent.hpp"
#include "core/store/timestamps.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rehearse {

ImU32 ProgressChart::stageColour(const std::string& stageId, float alpha) {
    // One hue per stage, the same in every chart and legend.
    static const struct {
        const char* id;
        ImVec4 colour;
    } colours[] = {
        {"clarify", {0.55f, 0.36f, 0.80f, 1}},    {"data", {0.10f, 0.60f, 0.62f, 1}},
        {"features", {0.90f, 0.55f, 0.10f, 1}},   {"models", {0.85f, 0.28f, 0.38f, 1}},
        {"evaluation", {0.35f, 0.62f, 0.20f, 1}}, {"deployment", {0.45f, 0.50f, 0.58f, 1}},
    };
    ImVec4 c = palette::muted;
    for (const auto& entry : colours)
        if (stageId == entry.id) c = entry.colour;
    c.w = alpha;
    return ImGui::GetColorU32(c);
}

SessionRecordId ProgressChart::draw(const ScenarioProgress& progress, float height) {
    SessionRecordId clicked = 0;
    const std::size_t n = progress.attempts.size();

    // Legend first (it is also the toggle for each line).
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    bool firstEntry = true;
    auto legendEntry = [&](const char* label, ImU32 colour, bool& hidden, float thickness) {
        ImGui::PushID(label);
        float w = ImGui::CalcTextSize(label).x + em(2.2f);
        // Entries flow left to right and wrap when the panel is narrow.
        if (!firstEntry) ImGui::SameLine(0, em(0.8f));
        if (!firstEntry && ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        firstEntry = false;
        ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("##legend", ImVec2(w, em(1.3f)))) hidden = !hidden;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        float midY = at.y + em(0.65f);
        ImU32 col = hidden ? ImGui::GetColorU32(ImGuiCol_TextDisabled) : colour;
        dl->AddLine(ImVec2(at.x, midY), ImVec2(at.x + em(1.4f), midY), col, thickness);
        dl->AddText(ImVec2(at.x + em(1.8f), at.y + em(0.1f)),
                    ImGui::GetColorU32(hidden ? ImGuiCol_TextDisabled : ImGuiCol_Text), label);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip(hidden ? "Show %s" : "Hide %s", label);
        ImGui::PopID();
    };
    legendEntry("Total", ImGui::GetColorU32(palette::accent), m_hideTotal, em(0.22f));
    for (const std::string& stage : progress.stageIds) {
        bool hidden = m_hidden.count(stage) > 0;
        auto kind = stageKindFromId(stage);
        legendEntry(kind ? stageKindTitle(*kind) : stage.c_str(), stageColour(stage), hidden, em(0.12f));
        if (hidden) m_hidden.insert(stage);
        else m_hidden.erase(stage);
    }

    // The plot area, with room for the axis labels.
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float width = std::max(em(12), ImGui::GetContentRegionAvail().x);  // InvisibleButton needs a size
    ImGui::InvisibleButton("##chart", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 plotMin(origin.x + em(3), origin.y + em(0.6f));
    const ImVec2 plotMax(origin.x + width - em(1), origin.y + height - em(1.8f));
    dl->AddRectFilled(plotMin, plotMax, ImGui::GetColorU32(ImGuiCol_FrameBg), em(0.2f));
    for (int pct = 0; pct <= 100; pct += 25) {
        float y = plotMax.y - (plotMax.y - plotMin.y) * static_cast<float>(pct) / 100.0f;
        dl->AddLine(ImVec2(plotMin.x, y), ImVec2(plotMax.x, y), ImGui::GetColorU32(ImGuiCol_Separator), 1.0f);
        char label[8];
        std::snprintf(label, sizeof label, "%d%%", pct);
        ImVec2 size = ImGui::CalcTextSize(label);
        dl->AddText(ImVec2(plotMin.x - size.x - em(0.4f), y - size.y / 2), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                    label);
    }
    if (n == 0) return 0;

    // One x slot per attempt; a single attempt sits in the middle.
    auto xOf = [&](std::size_t i) {
        if (n == 1) return (plotMin.x + plotMax.x) / 2;
        float pad = em(1.2f);
        return plotMin.x + pad + (plotMax.x - plotMin.x - 2 * pad) * float(i) / float(n - 1);
    };
    auto yOf = [&](double fraction) {
        return plotMax.y - (plotMax.y - plotMin.y) * float(std::clamp(fraction, 0.0, 1.0));
    };
    std::size_t labelEvery = std::max<std::size_t>(1, n / 12);
    for (std::size_t i = 0; i < n; ++i) {
        if (i % labelEvery != 0 && i + 1 != n) continue;
        std::string label = "#" + std::to_string(i + 1);
        ImVec2 size = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(xOf(i) - size.x / 2, plotMax.y + em(0.3f)), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                    label.c_str());
    }

    // Which attempt the mouse is nearest to.
    std::size_t hover = n;
    if (hovered) {
        float mouseX = ImGui::GetIO().MousePos.x;
        float bestDistance = 1e9f;
        for (std::size_t i = 0; i < n; ++i) {
            float d = std::fabs(xOf(i) - mouseX);
            if (d < bestDistance) bestDistance = d, hover = i;
        }
        dl->AddLine(ImVec2(xOf(hover), plotMin.y), ImVec2(xOf(hover), plotMax.y),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled, 0.6f), 1.0f);
        if (ImGui::IsMouseClicked(0)) clicked = progress.attempts[hover].id;
    }

    auto drawSeries = [&](auto valueOf, ImU32 colour, float thickness, float radius) {
        std::vector<ImVec2> points;
        for (std::size_t i = 0; i < n; ++i) {
            std::optional<double> v = valueOf(progress.attempts[i]);
            if (!v) {
                if (points.size() > 1) dl->AddPolyline(points.data(), int(points.size()), colour, 0, thickness);
                points.clear();
                continue;
            }
            points.emplace_back(xOf(i), yOf(*v));
        }
        if (points.size() > 1) dl->AddPolyline(points.data(), int(points.size()), colour, 0, thickness);
        for (std::size_t i = 0; i < n; ++i) {
            std::optional<double> v = valueOf(progress.attempts[i]);
            if (!v) continue;
            ImVec2 p(xOf(i), yOf(*v));
            // Unfinished attempts are hollow: their score may still grow.
            if (progress.attempts[i].finished) dl->AddCircleFilled(p, radius, colour);
            else dl->AddCircle(p, radius, colour, 0, thickness);
        }
    };
    for (std::size_t s = 0; s < progress.stageIds.size(); ++s) {
        if (m_hidden.count(progress.stageIds[s])) continue;
        // Stage lines stay light so that the total reads first.
        drawSeries([&](const ProgressAttempt& a) { return a.stages[s]; }, stageColour(progress.stageIds[s], 0.55f),
                   em(0.1f), em(0.2f));
    }
    if (!m_hideTotal)
        drawSeries([](const ProgressAttempt& a) { return std::optional<double>(a.total); },
                   ImGui::GetColorU32(palette::accent), em(0.22f), em(0.32f));

    if (hover < n) {
        const ProgressAttempt& a = progress.attempts[hover];
        ImGui::BeginTooltip();
        ImGui::Text("Attempt #%zu · %s%s", hover + 1, formatLocalDateTime(a.createdMs).c_str(),
                    a.finished ? "" : " (unfinished)");
        ImGui::Text("Total: %s  ·  %s spent", percentText(a.total).c_str(), formatDuration(a.seconds).c_str());
        for (std::size_t s = 0; s < progress.stageIds.size(); ++s) {
            if (!a.stages[s]) continue;
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(stageColour(progress.stageIds[s])));
            ImGui::Bullet();
            ImGui::PopStyleColor();
            ImGui::SameLine();
            auto kind = stageKindFromId(progress.stageIds[s]);
            ImGui::Text("%s: %s", kind ? stageKindTitle(*kind) : progress.stageIds[s].c_str(), percentText(*a.stages[s]).c_str());
        }
        ImGui::TextDisabled("Click to open this attempt");
        ImGui::EndTooltip();
    }
    return clicked;
}

}  // namespace rehearse
