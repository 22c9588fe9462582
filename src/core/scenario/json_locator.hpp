// Where each value of a JSON text starts, by JSON pointer ("/stages/2/minutes").
// nlohmann/json reports positions only for syntax errors; semantic errors
// (a wrong type, a duplicate id) need the position of a value that parsed
// fine, so we walk the text once more and note where every value begins.
//
// Nothing is computed until a position is asked for: a valid file, the
// common case, costs nothing here. The first question walks the text once
// (offsets of every value and member name); line and column come from a
// table of line starts built once and searched by bisection. So the work is
// one pass plus O(log lines) per diagnostic, never a scan per question.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace rehearse {

struct TextPosition {
    int line = 1;    // 1-based
    int column = 1;  // 1-based, in bytes
};

class JsonLocator {
public:
    // `text` must outlive the locator. It should be syntactically valid JSON
    // (parse it with nlohmann first); on anything else the map is simply
    // incomplete. Not thread-safe: the caches fill on first use.
    explicit JsonLocator(const std::string& text) : m_text(text) {}

    // Position of the value at `pointer`; falls back to the nearest ancestor
    // that is known, and finally to 1:1.
    TextPosition positionOf(const std::string& pointer) const;

    // Position of the member *name* for object members, so that "unknown
    // field" points at the key rather than its value.
    TextPosition keyPositionOf(const std::string& pointer) const;

    // Line and column of a byte offset in the text (past the end: the end).
    TextPosition positionOfOffset(std::size_t offset) const;

    // Deeper than this is no scenario; the walk stops rather than recurse
    // without bound (the loader refuses such files before asking anyway).
    static constexpr int kMaxDepth = 128;

private:
    class Scanner;
    void scanOnce() const;

    const std::string& m_text;
    mutable bool m_scanned = false;
    mutable std::unordered_map<std::string, std::size_t> m_valueOffsets;
    mutable std::unordered_map<std::string, std::size_t> m_keyOffsets;
    mutable std::vector<std::size_t> m_lineStarts;  // offset of each line's first byte
};

// "/" + key with '~' and '/' escaped as RFC 6901 says.
std::string jsonPointerChild(const std::string& parent, const std::string& key);
std::string jsonPointerChild(const std::string& parent, std::size_t index);

}  // namespace rehearse
