// The golden files of tests/data/golden, and the canvas the export tests draw.
#pragma once

#include "core/canvas/canvas_document.hpp"
#include "test_files.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace rehearse::test {

inline std::string golden(const std::string& name) { return std::string(REHEARSE_TEST_DATA) + "/golden/" + name; }

inline CanvasDocument sample() {
    return CanvasDocument::fromJson(nlohmann::json::parse(readAll(golden("canvas_sample.json"))));
}

}  // namespace rehearse::test
