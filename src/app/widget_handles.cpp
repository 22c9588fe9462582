#include "app/widget_handles.hpp"

// Read only, for whether a panel shows a scrollbar and which top-level
// window it belongs to; ImGui's public API tells neither.
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <vector>

namespace rehearse::widget_handles {

namespace detail {
bool recording = false;
}

namespace {

struct Record {
    std::string id, label, layer;
    ImVec2 min, max;
    ImVec2 clipMin, clipMax;  // what its panel shows of it
    bool scrollsX = false, scrollsY = false;  // its panel scrolls that way: partly out of view is fine there
    bool clipped = false;     // its label did not fit
    bool area = false;        // holds other widgets (nameArea)
};

std::string g_path;
std::string g_lastWritten;
std::vector<Record> g_frame;

std::string_view visibleLabel(std::string_view label) {
    const std::size_t hidden = label.find("##");
    return hidden == std::string_view::npos ? label : label.substr(0, hidden);
}

void add(std::string_view id, ImVec2 min, ImVec2 max, std::string_view label, bool clipped) {
    Record record;
    record.id = std::string(id);
    record.label = std::string(visibleLabel(label));
    const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
    record.layer = window->RootWindow ? window->RootWindow->Name : window->Name;
    record.min = min;
    record.max = max;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    record.clipMin = draw->GetClipRectMin();
    record.clipMax = draw->GetClipRectMax();
    // A panel the person can scroll may hide part of a widget; one without
    // a scrollbar (even if its content overflows) may not.
    record.scrollsX = window->ScrollbarX;
    record.scrollsY = window->ScrollbarY;
    record.clipped = clipped;
    g_frame.push_back(std::move(record));
}

nlohmann::json rect(ImVec2 min, ImVec2 max) {
    return {{"x", min.x}, {"y", min.y}, {"w", max.x - min.x}, {"h", max.y - min.y}};
}

}  // namespace

void startRecording(std::string path) {
    g_path = std::move(path);
    detail::recording = !g_path.empty();
}

void nameItem(std::string_view id, std::string_view label, LabelFit fit) {
    if (!recording()) return;
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const std::string_view shown = visibleLabel(label);
    bool clipped = false;
    if (fit != LabelFit::None && !shown.empty()) {
        const float padding = fit == LabelFit::Framed ? ImGui::GetStyle().FramePadding.x * 2 : 0.0f;
        const float textWidth = ImGui::CalcTextSize(shown.data(), shown.data() + shown.size()).x;
        clipped = textWidth + padding > max.x - min.x + 0.5f;
    }
    add(id, min, max, label, clipped);
}

void nameArea(std::string_view id) {
    if (!recording()) return;
    add(id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), {}, false);
    g_frame.back().area = true;
}

void nameRect(std::string_view id, ImVec2 min, ImVec2 max, std::string_view label, bool clipped) {
    if (recording()) add(id, min, max, label, clipped);
}

void beginFrame() {
    g_frame.clear();
}

bool endFrame(std::string& error) {
    if (!recording()) return true;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    nlohmann::json widgets = nlohmann::json::array();
    for (const Record& r : g_frame) {
        widgets.push_back({{"id", r.id},
                           {"label", r.label},
                           {"layer", r.layer},
                           {"rect", rect(r.min, r.max)},
                           {"clip", rect(r.clipMin, r.clipMax)},
                           {"scrolls", {{"x", r.scrollsX}, {"y", r.scrollsY}}},
                           {"clipped", r.clipped},
                           {"area", r.area}});
    }
    nlohmann::json frame = {{"window", {{"w", display.x}, {"h", display.y}}}, {"widgets", std::move(widgets)}};
    std::string text = frame.dump(1);
    if (text == g_lastWritten) return true;
    const std::string temporary = g_path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text << '\n';
        if (!out.flush()) {
            detail::recording = false;  // said once, not every frame
            error = "cannot write the widget list to " + temporary;
            return false;
        }
    }
    if (std::rename(temporary.c_str(), g_path.c_str()) != 0) {
        detail::recording = false;
        error = "cannot replace " + g_path;
        return false;
    }
    g_lastWritten = std::move(text);
    return true;
}

}  // namespace rehearse::widget_handles
