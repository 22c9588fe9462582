#include "core/text/line_breaking.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace rehearse;

namespace {

// One unit per byte: widths a test can count.
double bytes(std::string_view s) { return double(s.size()); }

std::vector<std::string> lines(std::string_view text, double width) {
    std::vector<std::string> out;
    for (const LineSpan& span : breakLines(text, width, bytes)) out.emplace_back(span.in(text));
    return out;
}

}  // namespace

TEST_CASE("a number with a thousands separator is never split across lines", "[text][wrap]") {
    // ImGui's wrapper broke after the comma: "about 5," / "000 cases".
    const std::string text = "We see about 5,000 cases a day";
    for (double width = 6; width <= 30; ++width) {
        INFO("width " << width);
        bool whole = false;
        for (const std::string& line : lines(text, width)) {
            CHECK(line != "about 5,");
            if (line.find("5,000") != std::string::npos) whole = true;
        }
        CHECK(whole);
    }
}

TEST_CASE("a number keeps its unit on the same line", "[text][wrap]") {
    // "p99 under 200 ms": at 15 columns "200" would fit on the first line.
    CHECK(lines("p99 under 200 ms please", 15) == std::vector<std::string>{"p99 under", "200 ms please"});
    CHECK(lines("peak 12,000 QPS, then", 12) == std::vector<std::string>{"peak", "12,000 QPS,", "then"});
    CHECK(lines("loss is 0.3 % of value", 11) == std::vector<std::string>{"loss is", "0.3 % of", "value"});
    // A word that is not a unit is free to go to the next line.
    CHECK(lines("about 5,000 cases", 11) == std::vector<std::string>{"about 5,000", "cases"});
}

TEST_CASE("number and unit binding needs a figure right before the unit", "[text][wrap]") {
    CHECK(bindsNumberToUnit("200", "ms"));
    CHECK(bindsNumberToUnit("$1.5", "M"));
    CHECK(bindsNumberToUnit("~10", "GB/s."));
    CHECK_FALSE(bindsNumberToUnit("two", "ms"));
    CHECK_FALSE(bindsNumberToUnit("5,000,", "ms"));  // the clause ended
    CHECK_FALSE(bindsNumberToUnit("200", "users"));
}

TEST_CASE("a number and unit wider than a line still break at their space", "[text][wrap]") {
    CHECK(lines("12,000 QPS", 7) == std::vector<std::string>{"12,000", "QPS"});
}

TEST_CASE("only a word wider than the line is cut, and nothing is lost", "[text][wrap]") {
    CHECK(lines("a verylongword b", 5) == std::vector<std::string>{"a", "veryl", "ongwo", "rd b"});
    // A hyphen or slash in the long word is the better place.
    CHECK(lines("Shadow & champion-challenger", 12) ==
          std::vector<std::string>{"Shadow &", "champion-", "challenger"});
    CHECK(lines("ab-cdefghijkl", 5) == std::vector<std::string>{"ab-", "cdefg", "hijkl"});
    // Cut between code points, never inside one.
    const std::string accented = "\xC3\xA9\xC3\xA9\xC3\xA9";  // three e-acute, two bytes each
    for (const std::string& line : lines(accented, 3)) CHECK(line.size() == 2);
    CHECK(lines("one two\r\nthree", 100) == std::vector<std::string>{"one two", "three"});
    CHECK(lines("", 10) == std::vector<std::string>{""});
    CHECK(lines("a\n\nb", 10) == std::vector<std::string>{"a", "", "b"});
}
