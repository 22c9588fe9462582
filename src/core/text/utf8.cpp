#include "core/text/utf8.hpp"

namespace rehearse {
namespace {

bool inRange(unsigned char byte, unsigned char low, unsigned char high) { return byte >= low && byte <= high; }

bool isContinuationByte(char byte) { return inRange(static_cast<unsigned char>(byte), 0x80, 0xBF); }

constexpr std::size_t kMaxSequenceLength = 4;

}  // namespace

Utf8Step decodeUtf8(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) return {lead, 1, true};

    // Table 3-7 of the Unicode Standard: the lead byte fixes the length and
    // the allowed range of the second byte (which rules out overlong forms,
    // surrogates and values above U+10FFFF); later bytes are 80..BF.
    std::size_t length = 0;
    unsigned char secondLow = 0x80, secondHigh = 0xBF;
    char32_t value = 0;
    if (inRange(lead, 0xC2, 0xDF)) {
        length = 2;
        value = lead & 0x1F;
    } else if (inRange(lead, 0xE0, 0xEF)) {
        length = 3;
        value = lead & 0x0F;
        if (lead == 0xE0) secondLow = 0xA0;
        if (lead == 0xED) secondHigh = 0x9F;
    } else if (inRange(lead, 0xF0, 0xF4)) {
        length = 4;
        value = lead & 0x07;
        if (lead == 0xF0) secondLow = 0x90;
        if (lead == 0xF4) secondHigh = 0x8F;
    } else {
        return {kReplacementCharacter, 1, false};  // 80..C1, F5..FF never start a sequence
    }
    for (std::size_t i = 1; i < length; ++i) {
        if (pos + i >= text.size()) return {kReplacementCharacter, i, false};
        const unsigned char next = byte(i);
        const bool ok = i == 1 ? inRange(next, secondLow, secondHigh) : inRange(next, 0x80, 0xBF);
        if (!ok) return {kReplacementCharacter, i, false};
        value = (value << 6) | (next & 0x3F);
    }
    return {value, length, true};
}

char32_t readUtf8(std::string_view text, std::size_t& pos) {
    const Utf8Step step = decodeUtf8(text, pos);
    pos += step.length;
    return step.valid ? step.codePoint : kReplacementCharacter;
}

std::size_t nextUtf8Boundary(std::string_view text, std::size_t pos) { return pos + decodeUtf8(text, pos).length; }

std::size_t utf8CharacterStart(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return text.size();
    if (!isContinuationByte(text[pos])) return pos;
    // Only a lead byte starts a sequence longer than one byte, and every byte
    // after it is a continuation byte: the character holding `pos` starts at
    // the nearest byte before it that is not one, if that sequence reaches
    // `pos`; otherwise `pos` is a stray continuation byte, a character of its own.
    std::size_t back = 1;
    while (back < kMaxSequenceLength && back <= pos && isContinuationByte(text[pos - back])) ++back;
    if (back == kMaxSequenceLength || back > pos) return pos;  // no lead byte close enough
    const std::size_t lead = pos - back;
    return lead + decodeUtf8(text, lead).length > pos ? lead : pos;
}

std::size_t previousUtf8Boundary(std::string_view text, std::size_t pos) { return utf8CharacterStart(text, pos - 1); }

bool isUtf8Boundary(std::string_view text, std::size_t pos) { return utf8CharacterStart(text, pos) == pos; }

bool isValidUtf8(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const Utf8Step step = decodeUtf8(text, pos);
        if (!step.valid) return false;
        pos += step.length;
    }
    return true;
}

std::string repairUtf8(std::string_view text, std::size_t* replaced) {
    if (replaced) *replaced = 0;
    if (isValidUtf8(text)) return std::string(text);
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Step step = decodeUtf8(text, pos);
        if (step.valid) {
            out.append(text.substr(pos, step.length));
        } else {
            out.append(kReplacementUtf8);
            if (replaced) ++*replaced;
        }
        pos += step.length;
    }
    return out;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t utf8Length(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size(); pos += decodeUtf8(text, pos).length) ++count;
    return count;
}

}  // namespace rehearse
