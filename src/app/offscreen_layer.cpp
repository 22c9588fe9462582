#include "app/offscreen_layer.hpp"

#include <glad/gl.h>
// glad first: GLFW must not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

namespace rehearse {

namespace {

// Every live picture texture, by its GL name (names are unique in the
// context, and stay with the textures when a layer is moved).
struct KnownPictureTexture {
    unsigned int texture;
    PictureTexture picture;
};
std::vector<KnownPictureTexture>& knownPictureTextures() {
    static std::vector<KnownPictureTexture> known;
    return known;
}

void forgetPictureTextures(const unsigned int (&textures)[2]) {
    std::vector<KnownPictureTexture>& known = knownPictureTextures();
    known.erase(std::remove_if(known.begin(), known.end(),
                               [&](const KnownPictureTexture& k) {
                                   return k.texture == textures[0] || k.texture == textures[1];
                               }),
                known.end());
}

}  // namespace

const PictureTexture* OffscreenLayer::pictureTexture(ImTextureID id) {
    const auto name = static_cast<unsigned int>(reinterpret_cast<intptr_t>(id));
    for (const KnownPictureTexture& k : knownPictureTextures())
        if (k.texture == name) return &k.picture;
    return nullptr;
}

void OffscreenLayer::setOpaque(bool opaque) {
    m_opaque = opaque;
    for (KnownPictureTexture& k : knownPictureTextures())
        if (k.texture == m_textures[0] || k.texture == m_textures[1]) k.picture.opaque = opaque;
}

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
    std::swap(m_opaque, other.m_opaque);
    std::swap(m_keepLast, other.m_keepLast);
    std::swap(m_keptAt, other.m_keptAt);
    std::swap(m_lastWidth, other.m_lastWidth);
    std::swap(m_lastHeight, other.m_lastHeight);
}

void OffscreenLayer::release() {
    // GL objects only with a context to delete them in (at exit the window may be gone).
    if (m_textures[0] && glfwGetCurrentContext()) {
        glDeleteFramebuffers(2, m_framebuffers);
        glDeleteTextures(2, m_textures);
    }
    if (m_textures[0]) forgetPictureTextures(m_textures);
    m_framebuffers[0] = m_framebuffers[1] = m_textures[0] = m_textures[1] = 0;
    m_width = m_height = 0;
    m_ready = false;
    IM_DELETE(m_list);
    m_list = nullptr;
}

bool OffscreenLayer::ensureTextures(int width, int height) {
    if (m_textures[0] && width <= m_width && height <= m_height) return true;
    if (m_textures[0]) {
        forgetPictureTextures(m_textures);
        glDeleteFramebuffers(2, m_framebuffers);
        glDeleteTextures(2, m_textures);
        m_framebuffers[0] = m_framebuffers[1] = m_textures[0] = m_textures[1] = 0;
    }
    m_ready = false;
    // Room for the pan margin around the board (canvas_view: 30% of it on
    // each side), so that growing the picture by it keeps the last one's
    // pixels (see canKeep).
    width = width * 7 / 4;
    height = height * 7 / 4;
    glGenTextures(2, m_textures);
    glGenFramebuffers(2, m_framebuffers);
    bool complete = true;
    for (int i = 0; i < 2; ++i) {
        glBindTexture(GL_TEXTURE_2D, m_textures[i]);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        // Linear for a zoom in progress; shown pixel for pixel at whole
        // pixels otherwise, where it samples texel centres and nothing blurs.
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
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
    for (int i = 0; i < 2; ++i)
        knownPictureTextures().push_back({m_textures[i], PictureTexture{m_framebuffers[i], width, height, m_opaque}});
    return true;
}

bool OffscreenLayer::canKeep(ImVec2 size) const {
    const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
    return m_ready && scale.x == m_scale.x && scale.y == m_scale.y && int(std::ceil(size.x * scale.x)) <= m_width &&
           int(std::ceil(size.y * scale.y)) <= m_height;
}

ImDrawList& OffscreenLayer::beginFromLast(ImVec2 size, ImVec2 keptAt) {
    const bool keep = m_ready;
    const float scaleX = m_scale.x, scaleY = m_scale.y;
    m_lastWidth = int(std::ceil(m_size.x * scaleX));
    m_lastHeight = int(std::ceil(m_size.y * scaleY));
    ImDrawList& list = begin(size);
    m_keepLast = keep;
    m_keptAt = keptAt;
    return list;
}

ImDrawList& OffscreenLayer::begin(ImVec2 size) {
    if (!m_list) m_list = IM_NEW(ImDrawList)(ImGui::GetDrawListSharedData());
    m_keepLast = false;
    m_size = size;
    m_list->_ResetForNewFrame();
    m_list->PushTextureID(ImGui::GetIO().Fonts->TexID);
    m_list->PushClipRect(ImVec2(0, 0), size);
    return *m_list;
}

bool OffscreenLayer::end() {
    const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
    // The last pixels are kept only at the same scale (a window moved to
    // another monitor draws everything again).
    bool keep = m_keepLast && scale.x == m_scale.x && scale.y == m_scale.y;
    m_keepLast = false;
    m_scale = scale;
    const int width = int(std::ceil(m_size.x * m_scale.x)), height = int(std::ceil(m_size.y * m_scale.y));
    const int textureWidth = m_width, textureHeight = m_height;
    if (width <= 0 || height <= 0 || !ensureTextures(width, height)) {
        m_ready = false;
        return false;
    }
    // New textures (grown): the last picture went with the old ones.
    keep = keep && m_width == textureWidth && m_height == textureHeight;
    GLint previous = 0, previousRead = 0;
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &previousRead);
    glDisable(GL_SCISSOR_TEST);
    m_current = 1 - m_current;
    glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffers[m_current]);
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
    if (keep) copyLast(width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffers[m_current]);
    glViewport(0, 0, width, height);
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
    glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(previousRead));
    m_ready = true;
    return true;
}

// The last picture's pixels (the other texture) into the current one, their
// top-left at m_keptAt, clipped to the new picture (width x height pixels).
void OffscreenLayer::copyLast(int width, int height) {
    const int ox = int(std::lround(m_keptAt.x * m_scale.x)), oy = int(std::lround(m_keptAt.y * m_scale.y));
    // The kept pixels in the new picture, counted from its top-left.
    const int x0 = std::max(0, ox), x1 = std::min(width, ox + m_lastWidth);
    const int y0 = std::max(0, oy), y1 = std::min(height, oy + m_lastHeight);
    if (x1 <= x0 || y1 <= y0) return;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_framebuffers[1 - m_current]);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_framebuffers[m_current]);
    // Each picture fills the bottom-left of its texture, rows counted from
    // the bottom: a row r from the top is height - 1 - r.
    glBlitFramebuffer(x0 - ox, m_lastHeight - (y1 - oy), x1 - ox, m_lastHeight - (y0 - oy), x0, height - y1, x1,
                      height - y0, GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

void OffscreenLayer::showScaled(ImDrawList* dl, ImVec2 at, ImVec2 size) const {
    if (!m_ready) return;
    // The picture fills the bottom-left of the texture (GL counts rows from
    // the bottom): its top row is the highest one used.
    const float usedU = m_size.x * m_scale.x / float(m_width), usedV = m_size.y * m_scale.y / float(m_height);
    // Stretched, the filter would blend in the unused texels beyond the
    // picture's edge (a dark seam): sample from half a texel inside it.
    const bool stretched = size.x != m_size.x || size.y != m_size.y;
    const float insetU = stretched ? 0.5f / float(m_width) : 0, insetV = stretched ? 0.5f / float(m_height) : 0;
    dl->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(m_textures[m_current])), at,
                 ImVec2(at.x + size.x, at.y + size.y), ImVec2(insetU, usedV - insetV), ImVec2(usedU - insetU, insetV));
}

}  // namespace rehearse
