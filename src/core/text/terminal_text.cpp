#include "core/text/terminal_text.hpp"

#include "core/text/utf8.hpp"

#include <cstdio>

namespace rehearse {
namespace {

// Code points that control how a terminal shows text rather than being text.
bool isControl(char32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)  // C0, DEL, C1 (0x9B is CSI)
           || cp == 0x2028 || cp == 0x2029                          // line / paragraph separator
           || cp == 0x061C || cp == 0x200E || cp == 0x200F          // bidi marks
           || (cp >= 0x202A && cp <= 0x202E)                        // bidi embeddings and overrides
           || (cp >= 0x2066 && cp <= 0x2069);                       // bidi isolates
}

void appendEscape(std::string& out, char32_t cp) {
    switch (cp) {
        case '\n': out += "\\n"; return;
        case '\r': out += "\\r"; return;
        case '\t': out += "\\t"; return;
        default: break;
    }
    char buffer[16];
    if (cp < 0x80) std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(cp));
    else std::snprintf(buffer, sizeof buffer, "\\u{%x}", static_cast<unsigned>(cp));
    out += buffer;
}

std::string sanitize(std::string_view text, bool keepLines) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Step step = decodeUtf8(text, pos);
        if (!step.valid) {
            out.append(kReplacementUtf8);
        } else if (isControl(step.codePoint) && !(keepLines && (step.codePoint == '\n' || step.codePoint == '\t'))) {
            appendEscape(out, step.codePoint);
        } else {
            out.append(text.substr(pos, step.length));
        }
        pos += step.length;
    }
    return out;
}

}  // namespace

std::string terminalText(std::string_view text) { return sanitize(text, false); }
std::string terminalLines(std::string_view text) { return sanitize(text, true); }

}  // namespace rehearse
