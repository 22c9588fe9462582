// Where an opaque picture (the canvas board) covers the damage, the window
// draws nothing under it: a piece split wrongly leaves stale or missing
// pixels on screen, a rectangle taken for an image when it is not hides
// what is under it.
#include "app/shown_picture.hpp"

#include "headless_imgui.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

double pieceArea(const DamageRect& r) { return double(r.x1 - r.x0) * double(r.y1 - r.y0); }

bool piecesOverlap(const DamageRect& a, const DamageRect& b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

ShownPicture pictureCovering(DamageRect cover) {
    ShownPicture picture;
    picture.cover = cover;
    return picture;
}

// The last command that draws anything in the window's list, after `draw`
// ran in one frame (a pushed and popped texture leaves an empty one open).
template <typename Fn>
bool lastCommandIsImage(Fn&& draw, ImageRectangle& image) {
    bool found = false;
    frame([&] {
        ImDrawList* list = ImGui::GetWindowDrawList();
        draw(list);
        int last = list->CmdBuffer.Size - 1;
        while (last > 0 && list->CmdBuffer[last].ElemCount == 0) --last;
        found = imageRectangleOf(*list, list->CmdBuffer[last], image);
    });
    return found;
}

}  // namespace

TEST_CASE("The canvas board picture is recognised as an image rectangle, tinted or filled shapes are not",
          "[gui][picture]") {
    headlessImGui();
    const auto texture = reinterpret_cast<ImTextureID>(intptr_t(7));
    ImageRectangle image;
    REQUIRE(lastCommandIsImage(
        [&](ImDrawList* list) {
            list->AddImage(texture, ImVec2(100, 50), ImVec2(500, 350), ImVec2(0, 0.75f), ImVec2(0.5f, 0));
        },
        image));
    CHECK(image.min.x == 100);
    CHECK(image.min.y == 50);
    CHECK(image.max.x == 500);
    CHECK(image.max.y == 350);
    CHECK(image.uvMin.y == 0.75f);  // the picture's top row is the texture's highest
    CHECK(image.uvMax.x == 0.5f);

    // Tinted or see-through: what is under it shows.
    CHECK_FALSE(lastCommandIsImage(
        [&](ImDrawList* list) {
            list->AddImage(texture, ImVec2(100, 50), ImVec2(500, 350), ImVec2(0, 0), ImVec2(1, 1),
                           IM_COL32(255, 255, 255, 128));
        },
        image));
    // A rounded image is not a rectangle.
    CHECK_FALSE(lastCommandIsImage(
        [&](ImDrawList* list) {
            list->AddImageRounded(texture, ImVec2(100, 50), ImVec2(500, 350), ImVec2(0, 0), ImVec2(1, 1),
                                  IM_COL32_WHITE, 8.0f);
        },
        image));
}

TEST_CASE("Damage is split where a canvas picture covers it, the topmost picture winning", "[gui][picture]") {
    // One damaged rectangle, half under a picture.
    std::vector<DamagePiece> pieces;
    const DamageRect damaged{100, 100, 300, 200};
    splitDamageByPictures({damaged}, {pictureCovering({200, 0, 600, 600})}, pieces);
    double area = 0;
    int covered = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        area += pieceArea(pieces[i].rect);
        for (std::size_t j = i + 1; j < pieces.size(); ++j) CHECK_FALSE(piecesOverlap(pieces[i].rect, pieces[j].rect));
        if (pieces[i].picture == 0) {
            ++covered;
            CHECK(pieces[i].rect.x0 == 200);
            CHECK(pieces[i].rect.x1 == 300);
        }
    }
    CHECK(area == Approx(pieceArea(damaged)));
    CHECK(covered == 1);

    // Two pictures over each other: where both are, the later one (drawn on top).
    splitDamageByPictures({{0, 0, 100, 100}},
                          {pictureCovering({0, 0, 100, 100}), pictureCovering({50, 0, 100, 100})}, pieces);
    area = 0;
    for (const DamagePiece& piece : pieces) {
        area += pieceArea(piece.rect);
        if (piece.rect.x0 >= 50) CHECK(piece.picture == 1);
        else CHECK(piece.picture == 0);
    }
    CHECK(area == Approx(100.0 * 100.0));

    // No picture: the damage as it was.
    splitDamageByPictures({damaged}, {}, pieces);
    REQUIRE(pieces.size() == 1);
    CHECK(pieces[0].picture == -1);
}
