// What FrameDamage reports is all a retained frame redraws: a change it
// misses stays wrong on screen. Checked on real ImGui frames.
#include "app/frame_damage.hpp"

#include "headless_imgui.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace rehearse;

namespace {

bool inside(const std::vector<DamageRect>& rects, ImVec2 a, ImVec2 b) {
    for (const DamageRect& r : rects)
        if (r.x0 <= a.x && r.y0 <= a.y && r.x1 >= b.x && r.y1 >= b.y) return true;
    return false;
}

double area(const std::vector<DamageRect>& rects) {
    double sum = 0;
    for (const DamageRect& r : rects) sum += double(r.x1 - r.x0) * double(r.y1 - r.y0);
    return sum;
}

struct Drawn {
    ImVec2 min, max;  // the changing text's rectangle
};

// A screen with plenty on it and one text that changes: a clock.
Drawn drawClockScreen(const std::string& clock, bool popup) {
    Drawn drawn;
    frame([&] {
        for (int i = 0; i < 20; ++i) ImGui::Text("A line that stays the same, number %d", i);
        ImGui::Button("A button");
        ImGui::SetCursorPos(ImVec2(600, 40));
        ImGui::TextUnformatted(clock.c_str());
        drawn.min = ImGui::GetItemRectMin();
        drawn.max = ImGui::GetItemRectMax();
        if (popup) {
            ImGui::SetNextWindowPos(ImVec2(300, 300));
            ImGui::Begin("A tooltip-like window", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize);
            ImGui::TextUnformatted("over the rest");
            ImGui::End();
        }
    });
    return drawn;
}

}  // namespace

TEST_CASE("A frame that changes one text is damaged around that text only", "[gui][damage]") {
    headlessImGui();
    FrameDamage damage;
    drawClockScreen("12:34", false);
    const std::vector<DamageRect> first = damage.update(*ImGui::GetDrawData());
    REQUIRE(first.size() == 1);  // the first frame: everything
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    CHECK(area(first) == Approx(double(display.x) * double(display.y)));

    drawClockScreen("12:34", false);
    CHECK(damage.update(*ImGui::GetDrawData()).empty());  // nothing changed: nothing to draw

    const Drawn clock = drawClockScreen("12:35", false);
    const std::vector<DamageRect> ticked = damage.update(*ImGui::GetDrawData());
    REQUIRE_FALSE(ticked.empty());
    // Only the digit that changed, within the clock's line.
    const float digit = ImGui::CalcTextSize("5").x;
    for (const DamageRect& r : ticked) {
        CHECK(r.x0 >= clock.min.x - 4);
        CHECK(r.x1 <= clock.max.x + 4);
        CHECK(r.y0 >= clock.min.y - 4);
        CHECK(r.y1 <= clock.max.y + 4);
    }
    CHECK(inside(ticked, ImVec2(clock.max.x - digit * 0.5f, clock.min.y + 4), ImVec2(clock.max.x - 1, clock.max.y - 4)));
    CHECK(area(ticked) < 0.001 * double(display.x) * double(display.y));
}

TEST_CASE("A window that appears or goes is damaged where it is or was", "[gui][damage]") {
    headlessImGui();
    FrameDamage damage;
    drawClockScreen("10:00", false);
    damage.update(*ImGui::GetDrawData());
    drawClockScreen("10:00", true);  // a new auto-sized window is measured, not drawn, in its first frame
    damage.update(*ImGui::GetDrawData());
    drawClockScreen("10:00", true);
    const std::vector<DamageRect> appeared = damage.update(*ImGui::GetDrawData());
    CHECK(inside(appeared, ImVec2(305, 305), ImVec2(340, 312)));
    drawClockScreen("10:00", false);
    const std::vector<DamageRect> gone = damage.update(*ImGui::GetDrawData());
    CHECK(inside(gone, ImVec2(305, 305), ImVec2(340, 312)));
}

TEST_CASE("After invalidate the whole display is damaged", "[gui][damage]") {
    headlessImGui();
    FrameDamage damage;
    drawClockScreen("10:00", false);
    damage.update(*ImGui::GetDrawData());
    damage.invalidate();
    drawClockScreen("10:00", false);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    CHECK(inside(damage.update(*ImGui::GetDrawData()), ImVec2(0, 0), display));
}

TEST_CASE("Damage rectangles come out disjoint and few", "[gui][damage]") {
    const DamageRect bounds{0, 0, 100, 100};
    const std::vector<DamageRect> merged =
        mergeDamage({{0, 0, 10, 10}, {5, 5, 20, 20}, {50, 50, 60, 60}, {90, 90, 120, 120}}, bounds, 6);
    REQUIRE(merged.size() == 3);
    for (std::size_t i = 0; i < merged.size(); ++i)
        for (std::size_t j = i + 1; j < merged.size(); ++j) {
            const bool apart = merged[i].x1 <= merged[j].x0 || merged[j].x1 <= merged[i].x0 ||
                               merged[i].y1 <= merged[j].y0 || merged[j].y1 <= merged[i].y0;
            CHECK(apart);
        }
    CHECK(merged.back().x1 == 100);  // clipped to the display
    const std::vector<DamageRect> capped = mergeDamage({{0, 0, 1, 1}, {10, 10, 11, 11}, {20, 20, 21, 21}}, bounds, 2);
    REQUIRE(capped.size() == 1);
    CHECK(capped[0].x0 == 0);
    CHECK(capped[0].x1 == 21);
}

TEST_CASE("A picture redrawn into its other texture is damaged where it shows, not its whole window",
          "[gui][damage]") {
    headlessImGui();
    FrameDamage damage;
    // The canvas board's picture alternates between two textures; the rest
    // of its window (a toolbar's worth of text) stays the same.
    const auto drawPictureScreen = [](ImTextureID texture) {
        frame([&] {
            for (int i = 0; i < 10; ++i) ImGui::Text("A toolbar line that stays the same, number %d", i);
            ImGui::GetWindowDrawList()->AddImage(texture, ImVec2(300, 300), ImVec2(700, 600));
            ImGui::TextUnformatted("drawn over the picture");
        });
    };
    const auto first = reinterpret_cast<ImTextureID>(intptr_t(101));
    const auto second = reinterpret_cast<ImTextureID>(intptr_t(102));
    drawPictureScreen(first);
    damage.update(*ImGui::GetDrawData());
    drawPictureScreen(first);
    CHECK(damage.update(*ImGui::GetDrawData()).empty());
    drawPictureScreen(second);
    const std::vector<DamageRect> redrawn = damage.update(*ImGui::GetDrawData());
    CHECK(inside(redrawn, ImVec2(300, 300), ImVec2(700, 600)));
    for (const DamageRect& r : redrawn) {
        CHECK(r.x0 >= 300 - 4);
        CHECK(r.y0 >= 300 - 4);
        CHECK(r.x1 <= 700 + 4);
        CHECK(r.y1 <= 600 + 4);
    }
}
