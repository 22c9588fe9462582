// Typed ids for what a scenario and a session refer to by id or by position:
// a fact, a follow-up, a stage of the session and a probe raised in it.
// Each is its own type, so a fact id cannot be passed where a follow-up id is
// expected, nor a probe's position where a stage is meant; the compiler says so.
//
//   FactId       Fact::id, the facts a clarification reveals ("daily-volume")
//   FollowUpId   FollowUp::id, the follow-up a probe raised; empty for a partner's own words
//   StageIndex   position in Scenario::stages and the session's stages (0 = the first)
//   ProbeIndex   position in Session::probes()
//
// They hold exactly what the files hold (the id text, the index), so the
// scenario, journal and pair formats are unchanged: serialising code writes
// and reads `.value`. A stage's kind (StageKind, "clarify", ...) stays the
// scenario's name for a stage; StageIndex is where it sits in this scenario.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <utility>

namespace rehearse {

// A name from a scenario file, typed by what it names (`Tag`).
template <class Tag>
struct TypedName {
    std::string value;

    TypedName() = default;
    explicit TypedName(std::string text) : value(std::move(text)) {}

    bool empty() const { return value.empty(); }

    friend bool operator==(const TypedName& a, const TypedName& b) { return a.value == b.value; }
    friend bool operator!=(const TypedName& a, const TypedName& b) { return a.value != b.value; }
    friend bool operator<(const TypedName& a, const TypedName& b) { return a.value < b.value; }
};

// A position in a list, typed by what the list holds (`Tag`).
template <class Tag>
struct TypedIndex {
    std::size_t value = 0;

    TypedIndex() = default;
    explicit TypedIndex(std::size_t index) : value(index) {}

    TypedIndex next() const { return TypedIndex(value + 1); }

    friend bool operator==(TypedIndex a, TypedIndex b) { return a.value == b.value; }
    friend bool operator!=(TypedIndex a, TypedIndex b) { return a.value != b.value; }
    friend bool operator<(TypedIndex a, TypedIndex b) { return a.value < b.value; }
    friend bool operator<=(TypedIndex a, TypedIndex b) { return a.value <= b.value; }
    friend bool operator>(TypedIndex a, TypedIndex b) { return a.value > b.value; }
    friend bool operator>=(TypedIndex a, TypedIndex b) { return a.value >= b.value; }
};

// What a test failure or a log line shows: the id's text, the index's number.
template <class Tag>
std::ostream& operator<<(std::ostream& out, const TypedName<Tag>& name) {
    return out << name.value;
}
template <class Tag>
std::ostream& operator<<(std::ostream& out, TypedIndex<Tag> index) {
    return out << index.value;
}

using FactId = TypedName<struct FactIdTag>;
using FollowUpId = TypedName<struct FollowUpIdTag>;
using StageIndex = TypedIndex<struct StageIndexTag>;
using ProbeIndex = TypedIndex<struct ProbeIndexTag>;

}  // namespace rehearse

template <class Tag>
struct std::hash<rehearse::TypedName<Tag>> {
    std::size_t operator()(const rehearse::TypedName<Tag>& name) const noexcept {
        return std::hash<std::string>()(name.value);
    }
};

template <class Tag>
struct std::hash<rehearse::TypedIndex<Tag>> {
    std::size_t operator()(rehearse::TypedIndex<Tag> index) const noexcept {
        return std::hash<std::size_t>()(index.value);
    }
};
