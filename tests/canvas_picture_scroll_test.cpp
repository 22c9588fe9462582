// Panning the board picture: which pixels are kept, which rectangles must be
// drawn again, and where the new picture sits in the world.
#include "core/canvas/picture_scroll.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace rehearse;

namespace {

// Per pixel of a width x height picture: how many rectangles cover it.
std::vector<int> coverage(int width, int height, const std::vector<PixelRect>& rects) {
    std::vector<int> marks(std::size_t(width * height), 0);
    for (const PixelRect& r : rects)
        for (int y = r.y0; y < r.y1; ++y)
            for (int x = r.x0; x < r.x1; ++x) ++marks[std::size_t(y * width + x)];
    return marks;
}

// Every pixel drawn exactly when no kept pixel lands on it, and at most once.
void checkExactlyUncovered(const PictureScroll& s, int lastWidth, int lastHeight, int width, int height) {
    const std::vector<int> marks = coverage(width, height, s.exposed);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const int lx = x - s.keptX, ly = y - s.keptY;
            const bool kept = lx >= 0 && lx < lastWidth && ly >= 0 && ly < lastHeight;
            INFO("kept at " << s.keptX << "," << s.keptY << " pixel " << x << "," << y);
            REQUIRE(marks[std::size_t(y * width + x)] == (kept ? 0 : 1));
        }
}

}  // namespace

TEST_CASE("picture scroll: a camera that did not move draws nothing", "[canvas][scroll]") {
    const PictureScroll s = scrollPicture({100, 50}, 800, 600, {100, 50}, 800, 600, 1.5);
    CHECK(s.keptX == 0);
    CHECK(s.keptY == 0);
    CHECK(s.exposed.empty());
    CHECK_FALSE(s.keepsNothing);
    CHECK(s.origin == Vec2{100, 50});
}

TEST_CASE("picture scroll: panning right draws only a column on the right", "[canvas][scroll]") {
    // The camera moved 10 world units right at 2x: the kept pixels move 20 px left.
    const PictureScroll s = scrollPicture({0, 0}, 800, 600, {10, 0}, 800, 600, 2.0);
    CHECK(s.keptX == -20);
    CHECK(s.keptY == 0);
    REQUIRE(s.exposed.size() == 1);
    CHECK(s.exposed[0] == PixelRect{780, 0, 800, 600});
    CHECK(s.origin == Vec2{10, 0});
}

TEST_CASE("picture scroll: a diagonal move draws an L of disjoint strips", "[canvas][scroll]") {
    // Kept pixels move 30 px right and 12 px up: the left columns and the bottom rows are new.
    const PictureScroll s = scrollPicture({0, 0}, 200, 100, {-30, 12}, 200, 100, 1.0);
    CHECK(s.keptX == 30);
    CHECK(s.keptY == -12);
    REQUIRE(s.exposed.size() == 2);
    CHECK(s.exposed[0] == PixelRect{0, 88, 200, 100});
    CHECK(s.exposed[1] == PixelRect{0, 0, 30, 88});
    checkExactlyUncovered(s, 200, 100, 200, 100);
}

TEST_CASE("picture scroll: growing a picture by a margin draws only the ring around the old one",
          "[canvas][scroll]") {
    // A board-sized picture (100 x 60) grown by 20 px on each side, the camera unmoved.
    const PictureScroll s = scrollPicture({0, 0}, 100, 60, {-20, -20}, 140, 100, 1.0);
    CHECK(s.keptX == 20);
    CHECK(s.keptY == 20);
    CHECK(s.exposed.size() == 4);
    checkExactlyUncovered(s, 100, 60, 140, 100);
}

TEST_CASE("picture scroll: every move draws exactly the pixels nothing was kept for", "[canvas][scroll]") {
    const int w = 37, h = 23;
    for (int dx : {-40, -36, -5, -1, 0, 1, 7, 36, 37, 90})
        for (int dy : {-23, -22, -3, 0, 2, 22, 23})
            for (int lastW : {w, 20}) {
                const PictureScroll s = scrollPicture({0, 0}, lastW, h, {double(-dx), double(-dy)}, w, h, 1.0);
                REQUIRE(s.keptX == dx);
                REQUIRE(s.keptY == dy);
                checkExactlyUncovered(s, lastW, h, w, h);
            }
}

TEST_CASE("picture scroll: a jump past the picture draws it whole", "[canvas][scroll]") {
    const PictureScroll s = scrollPicture({0, 0}, 800, 600, {0, -1000}, 800, 600, 1.0);
    CHECK(s.keepsNothing);
    REQUIRE(s.exposed.size() == 1);
    CHECK(s.exposed[0] == PixelRect{0, 0, 800, 600});
    // A camera a world away still gives a defined move, not an overflow.
    const PictureScroll far = scrollPicture({0, 0}, 800, 600, {1e12, 0}, 800, 600, 8.0);
    CHECK(far.keepsNothing);
}

TEST_CASE("picture scroll: sub-pixel moves keep the picture on its pixel grid", "[canvas][scroll]") {
    // 0.3 px: nothing moves yet, and the picture keeps its origin.
    const PictureScroll still = scrollPicture({0, 0}, 100, 100, {0.15, 0}, 100, 100, 2.0);
    CHECK(still.keptX == 0);
    CHECK(still.origin == Vec2{0, 0});
    // 2.6 px: three whole pixels, and the origin moves by exactly three pixels' worth,
    // so the picture is within half a pixel of where it was wanted.
    const PictureScroll moved = scrollPicture({0, 0}, 100, 100, {1.3, 0}, 100, 100, 2.0);
    CHECK(moved.keptX == -3);
    CHECK(moved.origin.x == Approx(1.5));
    CHECK(std::abs(moved.origin.x - 1.3) * 2.0 <= 0.5);
}
