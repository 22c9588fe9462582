// A canvas as a PNG, drawn by a small software rasteriser (filled convex
// paths, stroked polylines, text) over the same shapes the app draws, written
// with stb_image_write. Anti-aliased by supersampling. Text uses a TrueType
// font from the system when one is found (stb_truetype), else a built-in
// bitmap font, so the export never fails for want of fonts.
#pragma once

#include "core/canvas/canvas_document.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace rehearse {

struct PngExportOptions {
    double scale = 1.0;          // pixels per world unit
    double margin = 40;          // world units around the content
    int maxDimension = 8192;     // larger drawings are scaled down to fit
    // A .ttf or .otf file for text; empty: the app's own face, found through
    // fontconfig (export/font_file.hpp); "builtin": the built-in bitmap font
    // (deterministic, for tests).
    std::string fontPath;
};

struct PngImage {
    int width = 0, height = 0;
    std::vector<uint8_t> rgb;    // width * height * 3, rows top to bottom
};

// Renders the document (the PNG's pixels, before encoding).
PngImage renderCanvas(const CanvasDocument& doc, const PngExportOptions& options = {});
// The encoded PNG file's bytes.
std::vector<uint8_t> exportPng(const CanvasDocument& doc, const PngExportOptions& options = {});
// Writes the PNG; false with `error` set when the file cannot be written.
bool writePng(const CanvasDocument& doc, const std::string& path, const PngExportOptions& options,
              std::string& error);

}  // namespace rehearse
