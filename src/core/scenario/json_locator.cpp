#include "core/scenario/json_locator.hpp"

#include <algorithm>

namespace rehearse {

std::string jsonPointerChild(const std::string& parent, const std::string& key) {
    std::string out = parent + "/";
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string jsonPointerChild(const std::string& parent, std::size_t index) {
    return parent + "/" + std::to_string(index);
}

// One walk over the text, noting where each value and member name starts.
class JsonLocator::Scanner {
public:
    Scanner(const std::string& text, std::unordered_map<std::string, std::size_t>& values,
            std::unordered_map<std::string, std::size_t>& keys)
        : m_text(text), m_values(values), m_keys(keys) {}

    void run() {
        skipWhitespace();
        if (m_pos < m_text.size()) scanValue("", 0);
    }

private:
    void skipWhitespace() {
        while (m_pos < m_text.size()) {
            char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
            ++m_pos;
        }
    }

    // Leaves m_pos just past the closing quote.
    void scanString() {
        ++m_pos;  // opening quote
        while (m_pos < m_text.size()) {
            char c = m_text[m_pos++];
            if (c == '\\') ++m_pos;
            else if (c == '"') return;
        }
    }

    void scanValue(const std::string& pointer, int depth) {
        m_values.emplace(pointer, m_pos);
        if (m_pos >= m_text.size() || depth > kMaxDepth) return;
        char c = m_text[m_pos];
        if (c == '{') {
            ++m_pos;
            skipWhitespace();
            while (m_pos < m_text.size() && m_text[m_pos] != '}') {
                std::size_t keyStart = m_pos;
                scanString();
                // Keys in scenario files are plain; decode only the escapes we meet.
                std::string key;
                for (std::size_t i = keyStart + 1; i + 1 < m_pos && i < m_text.size(); ++i) {
                    if (m_text[i] == '\\' && i + 2 < m_pos) ++i;
                    key += m_text[i];
                }
                std::string child = jsonPointerChild(pointer, key);
                m_keys.emplace(child, keyStart);
                skipWhitespace();
                if (m_pos < m_text.size() && m_text[m_pos] == ':') ++m_pos;
                skipWhitespace();
                scanValue(child, depth + 1);
                skipWhitespace();
                if (m_pos < m_text.size() && m_text[m_pos] == ',') ++m_pos;
                else break;
                skipWhitespace();
            }
            if (m_pos < m_text.size()) ++m_pos;  // closing brace
        } else if (c == '[') {
            ++m_pos;
            skipWhitespace();
            std::size_t index = 0;
            while (m_pos < m_text.size() && m_text[m_pos] != ']') {
                scanValue(jsonPointerChild(pointer, index++), depth + 1);
                skipWhitespace();
                if (m_pos < m_text.size() && m_text[m_pos] == ',') ++m_pos;
                else break;
                skipWhitespace();
            }
            if (m_pos < m_text.size()) ++m_pos;  // closing bracket
        } else if (c == '"') {
            scanString();
        } else {
            // number, true, false, null
            while (m_pos < m_text.size()) {
                char d = m_text[m_pos];
                if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t') break;
                ++m_pos;
            }
        }
    }

    const std::string& m_text;
    std::unordered_map<std::string, std::size_t>& m_values;
    std::unordered_map<std::string, std::size_t>& m_keys;
    std::size_t m_pos = 0;
};

void JsonLocator::scanOnce() const {
    if (m_scanned) return;
    m_scanned = true;
    Scanner(m_text, m_valueOffsets, m_keyOffsets).run();
}

TextPosition JsonLocator::positionOfOffset(std::size_t offset) const {
    if (m_lineStarts.empty()) {
        m_lineStarts.push_back(0);
        for (std::size_t i = 0; i < m_text.size(); ++i)
            if (m_text[i] == '\n') m_lineStarts.push_back(i + 1);
    }
    offset = std::min(offset, m_text.size());
    // The last line that starts at or before `offset`.
    auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    std::size_t line = static_cast<std::size_t>(next - m_lineStarts.begin());  // 1-based
    TextPosition p;
    p.line = static_cast<int>(line);
    p.column = static_cast<int>(offset - m_lineStarts[line - 1]) + 1;
    return p;
}

TextPosition JsonLocator::positionOf(const std::string& pointer) const {
    scanOnce();
    std::string p = pointer;
    for (;;) {
        auto it = m_valueOffsets.find(p);
        if (it != m_valueOffsets.end()) return positionOfOffset(it->second);
        std::size_t slash = p.rfind('/');
        if (p.empty() || slash == std::string::npos) return {};
        p.resize(slash);
    }
}

TextPosition JsonLocator::keyPositionOf(const std::string& pointer) const {
    scanOnce();
    auto it = m_keyOffsets.find(pointer);
    if (it != m_keyOffsets.end()) return positionOfOffset(it->second);
    return positionOf(pointer);
}

}  // namespace rehearse
