#include "core/export/export_format.hpp"

#include <algorithm>
#include <cctype>

namespace rehearse {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The extension of the file name: from its last dot, when that dot is not
// its first character (".json" alone is a hidden file, not an extension).
std::string extensionOf(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    const std::string_view name = std::string_view(path).substr(slash == std::string::npos ? 0 : slash + 1);
    const size_t dot = name.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    return lower(name.substr(dot));
}

std::string list(const std::vector<ExportFormat>& formats) {
    std::string out;
    for (size_t i = 0; i < formats.size(); ++i) {
        if (i > 0) out += i + 1 == formats.size() ? " or " : ", ";
        out += exportFormatId(formats[i]);
    }
    return out;
}

}  // namespace

const char* exportFormatId(ExportFormat format) {
    switch (format) {
    case ExportFormat::Json: return "json";
    case ExportFormat::Markdown: return "md";
    case ExportFormat::Svg: return "svg";
    case ExportFormat::Png: return "png";
    case ExportFormat::Excalidraw: return "excalidraw";
    }
    return "?";
}

std::optional<ExportFormat> exportFormatFromId(std::string_view id) {
    const std::string s = lower(id);
    if (s == "json") return ExportFormat::Json;
    if (s == "md" || s == "markdown") return ExportFormat::Markdown;
    if (s == "svg") return ExportFormat::Svg;
    if (s == "png") return ExportFormat::Png;
    if (s == "excalidraw") return ExportFormat::Excalidraw;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const std::string& path) {
    const std::string ext = extensionOf(path);
    if (ext.empty()) return std::nullopt;
    return exportFormatFromId(std::string_view(ext).substr(1));
}

ExportFormatChoice chooseExportFormat(const std::string& explicitFormat, const std::string& outputPath,
                                      const std::vector<ExportFormat>& allowed,
                                      std::optional<ExportFormat> fallback) {
    ExportFormatChoice choice;
    std::optional<ExportFormat> format;
    if (!explicitFormat.empty()) {
        format = exportFormatFromId(explicitFormat);
        if (!format) {
            choice.error = "unknown format '" + explicitFormat + "': say --format " + list(allowed);
            return choice;
        }
    } else {
        const std::string ext = extensionOf(outputPath);
        if (ext.empty()) {
            format = fallback;
            if (!format) {
                choice.error = "cannot tell the format from '" + outputPath + "' (no extension): say --format " +
                               list(allowed) + ", or name the file with one of those extensions";
                return choice;
            }
        } else {
            format = exportFormatFromPath(outputPath);
            if (!format) {
                choice.error = "unknown extension '" + ext + "' in '" + outputPath + "': say --format " +
                               list(allowed) + ", or name the file with one of those extensions";
                return choice;
            }
        }
    }
    if (std::find(allowed.begin(), allowed.end(), *format) == allowed.end()) {
        choice.error = std::string("this export cannot write ") + exportFormatId(*format) + ": say --format " +
                       list(allowed);
        return choice;
    }
    choice.format = format;
    return choice;
}

}  // namespace rehearse
