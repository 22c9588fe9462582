// Writes what the current GL framebuffer shows to a PNG file.
#pragma once

#include <string>

namespace rehearse {

// Returns false (with `error` set) when the pixels cannot be read or written.
bool writeFramebufferPng(const std::string& path, int width, int height, std::string& error);

}  // namespace rehearse
