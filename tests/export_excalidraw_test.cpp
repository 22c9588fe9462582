// Excalidraw export: the scene Excalidraw opens with the same items and
// arrows. Locked by a golden file, and checked against the rules of the
// format Excalidraw's importer applies.
#include "core/canvas/canvas_document.hpp"
#include "core/export/excalidraw_export.hpp"

#include "test_files.hpp"
#include "golden_files.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace rehearse;

namespace {

using rehearse::test::golden;
using rehearse::test::sample;

}  // namespace

TEST_CASE("excalidraw export matches its golden file", "[export][excalidraw]") {
    const std::string actual = exportExcalidrawText(sample());
    if (std::getenv("REHEARSE_UPDATE_GOLDENS")) {
        std::ofstream(golden("canvas_sample.excalidraw"), std::ios::binary) << actual;
        WARN("updated golden canvas_sample.excalidraw");
        return;
    }
    CHECK(actual == test::readAll(golden("canvas_sample.excalidraw")));
}

TEST_CASE("excalidraw export follows the format's rules", "[export][excalidraw]") {
    const CanvasDocument doc = sample();
    const nlohmann::json scene = exportExcalidraw(doc);
    CHECK(scene["type"] == "excalidraw");
    CHECK(scene["version"] == 2);
    CHECK(scene["source"].is_string());
    CHECK(scene["appState"].is_object());
    CHECK(scene["files"].is_object());

    std::map<std::string, nlohmann::json> byId;
    std::set<uint64_t> ourIds;
    for (const auto& e : scene["elements"]) {
        INFO(e.dump());
        const std::string id = e["id"];
        CHECK(byId.emplace(id, e).second);  // ids unique
        for (const char* field : {"type", "x", "y", "width", "height", "strokeColor", "backgroundColor",
                                  "version", "versionNonce", "seed", "isDeleted", "groupIds", "boundElements"})
            CHECK(e.contains(field));
        CHECK(e["width"].get<double>() > 0);   // zero-size elements are dropped on import
        CHECK(e["height"].get<double>() > 0);
        REQUIRE(e["customData"].is_object());
        ourIds.insert(e["customData"]["rehearseId"].get<uint64_t>());
        const std::string type = e["type"];
        if (type == "text") {
            CHECK(e["fontSize"].get<double>() > 0);
            CHECK(e["fontFamily"].is_number_integer());
            CHECK(e["text"].is_string());
            CHECK(e["originalText"].is_string());
        }
        if (type == "arrow" || type == "freedraw") CHECK(e["points"].size() >= 2);
    }
    // Every item made it, under a stable id derived from ours.
    for (const CanvasItem& item : doc.items()) {
        CHECK(ourIds.count(item.id.value));
        CHECK(byId.count("rh-" + std::to_string(item.id.value)));
    }
    // Bindings point both ways.
    for (const auto& [id, e] : byId) {
        if (e.contains("containerId") && e["containerId"].is_string()) {
            const auto& container = byId.at(e["containerId"]);
            bool listed = false;
            for (const auto& b : container["boundElements"]) listed |= b["id"] == id;
            CHECK(listed);
        }
        for (const char* end : {"startBinding", "endBinding"})
            if (e.contains(end) && e[end].is_object()) {
                const auto& target = byId.at(e[end]["elementId"]);
                bool listed = false;
                for (const auto& b : target["boundElements"]) listed |= b["id"] == id && b["type"] == "arrow";
                CHECK(listed);
            }
    }
    // Sticky notes: a filled rectangle with its text bound inside, stage kept.
    const auto& note = byId.at("rh-15");
    CHECK(note["type"] == "rectangle");
    CHECK(note["fillStyle"] == "solid");
    CHECK(note["backgroundColor"] != "transparent");
    CHECK(note["customData"]["stage"] == "data");
    CHECK(byId.at("rh-15-label")["containerId"] == "rh-15");
    // An arrow attached at both ends; one with a free start.
    CHECK(byId.at("rh-18")["startBinding"]["elementId"] == "rh-2");
    CHECK(byId.at("rh-18")["endBinding"]["elementId"] == "rh-3");
    CHECK(byId.at("rh-22")["startBinding"].is_null());
}
