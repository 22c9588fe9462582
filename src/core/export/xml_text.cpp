#include "core/export/xml_text.hpp"

#include <cstdint>

namespace rehearse {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence at `pos` and its code point, or
// 0 and the length of the maximal subpart to replace (at least 1). The
// ranges are the Unicode Standard's table 3-7, so overlong forms,
// surrogates and code points above U+10FFFF are all invalid.
struct Decoded {
    size_t length;
    char32_t codePoint;
    bool valid;
};

Decoded decode(std::string_view s, size_t pos) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char b0 = byte(pos);
    if (b0 < 0x80) return {1, b0, true};
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    char32_t cp;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        cp = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;       // no overlong forms
        if (b0 == 0xED) hi = 0x9F;       // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        cp = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;       // no overlong forms
        if (b0 == 0xF4) hi = 0x8F;       // nothing above U+10FFFF
    } else {
        return {1, 0, false};            // a continuation byte or C0, C1, F5..FF
    }
    for (size_t k = 1; k <= need; ++k) {
        if (pos + k >= s.size()) return {k, 0, false};
        const unsigned char b = byte(pos + k);
        if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return {k, 0, false};
        cp = (cp << 6) | (b & 0x3F);
    }
    return {need + 1, cp, true};
}

bool allowedInXml(char32_t cp) {
    if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
    if (cp >= 0xFDD0 && cp <= 0xFDEF) return false;  // non-characters
    if ((cp & 0xFFFE) == 0xFFFE) return false;       // U+FFFE, U+FFFF and their kin in every plane
    return true;
}

}  // namespace

std::string escapeXmlText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        const Decoded d = decode(text, pos);
        if (!d.valid) {
            out += kReplacement;
        } else if (allowedInXml(d.codePoint)) {
            switch (d.codePoint) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out.append(text.substr(pos, d.length));
            }
        }
        pos += d.length;
    }
    return out;
}

}  // namespace rehearse
