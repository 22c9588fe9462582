// PNG export: the software rasteriser draws the items where they are, in
// their colours, and the file is a real PNG of the right size.
#include "core/canvas/canvas_document.hpp"
#include "core/canvas/canvas_shapes.hpp"
#include "core/export/png_export.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

struct Pixel {
    int r, g, b;
};

Pixel at(const PngImage& image, int x, int y) {
    const uint8_t* p = &image.rgb[(size_t(y) * size_t(image.width) + size_t(x)) * 3];
    return {p[0], p[1], p[2]};
}

bool near(Pixel p, Colour c, int tolerance = 6) {
    return std::abs(p.r - c.r) <= tolerance && std::abs(p.g - c.g) <= tolerance && std::abs(p.b - c.b) <= tolerance;
}

}  // namespace

TEST_CASE("png export draws items in place, in their colours", "[export][png]") {
    CanvasDocument doc;
    CanvasItem model;
    model.kind = ItemKind::Model;
    model.w = 160;
    model.h = 80;
    model.label = "Ranker";
    doc.append(model);
    CanvasItem note;
    note.kind = ItemKind::Note;
    note.x = 300;
    note.w = 180;
    note.h = 140;
    note.colour = NoteColour::Green;
    doc.append(note);
    CanvasItem arrow;
    arrow.kind = ItemKind::Arrow;
    arrow.from = ItemId{1};
    arrow.to = ItemId{2};
    arrow.points = {{0, 0}, {1, 1}};
    doc.append(arrow);

    PngExportOptions options;
    options.fontPath = "builtin";  // no dependence on installed fonts
    options.margin = 20;
    const PngImage image = renderCanvas(doc, options);
    // Content spans x 0..480, y 0..140, plus the margin.
    CHECK(image.width == 520);
    CHECK(image.height == 180);
    CHECK(near(at(image, 2, 2), kCanvasBackground));
    CHECK(near(at(image, 20 + 140, 20 + 65), itemStyle(ItemKind::Model).fill));  // inside the model, clear of text
    CHECK(near(at(image, 20 + 320, 20 + 120), itemStyle(ItemKind::Note, NoteColour::Green).fill));
    // On the arrow between their centres (80,40) and (390,70): y = 54.5 at x = 230.
    CHECK(near(at(image, 20 + 230, 20 + 54), kInkColour, 40));

    const std::vector<uint8_t> png = exportPng(doc, options);
    REQUIRE(png.size() > 33);
    CHECK(png[1] == 'P');
    CHECK(png[2] == 'N');
    CHECK(png[3] == 'G');
    // IHDR: width and height, big-endian.
    CHECK(((png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]) == 520);
    CHECK(((png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]) == 180);
}

TEST_CASE("png export of an empty canvas and of a huge one stays bounded", "[export][png]") {
    PngExportOptions options;
    options.fontPath = "builtin";
    const PngImage empty = renderCanvas(CanvasDocument{}, options);
    CHECK(empty.width > 0);
    CanvasDocument huge;
    CanvasItem box;
    box.kind = ItemKind::Box;
    box.w = 100000;
    box.h = 50;
    huge.append(box);
    options.maxDimension = 2000;
    const PngImage scaled = renderCanvas(huge, options);
    CHECK(scaled.width <= 2000);
}

TEST_CASE("png export draws an invalid byte in a label as the replacement character, as the screen does", "[export][png]") {
    const auto render = [](const std::string& label) {
        CanvasDocument doc;
        CanvasItem model;
        model.kind = ItemKind::Model;
        model.w = 200;
        model.h = 80;
        model.label = label;
        doc.append(model);
        PngExportOptions options;
        options.margin = 10;  // the app's own face when installed, else the built-in strokes
        return renderCanvas(doc, options).rgb;
    };
    // Each byte that cannot start or continue a sequence is one replacement
    // character, as repairUtf8 shows it on screen: an overlong NUL and an
    // encoded surrogate are two and three of them, not one code point.
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(render("Fraud \xC0\x80 model") == render("Fraud " + fffd + fffd + " model"));
    CHECK(render("Rank \xED\xA0\x80 er") == render("Rank " + fffd + fffd + fffd + " er"));
    CHECK(render("Rank \xED\xA0\x80 er") != render("Rank " + fffd + " er"));
}
