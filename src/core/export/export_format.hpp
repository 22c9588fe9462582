// Which file format an export writes, from --format or the output file's
// name, by one rule for `rehearse export` and `rehearse sessions export`:
//   - an explicit format wins ("json", "md", "svg", "png", "excalidraw");
//   - else the extension decides, in any letter case: .json, .md/.markdown,
//     .svg, .png, .excalidraw;
//   - an extension that is none of these is refused, never guessed (a
//     "debrief.txt" must not silently become a JSON archive);
//   - no extension at all takes the command's default, if it has one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rehearse {

enum class ExportFormat { Json, Markdown, Svg, Png, Excalidraw };

// "json", "md", "svg", "png", "excalidraw": the --format spelling.
const char* exportFormatId(ExportFormat format);
// From a --format value (also "markdown"), any letter case.
std::optional<ExportFormat> exportFormatFromId(std::string_view id);
// From the output file's extension (see above); nothing for a missing or
// unknown one.
std::optional<ExportFormat> exportFormatFromPath(const std::string& path);

struct ExportFormatChoice {
    std::optional<ExportFormat> format;
    std::string error;  // when there is no format: one line for the user
};

// The rule above. `allowed` lists what the command can write (in the order
// its messages name them); `fallback` is its format for a name without an
// extension, if any.
ExportFormatChoice chooseExportFormat(const std::string& explicitFormat, const std::string& outputPath,
                                      const std::vector<ExportFormat>& allowed,
                                      std::optional<ExportFormat> fallback = std::nullopt);

}  // namespace rehearse
