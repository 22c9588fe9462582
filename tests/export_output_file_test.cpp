// Where exports go: one rule for the file a user names (writeOutputFile in
// core/store/safe_file), used by every export, and one rule for the format a
// file name asks for (core/export/export_format). Before, `sessions export`
// replaced a read-only file and a symlink with a private 0600 file while the
// Markdown and PNG exports refused the read-only file and wrote through the
// symlink; and "debrief.markdown" or "pic.SVG" silently got the JSON archive.
#include "core/canvas/canvas_document.hpp"
#include "core/export/debrief_markdown.hpp"
#include "core/export/export_format.hpp"
#include "core/export/png_export.hpp"
#include "core/store/safe_file.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

using namespace rehearse;
using namespace rehearse::test;

namespace {

mode_t linkModeOf(const std::string& path) {
    struct stat info {};
    REQUIRE(lstat(path.c_str(), &info) == 0);
    return info.st_mode;
}

// Sets the umask for one scope.
struct Umask {
    explicit Umask(mode_t mask) : m_old(umask(mask)) {}
    ~Umask() { umask(m_old); }
    mode_t m_old;
};

}  // namespace

TEST_CASE("output file: a new file gets the user's umask, not 0600", "[export][file]") {
    TempHome home;
    std::string error;
    {
        Umask mask(022);
        REQUIRE(writeOutputFile(home.path() + "/shared.svg", "<svg/>", error));
        CHECK((linkModeOf(home.path() + "/shared.svg") & 0777) == 0644);
    }
    {
        Umask mask(077);
        REQUIRE(writeOutputFile(home.path() + "/private.svg", "<svg/>", error));
        CHECK((linkModeOf(home.path() + "/private.svg") & 0777) == 0600);
    }
    CHECK(readAll(home.path() + "/shared.svg") == "<svg/>");
}

TEST_CASE("output file: an existing file is replaced and keeps its mode", "[export][file]") {
    TempHome home;
    const std::string path = home.path() + "/debrief.md";
    writeAll(path, "old");
    REQUIRE(chmod(path.c_str(), 0640) == 0);
    std::string error;
    Umask mask(022);
    REQUIRE(writeOutputFile(path, "new", error));
    CHECK(readAll(path) == "new");
    CHECK((linkModeOf(path) & 0777) == 0640);
    CHECK(filesStartingWith(home.path(), "debrief.md.tmp").empty());  // no temporary left behind
}

TEST_CASE("output file: a read-only file is refused and left as it was", "[export][file]") {
    // Checked by its mode bits, so the rule holds when the tests run as root.
    TempHome home;
    const std::string path = home.path() + "/keep.json";
    writeAll(path, "precious");
    REQUIRE(chmod(path.c_str(), 0444) == 0);
    std::string error;
    CHECK_FALSE(writeOutputFile(path, "overwritten", error));
    CHECK(error == path + " is read-only; not replaced (make it writable or choose another name)");
    CHECK(readAll(path) == "precious");

    // The same for the writers that used to open the file themselves.
    CanvasDocument doc;
    PngExportOptions options;
    options.fontPath = "builtin";
    CHECK_FALSE(writePng(doc, path, options, error));
    CHECK(error.find("read-only") != std::string::npos);
    CHECK_FALSE(writeDebriefMarkdown(Debrief{}, path, error));
    CHECK(error.find("read-only") != std::string::npos);
    CHECK(readAll(path) == "precious");
}

TEST_CASE("output file: a symlink is replaced, the file it points to is left alone", "[export][file]") {
    TempHome home;
    const std::string target = home.path() + "/elsewhere.txt";
    const std::string link = home.path() + "/out.svg";
    writeAll(target, "not mine to change");
    REQUIRE(symlink(target.c_str(), link.c_str()) == 0);
    std::string error;
    REQUIRE(writeOutputFile(link, "<svg/>", error));
    CHECK(S_ISREG(linkModeOf(link)));
    CHECK(readAll(link) == "<svg/>");
    CHECK(readAll(target) == "not mine to change");

    // A dangling link too (the PNG writer used to create its target).
    const std::string dangling = home.path() + "/picture.png";
    REQUIRE(symlink((home.path() + "/missing/target.png").c_str(), dangling.c_str()) == 0);
    CanvasDocument doc;
    PngExportOptions options;
    options.fontPath = "builtin";
    REQUIRE(writePng(doc, dangling, options, error));
    CHECK(S_ISREG(linkModeOf(dangling)));
    CHECK_FALSE(exists(home.path() + "/missing"));
}

TEST_CASE("output file: directories and missing folders give a reason", "[export][file]") {
    TempHome home;
    std::string error;
    CHECK_FALSE(writeOutputFile(home.path(), "x", error));
    CHECK(error == "cannot write " + home.path() + ": it is a directory");
    CHECK_FALSE(writeOutputFile(home.path() + "/no/such/folder/out.md", "x", error));
    CHECK(error.find("No such file or directory") != std::string::npos);
    CHECK_FALSE(writeOutputFile("", "x", error));
}

TEST_CASE("export format: from the extension in any case, with synonyms", "[export][format]") {
    CHECK(exportFormatFromPath("debrief.markdown") == ExportFormat::Markdown);
    CHECK(exportFormatFromPath("debrief.MD") == ExportFormat::Markdown);
    CHECK(exportFormatFromPath("dir.v2/pic.SVG") == ExportFormat::Svg);
    CHECK(exportFormatFromPath("a.Png") == ExportFormat::Png);
    CHECK(exportFormatFromPath("scene.excalidraw") == ExportFormat::Excalidraw);
    CHECK(exportFormatFromPath("session.JSON") == ExportFormat::Json);
    CHECK_FALSE(exportFormatFromPath("notes.txt"));
    CHECK_FALSE(exportFormatFromPath("dir.svg/file"));  // a dot in a folder is not an extension
    CHECK_FALSE(exportFormatFromPath(".json"));         // a hidden file named ".json"
    CHECK(exportFormatFromId("Markdown") == ExportFormat::Markdown);
    CHECK_FALSE(exportFormatFromId("pdf"));
}

TEST_CASE("export format: an unknown extension is refused, never guessed", "[export][format][regression]") {
    const std::vector<ExportFormat> all = {ExportFormat::Json, ExportFormat::Markdown, ExportFormat::Svg,
                                           ExportFormat::Png, ExportFormat::Excalidraw};
    const std::vector<ExportFormat> canvas = {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Excalidraw};

    // `sessions export ID -o debrief.markdown` wrote the JSON archive.
    CHECK(chooseExportFormat("", "debrief.markdown", all, ExportFormat::Json).format == ExportFormat::Markdown);
    CHECK(chooseExportFormat("", "pic.SVG", all, ExportFormat::Json).format == ExportFormat::Svg);
    // No extension: the command's default, if it has one.
    CHECK(chooseExportFormat("", "backup", all, ExportFormat::Json).format == ExportFormat::Json);
    const ExportFormatChoice none = chooseExportFormat("", "diagram", canvas);
    CHECK_FALSE(none.format);
    CHECK(none.error.find("no extension") != std::string::npos);

    const ExportFormatChoice unknown = chooseExportFormat("", "debrief.txt", all, ExportFormat::Json);
    CHECK_FALSE(unknown.format);
    CHECK(unknown.error == "unknown extension '.txt' in 'debrief.txt': say --format json, md, svg, png or "
                           "excalidraw, or name the file with one of those extensions");

    // An explicit format wins over the name; one the command cannot write is refused.
    CHECK(chooseExportFormat("json", "whatever.txt", all).format == ExportFormat::Json);
    CHECK(chooseExportFormat("MD", "x", all).format == ExportFormat::Markdown);
    CHECK_FALSE(chooseExportFormat("md", "x.md", canvas).format);
    CHECK_FALSE(chooseExportFormat("", "x.json", canvas).format);
    CHECK(chooseExportFormat("", "x.json", canvas).error.find("svg, png or excalidraw") != std::string::npos);
    CHECK_FALSE(chooseExportFormat("pdf", "x.pdf", all).format);
}
