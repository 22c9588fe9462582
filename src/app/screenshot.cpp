#include "app/screenshot.hpp"

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
    if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), stride)) {
        error = "cannot write " + path;
        return false;
    }
    return true;
}

}  // namespace rehearse
