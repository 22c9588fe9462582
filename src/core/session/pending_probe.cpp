#include "core/session/pending_probe.hpp"

#include <algorithm>

namespace rehearse {

std::optional<ProbeIndex> pendingProbe(const Session& session) {
    const std::vector<Probe>& probes = session.probes();
    for (std::size_t i = probes.size(); i-- > 0;)
        if (probes[i].state == Probe::State::Open) return ProbeIndex(i);
    return std::nullopt;
}

std::size_t openProbeCount(const Session& session) {
    const std::vector<Probe>& probes = session.probes();
    return static_cast<std::size_t>(std::count_if(
        probes.begin(), probes.end(), [](const Probe& p) { return p.state == Probe::State::Open; }));
}

}  // namespace rehearse
