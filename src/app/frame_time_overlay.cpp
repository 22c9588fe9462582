#include "app/frame_time_overlay.hpp"
#include "app/process_memory.hpp"

#include "app/startup_bench.hpp"
#include "core/numeric/percentile.hpp"

#include <imgui.h>


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
    const float margin = ImGui::GetFontSize() * 0.5f;
    // Bottom left, above everything, never taking a click or the keyboard.
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + margin, viewport->WorkPos.y + viewport->WorkSize.y - margin),
                            ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowBgAlpha(0.85f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoMove;
    if (ImGui::Begin("##frame-time-overlay", nullptr, flags)) {
        ImGui::Text("frame p50 %.1f ms  p95 %.1f ms  (last %zu)", nearestRankPercentile(m_frameMs, 0.5),
                    nearestRankPercentile(m_frameMs, 0.95), m_frameMs.size());
        ImGui::Text("%.1f frames/s  CPU %.1f%% of a core  RSS %.0f MB", m_framesPerSecond, m_cpuShare, m_residentMb);
    }
    ImGui::End();
}

}  // namespace rehearse
