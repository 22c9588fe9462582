#include "core/scenario/json_locator.hpp"

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

JsonLocator::JsonLocator(const std::string& text) : m_text(text) {
    skipWhitespace();
    if (m_pos < m_text.size()) scanValue("", 0);
}

void JsonLocator::skipWhitespace() {
    while (m_pos < m_text.size()) {
        char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        ++m_pos;
    }
}

// Leaves m_pos just past the closing quote.
void JsonLocator::scanString() {
    ++m_pos;  // opening quote
    while (m_pos < m_text.size()) {
        char c = m_text[m_pos++];
        if (c == '\\') ++m_pos;
        else if (c == '"') return;
    }
}

void JsonLocator::scanValue(const std::string& pointer, int depth) {
    m_valueOffsets.emplace(pointer, m_pos);
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
            for (std::size_t i = keyStart + 1; i + 1 < m_pos; ++i) {
                if (m_text[i] == '\\' && i + 2 < m_pos) ++i;
                key += m_text[i];
            }
            std::string child = jsonPointerChild(pointer, key);
            m_keyOffsets.emplace(child, keyStart);
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

TextPosition JsonLocator::positionOfOffset(std::size_t offset) const {
    TextPosition p;
    for (std::size_t i = 0; i < offset && i < m_text.size(); ++i) {
        if (m_text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
    }
    return p;
}

TextPosition JsonLocator::positionOf(const std::string& pointer) const {
    std::string p = pointer;
    for (;;) {
        auto it = m_valueOffsets.find(p);
        if (it != m_valueOffsets.end()) return positionOfOffset(it->second);
        if (p.empty()) return {};
        p = p.substr(0, p.rfind('/'));
    }
}

TextPosition JsonLocator::keyPositionOf(const std::string& pointer) const {
    auto it = m_keyOffsets.find(pointer);
    if (it != m_keyOffsets.end()) return positionOfOffset(it->second);
    return positionOf(pointer);
}

}  // namespace rehearse
