// Exporting a canvas from the app: SVG, PNG or Excalidraw, with the same
// code as `rehearse export` (core/export/canvas_file), into the folder chosen
// in the settings or the user's Documents folder (core exportFolder()).
#pragma once

#include "core/canvas/canvas_document.hpp"

#include <string>

namespace rehearse {

// The folder chosen in the settings ("" for the default); set when the
// settings are applied.
void setChosenExportFolder(const std::string& folder);
// Where an export goes now.
std::string currentExportFolder();

struct CanvasExportMessage {
    std::string text;  // "Saved ..." or why not
    bool failed = false;
};

// A button that opens a menu of the three formats; an export writes
// "<stem>-<date>-<time>.<ext>" into the export folder and reports in
// `message`. Nothing to export: the button is greyed out.
void canvasExportButton(const char* label, const CanvasDocument& doc, const std::string& stem,
                        const std::string& title, CanvasExportMessage& message);

}  // namespace rehearse
