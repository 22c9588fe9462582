// The one UTF-8 codec. Repair: text from old editors, other machines and
// crafted files becomes valid UTF-8 with U+FFFD where bytes could not be
// read, and valid text passes through unchanged. Decoding and stepping: a
// caret, a cut or a measure moves by whole characters, and an invalid
// sequence is one character (one U+FFFD) whichever way it is crossed.
#include "core/text/utf8.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <vector>

using namespace rehearse;

namespace {
const std::string R(kReplacementUtf8);
}

TEST_CASE("a Latin-1 answer file becomes UTF-8 with U+FFFD where the accents were", "[text][utf8]") {
    std::size_t replaced = 0;
    CHECK(repairUtf8("Caf\xe9 cr\xe8me", &replaced) == "Caf" + R + " cr" + R + "me");
    CHECK(replaced == 2);
    CHECK_FALSE(isValidUtf8("Caf\xe9"));
}

TEST_CASE("valid UTF-8 passes through unchanged", "[text][utf8]") {
    for (std::string text : {std::string(), std::string("plain ascii"), std::string("Café – naïve “quotes” 日本語 😀"),
                             std::string("nul\0inside", 10), std::string("\xF4\x8F\xBF\xBF")}) {
        std::size_t replaced = 7;
        CHECK(isValidUtf8(text));
        CHECK(repairUtf8(text, &replaced) == text);
        CHECK(replaced == 0);
    }
}

TEST_CASE("invalid sequences are replaced by maximal subparts, as the Unicode Standard recommends", "[text][utf8]") {
    // Table 3-8 of the Unicode Standard, chapter 3.9.
    CHECK(repairUtf8("a\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64") ==
          "a" + R + R + R + "b" + R + "c" + R + R + "d");
    CHECK(repairUtf8("\xC0\x80") == R + R);              // overlong NUL
    CHECK(repairUtf8("\xE0\x80\xAF") == R + R + R);      // overlong '/'
    CHECK(repairUtf8("\xED\xA0\x80") == R + R + R);      // a UTF-16 surrogate
    CHECK(repairUtf8("\xF4\x90\x80\x80") == R + R + R + R);  // above U+10FFFF
    CHECK(repairUtf8("\xF5x\xFF") == R + "x" + R);
    CHECK(repairUtf8("ok\xE2\x82") == "ok" + R);         // cut short at the end: one replacement
    CHECK(repairUtf8("\x9B[2J") == R + "[2J");           // a raw C1 CSI byte is not UTF-8
}

TEST_CASE("whatever the bytes, the repaired text is valid and repairing again changes nothing", "[text][utf8]") {
    std::mt19937 random(16);
    std::uniform_int_distribution<int> byte(0, 255), length(0, 40);
    for (int i = 0; i < 20000; ++i) {
        std::string bytes;
        for (int n = length(random); n > 0; --n) bytes += static_cast<char>(byte(random));
        const std::string repaired = repairUtf8(bytes);
        REQUIRE(isValidUtf8(repaired));
        REQUIRE(repairUtf8(repaired) == repaired);
        if (isValidUtf8(bytes)) REQUIRE(repaired == bytes);
    }
}

TEST_CASE("decodeUtf8 reads code points and appendUtf8 writes them back", "[text][utf8]") {
    const std::string text = "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // A é € 😀
    std::string rebuilt;
    std::vector<char32_t> points;
    for (std::size_t pos = 0; pos < text.size();) {
        Utf8Step step = decodeUtf8(text, pos);
        REQUIRE(step.valid);
        points.push_back(step.codePoint);
        appendUtf8(rebuilt, step.codePoint);
        pos += step.length;
    }
    CHECK(points == std::vector<char32_t>{0x41, 0xE9, 0x20AC, 0x1F600});
    CHECK(rebuilt == text);
}

namespace {

// Where each character starts, stepping forward from the start.
std::vector<std::size_t> utf8BoundariesForward(std::string_view text) {
    std::vector<std::size_t> at{0};
    for (std::size_t pos = 0; pos < text.size();) at.push_back(pos = nextUtf8Boundary(text, pos));
    return at;
}

std::vector<std::size_t> utf8BoundariesBackward(std::string_view text) {
    std::vector<std::size_t> at{text.size()};
    for (std::size_t pos = text.size(); pos > 0;) at.insert(at.begin(), pos = previousUtf8Boundary(text, pos));
    return at;
}

struct DecodedUtf8 {
    char32_t codePoint;
    std::size_t length;
    bool valid;
    bool operator==(const DecodedUtf8& o) const {
        return codePoint == o.codePoint && length == o.length && valid == o.valid;
    }
};

DecodedUtf8 decodedUtf8At(std::string_view text, std::size_t pos) {
    const Utf8Step step = decodeUtf8(text, pos);
    return {step.codePoint, step.length, step.valid};
}

}  // namespace

TEST_CASE("a four-byte character decodes to one code point and is one step each way", "[text][utf8]") {
    const std::string text = "a\xF0\x9F\x98\x80" "b";  // a 😀 b
    CHECK(decodedUtf8At(text, 1) == DecodedUtf8{0x1F600, 4, true});
    std::size_t pos = 1;
    CHECK(readUtf8(text, pos) == 0x1F600);
    CHECK(pos == 5);
    CHECK(nextUtf8Boundary(text, 1) == 5);
    CHECK(previousUtf8Boundary(text, 5) == 1);
    for (std::size_t inside = 1; inside < 5; ++inside) CHECK(utf8CharacterStart(text, inside) == 1);
    CHECK_FALSE(isUtf8Boundary(text, 3));
    std::string written;
    appendUtf8(written, 0x10FFFF);
    CHECK(written == "\xF4\x8F\xBF\xBF");
    CHECK(decodedUtf8At(written, 0) == DecodedUtf8{0x10FFFF, 4, true});
}

TEST_CASE("stepping back from after a multi-byte character lands on its first byte", "[text][utf8]") {
    const std::string text = "x\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // x é € 😀
    CHECK(utf8BoundariesBackward(text) == std::vector<std::size_t>{0, 1, 3, 6, 10});
    CHECK(utf8BoundariesForward(text) == utf8BoundariesBackward(text));
    // A label cut at 5 bytes keeps "xé", not half of the euro sign.
    CHECK(utf8CharacterStart(text, 5) == 3);
    CHECK(utf8CharacterStart(text, 10) == 10);
    CHECK(utf8CharacterStart(text, 99) == 10);
}

TEST_CASE("overlong forms are invalid, one byte at a time", "[text][utf8]") {
    // C0 and C1 never start a sequence; E0 and F0 refuse a second byte that
    // would encode a smaller code point with more bytes than it needs.
    for (const std::string overlong : {"\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF"}) {
        CAPTURE(overlong);
        CHECK(decodedUtf8At(overlong, 0) == DecodedUtf8{kReplacementCharacter, 1, false});
        std::size_t pos = 0;
        CHECK(readUtf8(overlong, pos) == kReplacementCharacter);
        CHECK(pos == 1);
        CHECK(utf8BoundariesForward(overlong).size() == overlong.size() + 1);
        CHECK(utf8BoundariesBackward(overlong) == utf8BoundariesForward(overlong));
    }
}

TEST_CASE("UTF-16 surrogates encoded as UTF-8 are invalid", "[text][utf8]") {
    for (const std::string surrogate : {"\xED\xA0\x80", "\xED\xBF\xBF"}) {
        CHECK(decodedUtf8At(surrogate, 0) == DecodedUtf8{kReplacementCharacter, 1, false});
        CHECK(repairUtf8(surrogate) == R + R + R);
    }
    CHECK(decodedUtf8At("\xED\x9F\xBF", 0) == DecodedUtf8{0xD7FF, 3, true});  // the last one below them
}

TEST_CASE("a truncated sequence is one replacement, crossed in one step either way", "[text][utf8]") {
    const std::string text = "a\xF0\x9F\x98" "b\xE2\x82";  // 😀 and € each missing their last byte
    CHECK(decodedUtf8At(text, 1) == DecodedUtf8{kReplacementCharacter, 3, false});
    CHECK(decodedUtf8At(text, 5) == DecodedUtf8{kReplacementCharacter, 2, false});
    CHECK(utf8BoundariesForward(text) == std::vector<std::size_t>{0, 1, 4, 5, 7});
    CHECK(utf8BoundariesBackward(text) == utf8BoundariesForward(text));
    CHECK(utf8Length(text) == 4);
    CHECK(repairUtf8(text) == "a" + R + "b" + R);
}

TEST_CASE("stray continuation bytes are one character each", "[text][utf8]") {
    const std::string text = "\x80\xC3\xA9\xA9\xBF";  // stray, é, stray, stray
    CHECK(utf8BoundariesForward(text) == std::vector<std::size_t>{0, 1, 3, 4, 5});
    CHECK(utf8BoundariesBackward(text) == utf8BoundariesForward(text));
    CHECK(utf8CharacterStart(text, 2) == 1);
    CHECK(utf8CharacterStart(text, 3) == 3);
}

TEST_CASE("whatever the bytes, stepping forward and back finds the same characters", "[text][utf8]") {
    std::mt19937 random(14);
    // Bytes that make sequences likely: leads, continuations, ASCII, the edges of table 3-7.
    const std::vector<unsigned char> pool = {'a', 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF,
                                             0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
    std::uniform_int_distribution<std::size_t> pick(0, pool.size() - 1), length(0, 12);
    for (int i = 0; i < 20000; ++i) {
        std::string bytes;
        for (std::size_t n = length(random); n > 0; --n) bytes += static_cast<char>(pool[pick(random)]);
        const std::vector<std::size_t> forward = utf8BoundariesForward(bytes);
        REQUIRE(utf8BoundariesBackward(bytes) == forward);
        REQUIRE(forward.size() == utf8Length(bytes) + 1);
        for (std::size_t k = 0; k + 1 < forward.size(); ++k)
            for (std::size_t pos = forward[k]; pos < forward[k + 1]; ++pos) {
                REQUIRE(utf8CharacterStart(bytes, pos) == forward[k]);
                REQUIRE(isUtf8Boundary(bytes, pos) == (pos == forward[k]));
            }
        REQUIRE(isUtf8Boundary(bytes, bytes.size()));
    }
}
