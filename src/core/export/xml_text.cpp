#include "core/export/xml_text.hpp"

#include "core/text/utf8.hpp"

namespace rehearse {

namespace {

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
        const Utf8Step d = decodeUtf8(text, pos);  // invalid bytes: a maximal subpart, one U+FFFD
        if (!d.valid) {
            out += kReplacementUtf8;
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
