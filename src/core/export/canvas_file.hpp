// A canvas written to a file as SVG, PNG or Excalidraw: one function for the
// command line (`rehearse export`, `rehearse sessions export`) and the app's
// export buttons, so the same drawing comes out of both, with the same file
// permissions (writeOutputFile: 0666 less the umask for a new file).
#pragma once

#include "core/canvas/canvas_document.hpp"
#include "core/export/export_format.hpp"

#include <string>

namespace rehearse {

// Writes `doc` to `path` in `format` (Svg, Png or Excalidraw); `title` names
// the drawing where the format has a place for it (the SVG's <title>).
// False with `error` set when it cannot be written or the format is not a
// picture format.
bool writeCanvasFile(const CanvasDocument& doc, ExportFormat format, const std::string& path,
                     const std::string& title, std::string& error);

// A file name for a canvas export: `stem` made safe for a file name (letters,
// digits, '-', '_' and '.'; anything else becomes '-'), then the format's
// extension (".svg", ".png", ".excalidraw").
std::string canvasFileName(const std::string& stem, ExportFormat format);

}  // namespace rehearse
