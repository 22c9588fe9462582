// Identifies a session's content at one moment, for caches that recompute
// only when the session changed. A session changes only through apply(),
// which grows the journal; the address, scenario id and last action time
// guard against a new session that happens to reuse a freed one's address.
#pragma once

#include "core/session/session.hpp"

#include <cstddef>
#include <string>

namespace rehearse {

struct SessionStamp {
    const Session* session = nullptr;
    std::size_t journalSize = 0;
    double lastActionAt = 0;
    std::string scenarioId;

    static SessionStamp of(const Session& s) {
        return {&s, s.journal().size(), s.lastActionAt(), s.scenario().id};
    }
    friend bool operator==(const SessionStamp& a, const SessionStamp& b) {
        return a.session == b.session && a.journalSize == b.journalSize && a.lastActionAt == b.lastActionAt &&
               a.scenarioId == b.scenarioId;
    }
    friend bool operator!=(const SessionStamp& a, const SessionStamp& b) { return !(a == b); }
};

}  // namespace rehearse
