// The named-widget list scripted GUI tests read (--dump-widgets): each named
// widget with its rectangle and label, a label too wide for its button
// reported as clipped, and nothing written while recording is off.
#include "app/widget_handles.hpp"
#include "headless_imgui.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace rehearse;

namespace {

nlohmann::json widgetNamed(const nlohmann::json& list, const std::string& id) {
    for (const nlohmann::json& widget : list["widgets"])
        if (widget["id"] == id) return widget;
    return nullptr;
}

std::filesystem::path temporaryPath(const char* name) {
    return std::filesystem::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()) + ".json");
}

}  // namespace

TEST_CASE("named widgets are written with their rectangle, label and whether the label fits", "[gui][widget_handles]") {
    headlessImGui();
    const std::filesystem::path path = temporaryPath("rehearse-widgets");
    widget_handles::startRecording(path.string());
    REQUIRE(widget_handles::recording());
    ImVec2 startMin, startMax;
    frame([&] {
        widget_handles::beginFrame();
        ImGui::SetCursorScreenPos(ImVec2(100, 50));
        ImGui::Button("Start rehearsal##start");
        widget_handles::nameButton("library.start", "Start rehearsal##start");
        startMin = ImGui::GetItemRectMin();
        startMax = ImGui::GetItemRectMax();
        ImGui::Button("A label far too long for it", ImVec2(40, 0));
        widget_handles::nameButton("narrow", "A label far too long for it");
    });
    std::string error;
    REQUIRE(widget_handles::endFrame(error));
    widget_handles::startRecording("");

    std::ifstream in(path);
    const nlohmann::json list = nlohmann::json::parse(in);
    CHECK(list["window"]["w"] == 1440);
    const nlohmann::json start = widgetNamed(list, "library.start");
    REQUIRE(start.is_object());
    CHECK(start["label"] == "Start rehearsal");  // what shows, not the ImGui id
    CHECK(start["rect"]["x"].get<float>() == Approx(startMin.x));
    CHECK(start["rect"]["y"].get<float>() == Approx(50));
    CHECK(start["rect"]["w"].get<float>() == Approx(startMax.x - startMin.x));
    CHECK(start["clipped"] == false);
    CHECK(start["layer"] == "Rehearse");
    const nlohmann::json narrow = widgetNamed(list, "narrow");
    REQUIRE(narrow.is_object());
    CHECK(narrow["rect"]["w"].get<float>() == Approx(40));
    CHECK(narrow["clipped"] == true);
    std::filesystem::remove(path);
}

TEST_CASE("once the widget list is off, frames are no longer written", "[gui][widget_handles]") {
    headlessImGui();
    const std::filesystem::path path = temporaryPath("rehearse-widgets-off");
    std::string error;
    widget_handles::startRecording(path.string());
    frame([&] {
        widget_handles::beginFrame();
        ImGui::Button("Start");
        widget_handles::nameButton("library.start", "Start");
    });
    REQUIRE(widget_handles::endFrame(error));
    widget_handles::startRecording("");
    REQUIRE_FALSE(widget_handles::recording());
    frame([&] {
        widget_handles::beginFrame();
        ImGui::Button("History");
        widget_handles::nameButton("library.history", "History");
    });
    CHECK(widget_handles::endFrame(error));
    std::ifstream in(path);
    const nlohmann::json list = nlohmann::json::parse(in);
    CHECK(widgetNamed(list, "library.start").is_object());
    CHECK(widgetNamed(list, "library.history").is_null());
    std::filesystem::remove(path);
}
