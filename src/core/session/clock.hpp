// Time enters the session only through a Clock, so that every rule that
// depends on time (stage budgets, timed probes) is deterministic under test.
// Session time is in seconds since the session started and only runs while
// the session is open: a session resumed tomorrow continues where it stopped.
#pragma once

#include <chrono>

namespace rehearse {

class Clock {
public:
    virtual ~Clock() = default;
    virtual double now() const = 0;  // seconds of session time
};

// A clock moved by hand: tests and replays.
class ManualClock : public Clock {
public:
    explicit ManualClock(double start = 0) : m_now(start) {}
    double now() const override { return m_now; }
    void set(double seconds) { m_now = seconds; }
    void advance(double seconds) { m_now += seconds; }

private:
    double m_now;
};

// Real time, starting from `offset` seconds: the app's clock. On resume the
// offset is the session time of the last action, so time closed does not count.
class SteadySessionClock : public Clock {
public:
    explicit SteadySessionClock(double offset = 0)
        : m_offset(offset), m_start(std::chrono::steady_clock::now()) {}
    double now() const override {
        std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - m_start;
        return m_offset + elapsed.count();
    }

private:
    double m_offset;
    std::chrono::steady_clock::time_point m_start;
};

}  // namespace rehearse
