#include "app/partial_present.hpp"

#include <GLFW/glfw3.h>

namespace rehearse {

bool PartialPresent::setUp(GLFWwindow* window) {
    m_copy = nullptr;
    // GLFW looks in GLX's extensions as well as the context's.
    if (!window || glfwGetCurrentContext() != window || !glfwExtensionSupported("GLX_MESA_copy_sub_buffer")) return false;
    // The display and drawable the context draws to (GLFW's GLXWindow), asked
    // of GLX itself: its header would bring a second GL header beside glad's,
    // and GLFW's native header wants X11 extension headers.
    using CurrentDisplay = void* (*)();
    using CurrentDrawable = unsigned long (*)();
    const auto currentDisplay = reinterpret_cast<CurrentDisplay>(glfwGetProcAddress("glXGetCurrentDisplay"));
    const auto currentDrawable = reinterpret_cast<CurrentDrawable>(glfwGetProcAddress("glXGetCurrentDrawable"));
    const auto copy = reinterpret_cast<CopySubBuffer>(glfwGetProcAddress("glXCopySubBufferMESA"));
    if (!currentDisplay || !currentDrawable || !copy) return false;
    m_display = currentDisplay();
    m_drawable = currentDrawable();
    if (!m_display || !m_drawable) return false;
    m_copy = copy;
    return true;
}

void PartialPresent::copy(int x, int y, int width, int height) const {
    if (m_copy && width > 0 && height > 0) m_copy(m_display, m_drawable, x, y, width, height);
}

}  // namespace rehearse
