// SVG export: locked by a golden file, readable by a real renderer
// (rsvg-convert, when installed), safe with any label text.
#include "core/canvas/canvas_document.hpp"
#include "core/export/svg_export.hpp"

#include "test_files.hpp"
#include "golden_files.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace rehearse;

namespace {

using rehearse::test::golden;
using rehearse::test::sample;

// REHEARSE_UPDATE_GOLDENS=1 rewrites the golden instead of comparing.
void checkGolden(const std::string& name, const std::string& actual) {
    if (std::getenv("REHEARSE_UPDATE_GOLDENS")) {
        std::ofstream(golden(name), std::ios::binary) << actual;
        WARN("updated golden " << name);
        return;
    }
    const std::string expected = test::readAll(golden(name));
    REQUIRE_FALSE(expected.empty());
    CHECK(actual == expected);
}

}  // namespace

TEST_CASE("svg export matches its golden file", "[export][svg]") {
    SvgExportOptions options;
    options.title = "Golden sample";
    checkGolden("canvas_sample.svg", exportSvg(sample(), options));
}

TEST_CASE("svg export has a group per item and escapes text", "[export][svg]") {
    CanvasDocument doc;
    CanvasItem item;
    item.kind = ItemKind::Box;
    item.w = 160;
    item.h = 80;
    item.label = "p < 0.05 & \"ok\"";
    item.stage = "evaluation";
    doc.append(item);
    const std::string svg = exportSvg(doc);
    CHECK(svg.find("<g id=\"item-1\" data-kind=\"box\" data-stage=\"evaluation\">") != std::string::npos);
    CHECK(svg.find("p &lt; 0.05 &amp; &quot;ok&quot;") != std::string::npos);
    CHECK(svg.find("viewBox=\"-40 -40 240 160\"") != std::string::npos);
    CHECK(exportSvg(CanvasDocument{}).find("</svg>") != std::string::npos);
}

TEST_CASE("rsvg-convert renders the svg export", "[export][svg][external]") {
    if (std::system("command -v rsvg-convert > /dev/null 2>&1") != 0) {
        WARN("rsvg-convert not installed; skipped");
        return;
    }
    const std::string svgPath = "rehearse_export_test.svg", pngPath = "rehearse_export_test.png";
    std::ofstream(svgPath) << exportSvg(sample());
    const int status = std::system(("rsvg-convert " + svgPath + " -o " + pngPath + " 2>&1").c_str());
    CHECK(status == 0);
    const std::string png = test::readAll(pngPath);
    REQUIRE(png.size() > 24);
    CHECK(png.substr(1, 3) == "PNG");
    std::remove(svgPath.c_str());
    std::remove(pngPath.c_str());
}
