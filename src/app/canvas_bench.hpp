// rehearse bench canvas --items N: frame-building cost of the real
// CanvasView against an ImGui context with no window (DisplaySize set, font
// atlas built, NewFrame/Render, no GL), printed as median CPU ms per frame
// and the ratio to an empty canvas frame.
//
// It lives in app/ because it needs ImGui; to register it (CLI11):
//   auto* bench = app.add_subcommand("bench", "Benchmarks");
//   auto* canvas = bench->add_subcommand("canvas", "Canvas frame cost");
//   canvas->add_option("--items", items);
//   canvas->callback([&] { result.ran = true; result.exitCode = runCanvasBench(items); });
#pragma once

#include "core/canvas/canvas_item.hpp"

#include <vector>

namespace rehearse {

// The diagram the canvas benchmarks draw: `items` labelled blocks on a grid
// and as many arrows between neighbours (block ids 1..items once added to
// an empty canvas).
std::vector<CanvasItem> benchCanvasItems(int items);

// `items` blocks plus as many arrows; returns the process exit code.
int runCanvasBench(int items, int frames = 100);

}  // namespace rehearse
