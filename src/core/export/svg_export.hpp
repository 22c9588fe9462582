// A canvas as an SVG document that real renderers draw the same as the app:
// only paths, rects and text (no filters, no CSS, no foreignObject), every
// item in its own <g> carrying our id, kind and stage. Output is
// deterministic (fixed number formatting), so golden files can lock it.
#pragma once

#include "core/canvas/canvas_document.hpp"

#include <string>

namespace rehearse {

struct SvgExportOptions {
    double margin = 40;          // world units around the content
    bool background = true;      // paint the canvas colour behind everything
    std::string title;           // optional <title>
};

std::string exportSvg(const CanvasDocument& doc, const SvgExportOptions& options = {});

}  // namespace rehearse
