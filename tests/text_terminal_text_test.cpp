// Text printed on a terminal cannot drive it: escape sequences, bells,
// carriage returns and bidi overrides in a scenario title or a session name
// are shown as visible escapes, never sent raw.
#include "core/text/terminal_text.hpp"
#include "core/text/utf8.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

// Nothing a terminal acts on: valid UTF-8 with no C0 (but \n, \t where
// allowed), DEL or C1 (U+0080..U+009F) code point.
bool hasNoControls(const std::string& text, bool allowLines) {
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Step step = decodeUtf8(text, pos);
        if (!step.valid) return false;
        const char32_t cp = step.codePoint;
        const bool line = cp == '\n' || cp == '\t';
        if ((cp < 0x20 && !(allowLines && line)) || (cp >= 0x7F && cp <= 0x9F)) return false;
        pos += step.length;
    }
    return true;
}

}  // namespace

TEST_CASE("a scenario title cannot set the terminal title or ring the bell", "[text][terminal]") {
    const std::string title = "Spam\x1b]0;pwned\x07 detection";
    const std::string shown = terminalText(title);
    CHECK(shown == "Spam\\x1b]0;pwned\\x07 detection");
    CHECK(hasNoControls(shown, false));
}

TEST_CASE("every kind of control is shown visibly, not dropped", "[text][terminal]") {
    CHECK(terminalText("a\x1b[2Jb") == "a\\x1b[2Jb");                   // CSI: clear the screen
    CHECK(terminalText("hidden\rshown") == "hidden\\rshown");          // CR hides what came before
    CHECK(terminalText("abc\b\b\bxyz") == "abc\\x08\\x08\\x08xyz");   // BS
    CHECK(terminalText(std::string("nul\0x", 5)) == "nul\\x00x");      // NUL
    CHECK(terminalText("del\x7f") == "del\\x7f");
    CHECK(terminalText("c1\xC2\x9B" "2J") == "c1\\u{9b}2J");           // U+009B, the C1 CSI
    CHECK(terminalText("raw\x9B" "2J") == "raw\xEF\xBF\xBD" "2J");     // a raw 0x9B byte is not UTF-8
    CHECK(terminalText("evil\xE2\x80\xAEtxt.exe") == "evil\\u{202e}txt.exe");  // right-to-left override
    CHECK(terminalText("line\xE2\x80\xA8sep") == "line\\u{2028}sep");
}

TEST_CASE("a one-line value cannot fake a new line or a column, multi-line text keeps its lines",
          "[text][terminal]") {
    CHECK(terminalText("name\n2\tfake row") == "name\\n2\\tfake row");
    CHECK(terminalLines("first line\n\tsecond\x1b[A") == "first line\n\tsecond\\x1b[A");
    CHECK(hasNoControls(terminalLines("a\nb\x1b\rc"), true));
}

TEST_CASE("ordinary text, accents and symbols included, is printed as it is", "[text][terminal]") {
    for (const char* text : {"Late invoices", "Café – naïve “quotes” 日本語 😀", "50% of p99 <= 200 ms", ""}) {
        CHECK(terminalText(text) == text);
        CHECK(terminalLines(text) == text);
    }
}
