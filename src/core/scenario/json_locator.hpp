// Where each value of a JSON text starts, by JSON pointer ("/stages/2/minutes").
// nlohmann/json reports positions only for syntax errors; semantic errors
// (a wrong type, a duplicate id) need the position of a value that parsed
// fine, so we walk the text once more and note where every value begins.
#pragma once

#include <string>
#include <unordered_map>

namespace rehearse {

struct TextPosition {
    int line = 1;    // 1-based
    int column = 1;  // 1-based, in bytes
};

class JsonLocator {
public:
    // `text` must be syntactically valid JSON (parse it with nlohmann first);
    // on anything else the map is simply incomplete.
    explicit JsonLocator(const std::string& text);

    // Position of the value at `pointer`; falls back to the nearest ancestor
    // that is known, and finally to 1:1.
    TextPosition positionOf(const std::string& pointer) const;

    // Position of the member *name* for object members, so that "unknown
    // field" points at the key rather than its value.
    TextPosition keyPositionOf(const std::string& pointer) const;

    // Line and column of a byte offset in the text.
    TextPosition positionOfOffset(std::size_t offset) const;

private:
    void scanValue(const std::string& pointer, int depth);
    void scanString();
    void skipWhitespace();

    // Deeper than this is no scenario; stop rather than recurse without bound.
    static constexpr int kMaxDepth = 128;

    const std::string& m_text;
    std::size_t m_pos = 0;
    std::unordered_map<std::string, std::size_t> m_valueOffsets;
    std::unordered_map<std::string, std::size_t> m_keyOffsets;
};

// "/" + key with '~' and '/' escaped as RFC 6901 says.
std::string jsonPointerChild(const std::string& parent, const std::string& key);
std::string jsonPointerChild(const std::string& parent, std::size_t index);

}  // namespace rehearse
