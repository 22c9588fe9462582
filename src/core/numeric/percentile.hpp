// The p-th percentile of a set of measurements (frame times, latencies), as
// the benchmarks and the frame-time overlay print it.
#pragma once

#include <vector>

namespace rehearse {

// Nearest rank: the value at p * (n - 1), rounded, of the sorted values (so
// p = 0.5 of an even count is the upper middle one, a value that occurred).
// p is clamped to 0..1; no values: 0.
double nearestRankPercentile(std::vector<double> values, double p);

}  // namespace rehearse
