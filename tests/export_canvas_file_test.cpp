// The canvas written as a file (core/export/canvas_file): what the command
// line and the app's export buttons both call. Every format gets the same
// permissions as the Markdown debrief (before, .md was 0644 and pictures 0600).
#include "core/export/canvas_file.hpp"
#include "core/export/debrief_markdown.hpp"
#include "core/store/settings.hpp"
#include "core/store/xdg_paths.hpp"
#include "store_test_support.hpp"
#include "test_files.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace rehearse;
using namespace rehearse::test;

namespace {

mode_t permissionBitsOf(const std::string& path) {
    struct stat info {};
    REQUIRE(stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

CanvasDocument oneBlock() {
    CanvasDocument doc;
    CanvasItem item;
    item.kind = ItemKind::Model;
    item.w = 160;
    item.h = 80;
    item.label = "Gradient boosted trees";
    doc.append(item);
    return doc;
}

}  // namespace

TEST_CASE("canvas files: every format is written with the same permissions as the Markdown debrief",
          "[export][file]") {
    TempHome home;
    const mode_t old = umask(022);
    const CanvasDocument doc = oneBlock();
    std::string error;
    for (ExportFormat format : {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Excalidraw}) {
        const std::string path = home.path() + "/" + canvasFileName("fraud canvas", format);
        INFO(path);
        REQUIRE(writeCanvasFile(doc, format, path, "Fraud", error));
        CHECK(permissionBitsOf(path) == 0644);
        CHECK_FALSE(readAll(path).empty());
    }
    Debrief debrief;
    REQUIRE(writeDebriefMarkdown(debrief, home.path() + "/debrief.md", error));
    CHECK(permissionBitsOf(home.path() + "/debrief.md") == 0644);
    umask(old);
    CHECK(readAll(home.path() + "/fraud-canvas.svg").find("<title>Fraud</title>") != std::string::npos);
    CHECK(readAll(home.path() + "/fraud-canvas.excalidraw").find("Gradient boosted trees") != std::string::npos);
}

TEST_CASE("canvas files: a format that is not a picture is refused with a message", "[export][file]") {
    TempHome home;
    std::string error;
    CHECK_FALSE(writeCanvasFile(oneBlock(), ExportFormat::Json, home.path() + "/x.json", "", error));
    CHECK_THAT(error, Catch::Contains("json"));
}

TEST_CASE("canvas file names are safe and never hidden", "[export][file]") {
    CHECK(canvasFileName("payment-fraud-detection canvas 2026-12-01 10:30", ExportFormat::Png) ==
          "payment-fraud-detection-canvas-2026-12-01-10-30.png");
    CHECK(canvasFileName("../etc/passwd", ExportFormat::Svg) == "c..-etc-passwd.svg");
    CHECK(canvasFileName("", ExportFormat::Excalidraw) == "c.excalidraw");
}

TEST_CASE("exports go to the folder chosen in the settings, else the default export folder", "[export][file]") {
    TempHome home;
    Settings settings;
    CHECK(exportFolder(settings) == exportDirectory());
    settings.exportFolder = home.path() + "/chosen";
    CHECK(exportFolder(settings) == home.path() + "/chosen");
}
