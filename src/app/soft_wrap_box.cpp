#include "app/soft_wrap_box.hpp"

#include "app/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstring>

namespace rehearse {
namespace {

// `text` as the box shows it when not being typed in: a space where a line
// would run past `width` becomes a line break. ImGui 1.86's multi-line boxes
// do not wrap, so an answer or a reference was one long line running off
// the box. Only spaces are replaced, one for one, so a position in the
// shown text is the same position in the real text.
std::string softWrapped(const std::string& text, float width) {
    std::string shown = text;
    const ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const char* const begin = shown.c_str();
    const char* const end = begin + shown.size();
    for (const char* line = begin; line < end;) {
        const char* lineEnd = static_cast<const char*>(std::memchr(line, '\n', std::size_t(end - line)));
        if (!lineEnd) lineEnd = end;
        const char* at = line;
        while (at < lineEnd) {
            const char* breakAt = font->CalcWordWrapPositionA(scale, at, lineEnd, width);
            if (breakAt >= lineEnd || breakAt <= at) break;
            if (*breakAt != ' ') {
                // A word longer than the line, or a break before punctuation: leave it whole.
                at = breakAt + 1;
                continue;
            }
            shown[std::size_t(breakAt - begin)] = '\n';
            at = breakAt + 1;
        }
        line = lineEnd + 1;
    }
    return shown;
}

struct SoftWrap {
    const std::string* real;  // the text itself, put back when typing starts
    bool restored;            // it was: the box's buffer is the author's own from then on
};

// Typing starts in a box that showed the soft-wrapped copy: the real text
// (the same length, spaces where the copy had breaks) replaces it in the
// box's own buffer, so the cursor stays where it was clicked.
int restoreSoftWraps(ImGuiInputTextCallbackData* data) {
    auto* wrap = static_cast<SoftWrap*>(data->UserData);
    if (data->EventFlag != ImGuiInputTextFlags_CallbackAlways || wrap->restored) return 0;
    wrap->restored = true;
    if (std::size_t(data->BufTextLen) == wrap->real->size() &&
        std::memcmp(data->Buf, wrap->real->data(), wrap->real->size()) != 0) {
        std::memcpy(data->Buf, wrap->real->data(), wrap->real->size());
        data->BufDirty = true;
    }
    return 0;
}

}  // namespace

bool SoftWrapBox::draw(const std::string& id, std::string& value, float rows, const char* hint) {
    const ImGuiStyle& style = ImGui::GetStyle();
    // The box takes the width left on the line (ImGui sizes a width of -1 so).
    const float wrapWidth = ImGui::GetContentRegionAvail().x - 1 - 2 * style.FramePadding.x - style.ScrollbarSize;
    const std::string wrapped = wrapWidth > em(4) ? softWrapped(value, wrapWidth) : value;
    const float lines = float(std::count(wrapped.begin(), wrapped.end(), '\n') + 1);
    const float height = std::max(em(1.4f * rows),
                                  std::min(lines, 12.0f) * ImGui::GetTextLineHeight() + 2 * style.FramePadding.y);
    // While typed in, the box holds the real text (ImGui reads the value only when typing starts).
    const bool typing = m_typing == id;
    std::string shown = typing ? value : wrapped;
    SoftWrap wrap{&value, typing && m_restored};
    const bool changed =
        ImGui::InputTextMultiline(("##" + id).c_str(), &shown, ImVec2(-1, height),
                                  ImGuiInputTextFlags_NoUndoRedo | ImGuiInputTextFlags_CallbackAlways, restoreSoftWraps, &wrap);
    if (ImGui::IsItemActive()) {
        m_typing = id;
        m_restored = wrap.restored;
    } else if (typing) {
        m_typing.clear();
        m_restored = false;
    }
    if (!ImGui::IsItemActive() && value.empty() && hint[0]) {
        // Wrapped like the text, so a long hint is not cut at the box's edge.
        const ImVec2 at = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                                            ImVec2(at.x + style.FramePadding.x, at.y + style.FramePadding.y),
                                            ImGui::GetColorU32(ImGuiCol_TextDisabled), hint, nullptr, wrapWidth);
    }
    // Starting to type puts the real text back: not an edit.
    if (!changed || shown == value) return false;
    value = shown;
    return true;
}

}  // namespace rehearse
