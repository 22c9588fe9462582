// Builds a canvas from a scenario's reference diagram, so the debrief can
// show the reference with the same items as the user's own canvas, and the
// exporter can write it as SVG, PNG or an Excalidraw scene.
#pragma once

#include "core/canvas/canvas_document.hpp"
#include "core/scenario/scenario.hpp"

namespace rehearse {

// Ids 1..n for the items in diagram order, then for the arrows; arrows are
// stacked underneath the items. Zero sizes become the kind's default (160 x 80
// for blocks); an unknown kind becomes a box; an arrow naming a missing item
// keeps that end free. Positions and sizes are clamped to the canvas limits
// (canvas_limits.hpp).
CanvasDocument canvasFromDiagram(const Diagram& diagram);

}  // namespace rehearse
