#include "core/export/canvas_file.hpp"

#include "core/export/excalidraw_export.hpp"
#include "core/export/png_export.hpp"
#include "core/export/svg_export.hpp"
#include "core/store/safe_file.hpp"

namespace rehearse {

bool writeCanvasFile(const CanvasDocument& doc, ExportFormat format, const std::string& path,
                     const std::string& title, std::string& error) {
    error = "cannot write " + path;
    switch (format) {
    case ExportFormat::Svg: {
        SvgExportOptions options;
        options.title = title;
        return writeOutputFile(path, exportSvg(doc, options), error);
    }
    case ExportFormat::Excalidraw: return writeOutputFile(path, exportExcalidrawText(doc), error);
    case ExportFormat::Png: {
        PngExportOptions options;
        options.scale = 2;  // crisp on HiDPI screens and in documents
        return writePng(doc, path, options, error);
    }
    case ExportFormat::Json:
    case ExportFormat::Markdown: break;
    }
    error = std::string("a canvas cannot be written as ") + exportFormatId(format);
    return false;
}

std::string canvasFileName(const std::string& stem, ExportFormat format) {
    std::string name;
    for (char c : stem) {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '_' || c == '.';
        name += safe ? c : '-';
    }
    if (name.empty() || name[0] == '.') name.insert(name.begin(), 'c');  // never a hidden file
    return name + "." + exportFormatId(format);
}

}  // namespace rehearse
