#include "app/widgets.hpp"

#include "app/fonts.hpp"
#include "app/theme.hpp"

#include "core/text/line_breaking.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <vector>

namespace rehearse {

void drawChip(const char* text, const ImVec4& background, const ImVec4& foreground) {
    ImVec2 padding(em(0.45f), em(0.12f));
    ImVec2 size = ImGui::CalcTextSize(text);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 end(pos.x + size.x + padding.x * 2, pos.y + size.y + padding.y * 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, end, ImGui::GetColorU32(background), em(0.6f));
    draw->AddText(ImVec2(pos.x + padding.x, pos.y + padding.y), ImGui::GetColorU32(foreground), text);
    ImGui::Dummy(ImVec2(end.x - pos.x, end.y - pos.y));
}

bool chipButton(const char* text, bool selected) {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em(0.7f));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.55f), em(0.15f)));
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? palette::primary : palette::chip);
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? ImVec4(1, 1, 1, 1) : palette::text);
    bool clicked = ImGui::Button(text);
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(2);
    return clicked;
}

void wrappedText(std::string_view text, float width) {
    // The core's line breaking, measured with the current font: ImGui's own
    // wrap breaks after any comma, splitting "5,000" over two lines.
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const TextWidth measure = [font, size](std::string_view s) {
        return double(font->CalcTextSizeA(size, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x);
    };
    std::string lines;
    bool first = true;
    for (const LineSpan& span : breakLines(text, std::max(width, size), measure)) {
        if (!first) lines += '\n';
        lines += span.in(text);
        first = false;
    }
    // One item, as TextUnformatted with a wrap position was.
    ImGui::TextUnformatted(lines.data(), lines.data() + lines.size());
}

void wrappedColoredText(const ImVec4& colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    wrappedText(text, ImGui::GetContentRegionAvail().x);
    ImGui::PopStyleColor();
}

void focusRing() {
    const float gap = em(0.12f);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - gap, min.y - gap), ImVec2(max.x + gap, max.y + gap),
                                        ImGui::GetColorU32(palette::accent), ImGui::GetStyle().FrameRounding + gap,
                                        0, em(0.14f));
}

float buttonWidthFor(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

bool sameLineIfFits(float width) {
    // GetContentRegionMax, not GetWindowContentRegionMax: in a table cell it is the column's edge.
    const float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
    const float lastEnd = ImGui::GetItemRectMax().x;
    if (lastEnd + ImGui::GetStyle().ItemSpacing.x + width > right + 0.5f) return false;
    ImGui::SameLine();
    return true;
}

std::string fitToWidth(std::string_view text, float width) {
    const auto widthOf = [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; };
    if (text.empty() || widthOf(text) <= width) return std::string(text);
    static const std::string_view ellipsis = "\xE2\x80\xA6";  // U+2026, in the atlas's punctuation range
    const float room = width - widthOf(ellipsis);
    // Cut only where a character starts, never inside a UTF-8 sequence: the
    // longest such prefix that fits, found by halving.
    std::vector<std::size_t> cuts;
    for (std::size_t at = 0; at < text.size(); ++at)
        if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) cuts.push_back(at);
    std::size_t low = 0, high = cuts.size() - 1;  // cuts[low] fits (0 always does); cuts.back() is the last tried
    while (low < high) {
        const std::size_t mid = low + (high - low + 1) / 2;
        if (widthOf(text.substr(0, cuts[mid])) <= room) low = mid;
        else high = mid - 1;
    }
    std::size_t end = cuts[low];
    while (end > 0 && text[end - 1] == ' ') --end;  // "fraud …" would read as a gap
    return std::string(text.substr(0, end)) + std::string(ellipsis);
}

void heading(const char* text) {
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

ImVec4 errorColour() { return ImVec4(0.82f, 0.18f, 0.16f, 1.0f); }

bool primaryButton(const char* label, const ImVec2& size) {
    ImGui::PushStyleColor(ImGuiCol_Button, palette::primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette::primaryHover);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    const bool clicked = ImGui::Button(label, size);
    ImGui::PopStyleColor(3);
    return clicked;
}

}  // namespace rehearse
