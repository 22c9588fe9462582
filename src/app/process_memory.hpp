// The process's resident memory now and at its peak, from /proc/self/status
// (Linux), in KiB; zero where the system does not say. Header-only so the
// bare ImGui reference window, which links none of Rehearse, reads it the
// same way as the app's benchmarks and frame-time overlay.
#pragma once

#include <cstdlib>
#include <fstream>
#include <string>

namespace rehearse {

struct ProcessMemory {
    long residentKb = 0;
    long peakKb = 0;
};

inline ProcessMemory readProcessMemory() {
    ProcessMemory memory;
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmRSS:", 0) == 0) memory.residentKb = std::atol(line.c_str() + 6);
        if (line.rfind("VmHWM:", 0) == 0) memory.peakKb = std::atol(line.c_str() + 6);
    }
    return memory;
}

}  // namespace rehearse
