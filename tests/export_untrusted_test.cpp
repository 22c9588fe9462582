// Exports of canvases and sessions that came from someone else: labels with
// control characters, non-characters and bytes that are not UTF-8; numbers
// near the limits of double; a session "finished" at t = 1e300; labels of
// hundreds of kilobytes. Every export stays well-formed, bounded and fast.
#include "core/canvas/text_layout.hpp"
#include "core/export/debrief_markdown.hpp"
#include "core/export/excalidraw_export.hpp"
#include "core/export/png_export.hpp"
#include "core/export/svg_export.hpp"
#include "core/export/xml_text.hpp"
#include "core/interviewer/debrief.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/session/duration_format.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>

using namespace rehearse;

namespace {

// Every byte sequence is UTF-8 and every character one XML 1.0 allows.
bool isWellFormedXmlText(const std::string& s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        char32_t cp;
        size_t n;
        if (b < 0x80) cp = b, n = 1;
        else if (b >= 0xC2 && b <= 0xDF) cp = b & 0x1F, n = 2;
        else if (b >= 0xE0 && b <= 0xEF) cp = b & 0x0F, n = 3;
        else if (b >= 0xF0 && b <= 0xF4) cp = b & 0x07, n = 4;
        else return false;
        if (i + n > s.size()) return false;
        for (size_t k = 1; k < n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        const char32_t minimum = n == 1 ? 0 : n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') return false;
        if (cp == 0xFFFE || cp == 0xFFFF) return false;
        i += n;
    }
    return true;
}

CanvasItem labelledBox(double x, double y, double w, double h, std::string label = {}) {
    CanvasItem item;
    item.kind = ItemKind::Box;
    item.x = x;
    item.y = y;
    item.w = w;
    item.h = h;
    item.label = std::move(label);
    return item;
}

// What a label can hold once it has been through a clipboard or a JSON
// "\u0001": C0 controls, U+FFFE/U+FFFF, a non-character, and bytes that are
// not UTF-8 (a lone continuation byte, a truncated sequence, an overlong
// '/', a surrogate, a code point above U+10FFFF, a byte that never occurs).
const std::string kHostile = std::string("ok \x01\x08\x0B\x1F\x7F|") + "\xEF\xBF\xBE\xEF\xBF\xBF|" +
                             "\xEF\xB7\x90|" + "\x80|\xE2\x82|\xC0\xAF|\xED\xA0\x80|\xF4\x90\x80\x80|\xFF|" +
                             "caf\xC3\xA9 \xF0\x9F\x9A\x80 <&>\"'";

CanvasDocument hostileCanvas() {
    CanvasDocument doc;
    CanvasItem a = labelledBox(0, 0, 400, 120, kHostile);
    a.stage = "data\x02\xFF";
    doc.append(a);
    CanvasItem note = labelledBox(0, 200, 300, 200, kHostile + "\n" + kHostile);
    note.kind = ItemKind::Note;
    doc.append(note);
    CanvasItem arrow;
    arrow.kind = ItemKind::Arrow;
    arrow.from = ItemId{1};
    arrow.to = ItemId{2};
    arrow.points = {{0, 0}, {1, 1}};
    arrow.label = kHostile;
    doc.append(arrow);
    return doc;
}

double seconds(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A label of `bytes` words, one line wide enough to hold it all.
std::string longLabel(size_t bytes) {
    static const char* kWords[] = {"feature ", "store ", "ranker ", "a ", "embedding "};
    std::string label;
    for (size_t i = 0; label.size() < bytes; ++i) label += kWords[i % 5];
    return label;
}

}  // namespace

TEST_CASE("xml text: markup escaped, bad UTF-8 replaced, forbidden characters dropped", "[export][svg][xml]") {
    CHECK(escapeXmlText("p < 0.05 & \"ok\" 'x' > 1") == "p &lt; 0.05 &amp; &quot;ok&quot; &apos;x&apos; &gt; 1");
    CHECK(escapeXmlText("caf\xC3\xA9 \xF0\x9F\x9A\x80 \xE4\xB8\xAD") == "caf\xC3\xA9 \xF0\x9F\x9A\x80 \xE4\xB8\xAD");
    CHECK(escapeXmlText("tab\tlf\ncr\r") == "tab\tlf\ncr\r");
    CHECK(escapeXmlText("a\x01\x1F\x7F" "b") == "a\x7F" "b");  // DEL is allowed in XML 1.0
    CHECK(escapeXmlText("\xEF\xBF\xBE\xEF\xBF\xBF\xEF\xB7\x90\xF0\x9F\xBF\xBF.") == ".");
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(escapeXmlText("\x80") == fffd);
    CHECK(escapeXmlText("a\xE2\x82") == "a" + fffd);             // truncated: one U+FFFD
    CHECK(escapeXmlText("\xE2\x82z") == fffd + "z");             // broken by an ASCII byte
    CHECK(escapeXmlText("\xC0\xAF") == fffd + fffd);             // overlong: two bad bytes
    CHECK(escapeXmlText("\xED\xA0\x80") == fffd + fffd + fffd);  // a surrogate
    CHECK(escapeXmlText("\xF4\x90\x80\x80") == fffd + fffd + fffd + fffd);
    CHECK(escapeXmlText("\xFF\xFE") == fffd + fffd);
    CHECK(isWellFormedXmlText(escapeXmlText(kHostile)));
}

TEST_CASE("svg export of hostile labels is well-formed XML", "[export][svg][xml][regression]") {
    SvgExportOptions options;
    options.title = "Title \x07 with \xFF bytes";
    const std::string svg = exportSvg(hostileCanvas(), options);
    CHECK(isWellFormedXmlText(svg));
    CHECK(svg.find("caf\xC3\xA9") != std::string::npos);        // good text kept
    CHECK(svg.find("&lt;&amp;&gt;&quot;&apos;") != std::string::npos);
    CHECK(svg.find("\xEF\xBF\xBD") != std::string::npos);       // bad bytes shown as U+FFFD

    // A real XML parser, and a real renderer, when installed.
    const std::string path = "rehearse_untrusted_export_test.svg";
    std::ofstream(path, std::ios::binary) << svg;
    if (std::system("command -v python3 > /dev/null 2>&1") == 0) {
        const std::string parse = "python3 -c \"import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])\" " + path;
        CHECK(std::system(parse.c_str()) == 0);
    }
    if (std::system("command -v rsvg-convert > /dev/null 2>&1") == 0)
        CHECK(std::system(("rsvg-convert " + path + " -o " + path + ".png 2>&1").c_str()) == 0);
    std::remove(path.c_str());
    std::remove((path + ".png").c_str());
}

TEST_CASE("exports of items near the limits of double write finite numbers", "[export][regression]") {
    // Documents built in code (append does not clamp) with what no reader
    // accepts any more: the exporters still write valid files.
    const double big = std::numeric_limits<double>::max();
    CanvasDocument doc;
    doc.append(labelledBox(-big, -big, big, big, "far"));
    doc.append(labelledBox(0, 0, 1e300, 1e300, "huge"));
    doc.append(labelledBox(0, 0, 549755813760.0, 549755813760.0, "freeze"));

    const std::string svg = exportSvg(doc);
    CHECK(svg.find("inf") == std::string::npos);
    CHECK(svg.find("nan") == std::string::npos);
    CHECK(isWellFormedXmlText(svg));

    const nlohmann::json scene = nlohmann::json::parse(exportExcalidrawText(doc));
    for (const nlohmann::json& element : scene.at("elements")) {
        CHECK(element.at("x").is_number());
        CHECK(element.at("width").is_number());
    }

    PngExportOptions options;
    options.fontPath = "builtin";
    options.maxDimension = 512;
    const PngImage image = renderCanvas(doc, options);
    CHECK(image.width >= 1);
    CHECK(image.width <= 512);
    CHECK(image.height <= 512);
    CHECK(image.rgb.size() == size_t(image.width) * size_t(image.height) * 3);
}

TEST_CASE("png export of a canvas at the limits is a full-size image", "[export][png][regression]") {
    // The largest canvas the limits allow: scaled to fit, not a 1x1 image.
    CanvasDocument doc;
    doc.append(labelledBox(-1e7, -1e7, 1e6, 1e6, "top left"));
    doc.append(labelledBox(9e6, 9e6, 1e6, 1e6, "bottom right"));
    PngExportOptions options;
    options.fontPath = "builtin";
    options.maxDimension = 600;
    const PngImage image = renderCanvas(doc, options);
    CHECK(image.width == 600);
    CHECK(image.height == 600);
}

TEST_CASE("excalidraw export of labels that are not UTF-8 does not throw", "[export][excalidraw][regression]") {
    std::string text;
    REQUIRE_NOTHROW(text = exportExcalidrawText(hostileCanvas()));
    const nlohmann::json scene = nlohmann::json::parse(text);
    bool sawReplacement = false;
    for (const nlohmann::json& element : scene.at("elements"))
        if (element.contains("text") && element.at("text").get<std::string>().find("\xEF\xBF\xBD") != std::string::npos)
            sawReplacement = true;
    CHECK(sawReplacement);
}

TEST_CASE("formatDuration: huge, infinite and NaN times stay on the clock", "[debrief][regression]") {
    // 1e300 s used to print "-30:-8" (the conversion to long is undefined).
    CHECK(formatDuration(1e300) == "999999:59:59");
    CHECK(formatDuration(std::numeric_limits<double>::infinity()) == "999999:59:59");
    CHECK(formatDuration(std::numeric_limits<double>::quiet_NaN()) == "0:00");
    CHECK(formatDuration(-std::numeric_limits<double>::infinity()) == "0:00");
    CHECK(formatDuration(kMaxFormattedSeconds) == "999999:59:59");
    CHECK(formatDuration(360000) == "100:00:00");
    CHECK(formatDuration(59.999) == "0:59");
}

TEST_CASE("the Markdown debrief of a session finished at t = 1e300", "[debrief][regression]") {
    const char* scenarioJson = R"({
      "format": 1, "id": "toy", "title": "Toy", "question": "Design a spam filter.",
      "difficulty": "easy", "tags": [], "minutes": 10, "facts": [],
      "stages": [ { "id": "clarify", "minutes": 10, "goal": "g", "guidance": "g", "reference": "r",
                    "key_points": [ { "id": "k", "text": "t", "why": "w", "concepts": [["x"]] } ] } ],
      "reference": { "summary": "s", "diagram": { "items": [], "arrows": [] } } })";
    ScenarioLoadResult loaded = loadScenarioFromText(scenarioJson, "toy.json");
    REQUIRE(loaded.scenario);
    Session session(*loaded.scenario);
    REQUIRE(session.apply(Action{5, SetNotes{StageIndex(0), "notes"}}));
    REQUIRE(session.apply(Action{1e300, FinishSession{}}));
    const std::string markdown = debriefToMarkdown(buildDebrief(session, session.lastActionAt()));
    CHECK(markdown.find("999999:59:59") != std::string::npos);
    CHECK(markdown.find(":-") == std::string::npos);
}

TEST_CASE("wrapping is linear: 400 KB labels wrap in well under a second", "[export][text][regression]") {
    // It measured the whole line again for every word: 100/200/400 KB took
    // 2.8/10.6/41.9 s. Now each word is measured once.
    const std::string label = longLabel(400 * 1024);
    auto start = std::chrono::steady_clock::now();
    const std::vector<std::string> oneLine = wrapText(label, 16, 1e9);
    const double wide = seconds(start);
    start = std::chrono::steady_clock::now();
    const std::vector<std::string> narrow = wrapText(label, 16, 300);
    const double many = seconds(start);
    CHECK(oneLine.size() == 1);
    CHECK(narrow.size() > 1000);
    CHECK(wide < 1.0);
    CHECK(many < 1.0);

    // The SVG export of such a label, through the shared text-block layout.
    CanvasDocument doc;
    doc.append(labelledBox(0, 0, 1e6, 100, label));
    start = std::chrono::steady_clock::now();
    const std::string svg = exportSvg(doc);
    CHECK(seconds(start) < 2.0);
    CHECK(svg.size() > label.size());
}

TEST_CASE("wrapping: every line fits unless it is one word, and no text is lost", "[export][text]") {
    const std::string text = "a  b feature-store\r\n  leading spaces and a verylongwordthatcannotfitonaline end\r";
    for (double width : {1.0, 40.0, 80.0, 200.0, 1e9}) {
        INFO("width " << width);
        const std::vector<std::string> lines = wrapText(text, 16, width);
        std::string words;
        for (const std::string& line : lines) {
            if (line.find(' ') != std::string::npos) CHECK(approximateTextWidth(line, 16) <= width);
            for (char c : line)
                if (c != ' ' && c != '\r') words += c;
        }
        std::string expected;
        for (char c : text)
            if (c != ' ' && c != '\r' && c != '\n') expected += c;
        CHECK(words == expected);
    }
    // Hard breaks are kept; a paragraph that fits is one line, as written.
    CHECK(wrapText("one two\nthree", 16, 1e9) == std::vector<std::string>{"one two", "three"});
    CHECK(wrapText("", 16, 100) == std::vector<std::string>{""});
}
