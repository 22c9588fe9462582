#include "app/offscreen_layer.hpp"

#include <glad/gl.h>
// glad first: GLFW must not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>

#include <cmath>
#include <cstring>
#include <utility>

namespace rehearse {

bool OffscreenLayer::available() {
    // No window (tests, the window-less benchmark): GLFW was never set up.
    const char* renderer = ImGui::GetIO().BackendRendererName;
    return renderer && std::strcmp(renderer, "imgui_impl_opengl3") == 0 && glfwGetCurrentContext() != nullptr;
}

void OffscreenLayer::swap(OffscreenLayer& other) noexcept {
    std::swap(m_list, other.m_list);
    std::swap(m_framebuffers, other.m_framebuffers);
    std::swap(m_textures, other.m_textures);
    std::swap(m_current, other.m_current);
    std::swap(m_width, other.m_width);
    std::swap(m_height, other.m_height);
    std::swap(m_size, other.m_size);
    std::swap(m_scale, other.m_scale);
    std::swap(m_ready, other.m_ready);
}

void OffscreenLayer::release() {
    // GL objects only with a context to delete them in (at exit the window may be gone).
    if (m_textures[0] && glfwGetCurrentContext()) {
        glDeleteFramebuffers(2, m_framebuffers);
        glDeleteTextures(2, m_textures);
    }
    m_framebuffers[0] = m_framebuffers[1] = m_textures[0] = m_textures[1] = 0;
    m_width = m_height = 0;
    m_ready = false;
    IM_DELETE(m_list);
    m_list = nullptr;
}

bool OffscreenLayer::ensureTextures(int width, int height) {
    if (m_textures[0] && width <= m_width && height <= m_height) return true;
    if (m_textures[0]) {
        glDeleteFramebuffers(2, m_framebuffers);
        glDeleteTextures(2, m_textures);
        m_framebuffers[0] = m_framebuffers[1] = m_textures[0] = m_textures[1] = 0;
    }
    m_ready = false;
    glGenTextures(2, m_textures);
    glGenFramebuffers(2, m_framebuffers);
    bool complete = true;
    for (int i = 0; i < 2; ++i) {
        glBindTexture(GL_TEXTURE_2D, m_textures[i]);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        // Shown pixel for pixel: nearest, so nothing blurs.
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffers[i]);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_textures[i], 0);
        complete = complete && glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    }
    glBindTexture(GL_TEXTURE_2D, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (!complete) {
        glDeleteFramebuffers(2, m_framebuffers);
        glDeleteTextures(2, m_textures);
        m_framebuffers[0] = m_framebuffers[1] = m_textures[0] = m_textures[1] = 0;
        return false;
    }
    m_width = width;
    m_height = height;
    return true;
}

ImDrawList& OffscreenLayer::begin(ImVec2 size) {
    if (!m_list) m_list = IM_NEW(ImDrawList)(ImGui::GetDrawListSharedData());
    m_size = size;
    m_list->_ResetForNewFrame();
    m_list->PushTextureID(ImGui::GetIO().Fonts->TexID);
    m_list->PushClipRect(ImVec2(0, 0), size);
    return *m_list;
}

bool OffscreenLayer::end() {
    m_scale = ImGui::GetIO().DisplayFramebufferScale;
    const int width = int(std::ceil(m_size.x * m_scale.x)), height = int(std::ceil(m_size.y * m_scale.y));
    if (width <= 0 || height <= 0 || !ensureTextures(width, height)) {
        m_ready = false;
        return false;
    }
    m_current = 1 - m_current;
    GLint previous = 0;
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
    glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffers[m_current]);
    glDisable(GL_SCISSOR_TEST);
    glViewport(0, 0, width, height);
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
    ImDrawList* lists[] = {m_list};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = m_list->VtxBuffer.Size;
    data.TotalIdxCount = m_list->IdxBuffer.Size;
    data.DisplayPos = ImVec2(0, 0);
    data.DisplaySize = m_size;
    data.FramebufferScale = m_scale;
    ImGui_ImplOpenGL3_RenderDrawData(&data);
    glBindFramebuffer(GL_FRAMEBUFFER, GLuint(previous));
    m_ready = true;
    return true;
}

void OffscreenLayer::show(ImDrawList* dl, ImVec2 at) const {
    if (!m_ready) return;
    // The picture fills the bottom-left of the texture (GL counts rows from
    // the bottom): its top row is the highest one used.
    const float usedU = m_size.x * m_scale.x / float(m_width), usedV = m_size.y * m_scale.y / float(m_height);
    dl->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(m_textures[m_current])), at, ImVec2(at.x + m_size.x, at.y + m_size.y),
                 ImVec2(0, usedV), ImVec2(usedU, 0));
}

}  // namespace rehearse
