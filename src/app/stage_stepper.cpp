#include "app/stage_stepper.hpp"

#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/interviewer/coverage.hpp"
#include "core/pair/candidate_view.hpp"
#include "core/session/duration_format.hpp"

#include <algorithm>
#include <string>

namespace rehearse {

std::optional<StageIndex> StageStepper::draw(const CandidateView& view, const CoverageReport* coverage) {
    std::optional<StageIndex> clicked;
    const std::size_t count = view.stages.size();
    if (count == 0) return clicked;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x;
    const float step = width / static_cast<float>(count);
    const float radius = em(0.55f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float lineY = origin.y + radius + em(0.1f);
    // When titles do not fit their columns (a narrow window, large text),
    // only the current stage is labelled, kept inside the stepper; the
    // others keep their numbers and name themselves on hover.
    bool titlesFit = true;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string& title = view.stages[i].title;
        ImGui::PushFont(fonts().bold);
        titlesFit = titlesFit && ImGui::CalcTextSize(title.c_str()).x + em(0.6f) <= step;
        ImGui::PopFont();
    }
    // Centred on x, but never past the stepper's edges.
    auto labelX = [&](float cx, float labelWidth) {
        return std::clamp(cx - labelWidth * 0.5f, origin.x, std::max(origin.x, origin.x + width - labelWidth));
    };

    for (std::size_t i = 0; i < count; ++i) {
        const CandidateView::StageInfo& stage = view.stages[i];
        const bool current = StageIndex(i) == view.currentStage;
        const bool done = stage.visited && !current;
        const bool over = stage.seconds > stage.minutes * 60.0;
        const float cx = origin.x + step * (static_cast<float>(i) + 0.5f);

        // Connector to the next stage.
        if (i + 1 < count)
            draw->AddLine(ImVec2(cx + radius + em(0.3f), lineY), ImVec2(cx + step - radius - em(0.3f), lineY),
                          ImGui::GetColorU32(done ? palette::done : palette::rail), em(0.12f));

        ImVec4 fill = current ? palette::accent : done ? palette::done : palette::rail;
        draw->AddCircleFilled(ImVec2(cx, lineY), radius, ImGui::GetColorU32(fill), 24);
        if (current)
            draw->AddCircle(ImVec2(cx, lineY), radius + em(0.22f), ImGui::GetColorU32(palette::accentSoft), 24, em(0.18f));
        char number[24];
        std::snprintf(number, sizeof number, done ? "\xE2\x9C\x93" : "%zu", i + 1);
        ImVec2 numberSize = ImGui::CalcTextSize(number);
        draw->AddText(ImVec2(cx - numberSize.x * 0.5f, lineY - numberSize.y * 0.5f),
                      ImGui::GetColorU32(current || done ? ImVec4(1, 1, 1, 1) : palette::muted), number);

        const char* title = stage.title.c_str();
        const bool named = widget_handles::recording();
        const std::string handle = named ? "stepper.stage." + std::to_string(i + 1) : std::string();
        if (named)
            widget_handles::nameRect(handle, ImVec2(cx - radius, lineY - radius), ImVec2(cx + radius, lineY + radius),
                                     number, false);
        if (titlesFit || current) {
            ImGui::PushFont(current ? fonts().bold : fonts().regular);
            ImVec2 titleSize = ImGui::CalcTextSize(title);
            const ImVec2 titleAt(labelX(cx, titleSize.x), lineY + radius + em(0.3f));
            draw->AddText(titleAt, ImGui::GetColorU32(current ? palette::text : palette::muted), title);
            ImGui::PopFont();
            if (named)
                widget_handles::nameRect(handle + ".title", titleAt,
                                         ImVec2(titleAt.x + titleSize.x, titleAt.y + titleSize.y), title, false);

            std::string time = formatDuration(stage.seconds) + " / " + formatDuration(stage.minutes * 60);
            ImVec2 timeSize = ImGui::CalcTextSize(time.c_str());
            const ImVec2 timeAt(labelX(cx, timeSize.x), lineY + radius + em(1.5f));
            draw->AddText(timeAt, ImGui::GetColorU32(over ? palette::warning : palette::muted), time.c_str());
            if (named)
                widget_handles::nameRect(handle + ".time", timeAt,
                                         ImVec2(timeAt.x + timeSize.x, timeAt.y + timeSize.y), time, false);
        }

        if (coverage && i < coverage->stages.size()) {
            const float barWidth = em(4.5f), barY = lineY + radius + em(2.75f);
            const float fraction = static_cast<float>(coverage->stages[i].fraction());
            const ImVec2 start(cx - barWidth * 0.5f, barY);
            draw->AddRectFilled(start, ImVec2(start.x + barWidth, barY + em(0.22f)),
                                ImGui::GetColorU32(palette::track), em(0.11f));
            if (fraction > 0)
                draw->AddRectFilled(start, ImVec2(start.x + barWidth * fraction, barY + em(0.22f)),
                                    ImGui::GetColorU32(palette::done), em(0.11f));
        }

        // The whole column is the click target.
        ImGui::SetCursorScreenPos(ImVec2(origin.x + step * static_cast<float>(i), origin.y));
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::InvisibleButton("stage", ImVec2(step, em(3.9f)))) clicked = StageIndex(i);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s: %s", title, stage.goal.c_str());
        ImGui::PopID();
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + em(4.0f)));
    if (clicked && *clicked == view.currentStage) clicked.reset();
    return clicked;
}

}  // namespace rehearse
