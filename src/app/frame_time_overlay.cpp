#include "app/frame_time_overlay.hpp"
#include "app/process_memory.hpp"

#include "app/startup_bench.hpp"
#include "core/numeric/percentile.hpp"

#include <imgui.h>

#include <algorithm>


namespace rehearse {

namespace {

double residentMegabytes() { return double(readProcessMemory().residentKb) / 1024; }

}  // namespace

void FrameTimeOverlay::frameStarted(double now) { m_startedAt = now; }

void FrameTimeOverlay::frameShown(double now) {
    const double ms = (now - m_startedAt) * 1000;
    if (m_frameMs.size() < kFrames) m_frameMs.push_back(ms);
    else m_frameMs[m_next] = ms;
    m_next = (m_next + 1) % kFrames;

    ++m_windowFrames;
    if (m_windowStart < 0) {
        m_windowStart = now;
        m_windowCpuStart = processCpuNanoseconds();
        m_windowFrames = 0;
        return;
    }
    if (now - m_windowStart < 1.0) return;
    const long long cpu = processCpuNanoseconds();
    m_cpuShare = 100.0 * double(cpu - m_windowCpuStart) / 1e9 / (now - m_windowStart);
    m_framesPerSecond = m_windowFrames / (now - m_windowStart);
    m_residentMb = residentMegabytes();
    m_windowStart = now;
    m_windowCpuStart = cpu;
    m_windowFrames = 0;
}

void FrameTimeOverlay::draw() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // One line of small text in the top-right corner, over the window's
    // margin: at 1024x640 with the largest text, two lines at the bottom
    // covered the notes and the canvas toolbar. Whatever it still covers
    // shows through when the pointer comes near.
    const float fontSize = ImGui::GetFontSize();
    const float small = std::max(11.0f, fontSize * 0.55f);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x, viewport->WorkPos.y), ImGuiCond_Always,
                            ImVec2(1, 0));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float near = fontSize;
    const bool pointerNear = mouse.x >= m_shownMin.x - near && mouse.x <= m_shownMax.x + near &&
                             mouse.y >= m_shownMin.y - near && mouse.y <= m_shownMax.y + near;
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, pointerNear ? 0.15f : 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(small * 0.4f, small * 0.1f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
    ImGui::SetNextWindowBgAlpha(0.85f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoMove;
    if (ImGui::Begin("##frame-time-overlay", nullptr, flags)) {
        ImGui::SetWindowFontScale(small / fontSize);
        ImGui::Text("frame p50 %.1f p95 %.1f ms  %.1f/s  CPU %.1f%%  RSS %.0f MB", nearestRankPercentile(m_frameMs, 0.5),
                    nearestRankPercentile(m_frameMs, 0.95), m_framesPerSecond, m_cpuShare, m_residentMb);
        m_shownMin = ImGui::GetWindowPos();
        m_shownMax = ImVec2(m_shownMin.x + ImGui::GetWindowSize().x, m_shownMin.y + ImGui::GetWindowSize().y);
    }
    ImGui::End();
    ImGui::PopStyleVar(4);
}

}  // namespace rehearse
