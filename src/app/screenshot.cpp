#include "app/screenshot.hpp"

#include "core/store/safe_file.hpp"

#include <glad/gl.h>
#include <stb_image_write.h>

#include <vector>

namespace rehearse {

bool writeFramebufferPng(const std::string& path, int width, int height, std::string& error) {
    if (width <= 0 || height <= 0) {
        error = "the window has no size";
        return false;
    }
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL's rows go bottom-up; PNG's go top-down.
    const int stride = width * 4;
    stbi_flip_vertically_on_write(1);
    std::string bytes;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
    };
    if (!stbi_write_png_to_func(append, &bytes, width, height, 4, pixels.data(), stride)) {
        error = "cannot write " + path + ": the image could not be encoded";
        return false;
    }
    // The same rule as every export (read-only refused, symlinks replaced).
    return writeOutputFile(path, bytes, error);
}

}  // namespace rehearse
