// Thrown when canvas JSON (a stored document, a command, a clipboard payload)
// is malformed. The message names the offending field, e.g.
// "items[3].kind: unknown item kind \"circle\"".
#pragma once

#include <stdexcept>
#include <string>

namespace rehearse {

class CanvasFormatError : public std::runtime_error {
public:
    explicit CanvasFormatError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace rehearse
