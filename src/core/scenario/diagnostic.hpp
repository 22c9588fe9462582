// A problem found in an input file, located precisely enough that an editor
// can jump to it: `path:line:col: error: message`.
#pragma once

#include <string>
#include <vector>

namespace rehearse {

struct Diagnostic {
    enum class Severity { Error, Warning };
    std::string path;
    int line = 0;    // 1-based; 0 when the problem concerns the whole file
    int column = 0;  // 1-based, in bytes
    Severity severity = Severity::Error;
    std::string message;

    std::string format() const;  // "path:line:col: error: message"
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);

}  // namespace rehearse
