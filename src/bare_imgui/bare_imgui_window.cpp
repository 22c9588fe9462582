// The reference `rehearse bench startup` measures Rehearse against: a bare
// Dear ImGui window as the library's own example builds it (GLFW + OpenGL3
// backends, default font, the demo window), nothing of Rehearse in it. With
// --first-frame it prints when its first frame with the demo window in it is
// on screen and exits, the same protocol as `rehearse --first-frame`: the
// monotonic clock and the CPU time of all its threads, in nanoseconds.
// `rehearse bench frames|canvas --window|memory` run it with --bench-frames
// (frame-to-frame times of 60 frames, after 20 to warm up) or
// --bench-memory (resident memory after 30 frames), and --size WxH.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "app/process_memory.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

namespace {

long long nanoseconds(clockid_t clock) {
    timespec now{};
    clock_gettime(clock, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

}  // namespace

int main(int argc, char** argv) {
    bool firstFrameOnly = false, benchFrames = false, benchMemory = false;
    int windowWidth = 1440, windowHeight = 900;
    for (int i = 1; i < argc; ++i) {
        firstFrameOnly = firstFrameOnly || std::strcmp(argv[i], "--first-frame") == 0;
        benchFrames = benchFrames || std::strcmp(argv[i], "--bench-frames") == 0;
        benchMemory = benchMemory || std::strcmp(argv[i], "--bench-memory") == 0;
        if (std::strcmp(argv[i], "--size") == 0 && i + 1 < argc) std::sscanf(argv[++i], "%dx%d", &windowWidth, &windowHeight);
    }
    const bool benchmark = benchFrames || benchMemory;
    constexpr int kWarmUp = 20, kMeasured = 60, kMemoryFrames = 30;
    int frame = 0;
    std::vector<double> frameMs;
    long long cpuAtStart = 0;
    auto lastFrame = std::chrono::steady_clock::now();
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(windowWidth, windowHeight, "Dear ImGui", nullptr, nullptr);
    if (!window) return 1;
    glfwMakeContextCurrent(window);
    glfwSwapInterval(benchmark ? 0 : 1);  // measured: as fast as it goes, as rehearse's runs

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::StyleColorsDark();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    while (!glfwWindowShouldClose(window)) {
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        ImGui::ShowDemoWindow();
        ImGui::Render();
        int width = 0, height = 0;
        glfwGetFramebufferSize(window, &width, &height);
        glViewport(0, 0, width, height);
        glClearColor(0.45f, 0.55f, 0.60f, 1.00f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        // The first frame that shows the demo window: ImGui keeps a new
        // window hidden for a frame while it measures it, and a frame of
        // background alone would make the reference look faster than it is.
        if (firstFrameOnly && ImGui::GetDrawData()->TotalVtxCount > 0) {
            glFinish();
            std::printf("first-frame %lld %lld\n", nanoseconds(CLOCK_MONOTONIC), nanoseconds(CLOCK_PROCESS_CPUTIME_ID));
            std::fflush(stdout);
            glfwSetWindowShouldClose(window, GLFW_TRUE);
        }
        if (benchmark) {
            glFinish();  // the frame is drawn, not just queued
            const auto now = std::chrono::steady_clock::now();
            if (frame > kWarmUp) frameMs.push_back(std::chrono::duration<double, std::milli>(now - lastFrame).count());
            if (frame == kWarmUp) cpuAtStart = nanoseconds(CLOCK_PROCESS_CPUTIME_ID);
            lastFrame = now;
            ++frame;
            if (benchFrames && frame > kWarmUp + kMeasured) {
                std::printf("bench-phase frames");
                for (double ms : frameMs) std::printf(" %.3f", ms);
                std::printf("\nbench-phase frames-cpu %.3f\n",
                            double(nanoseconds(CLOCK_PROCESS_CPUTIME_ID) - cpuAtStart) / 1e6 / double(frameMs.size()));
                glfwSetWindowShouldClose(window, GLFW_TRUE);
            }
            if (benchMemory && frame >= kMemoryFrames) {
                const rehearse::ProcessMemory memory = rehearse::readProcessMemory();
                std::printf("bench-memory %ld %ld\n", memory.residentKb, memory.peakKb);
                glfwSetWindowShouldClose(window, GLFW_TRUE);
            }
        }
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
