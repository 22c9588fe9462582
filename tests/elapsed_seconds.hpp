// Wall time since `start`, for tests that bound how long something takes.
#pragma once

#include <chrono>

namespace rehearse::test {

inline double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace rehearse::test
