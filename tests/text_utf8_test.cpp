// UTF-8 repair: text from old editors, other machines and crafted files
// becomes valid UTF-8 with U+FFFD where bytes could not be read, and valid
// text passes through unchanged.
#include "core/text/utf8.hpp"

#include <catch2/catch.hpp>

#include <random>

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
