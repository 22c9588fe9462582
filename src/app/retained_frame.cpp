#include "app/retained_frame.hpp"

#include <glad/gl.h>
// glad first: GLFW must not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>

namespace rehearse {

void RetainedFrame::release() {
    // Only with a context to delete them in (at exit the window may be gone).
    if (!glfwGetCurrentContext()) return;
    if (m_framebuffer) glDeleteFramebuffers(1, &m_framebuffer);
    if (m_colour) glDeleteTextures(1, &m_colour);
    m_framebuffer = m_colour = 0;
    m_width = m_height = 0;
    m_damage.invalidate();
}

bool RetainedFrame::ensureTarget(int width, int height) {
    if (m_framebuffer && width == m_width && height == m_height) return true;
    release();
    glGenTextures(1, &m_colour);
    glBindTexture(GL_TEXTURE_2D, m_colour);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glBindTexture(GL_TEXTURE_2D, 0);
    glGenFramebuffers(1, &m_framebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_colour, 0);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (!complete) {
        release();
        m_unavailable = true;
        return false;
    }
    m_width = width;
    m_height = height;
    m_damage.invalidate();  // a new picture: all of it to draw
    return true;
}

// Into the framebuffer bound now: each damaged rectangle cleared, then
// every command once per rectangle, clipped to it (the rectangles are
// disjoint, so within each the order is the frame's). Lists with nothing
// inside any rectangle are not sent at all. Where an opaque picture covers
// a rectangle (shown_picture.hpp), the rectangle is split: the part it
// covers is neither cleared nor drawn below the picture, and the picture
// is copied there instead of drawn when it is shown pixel for pixel.
// False when nothing was drawn.
bool RetainedFrame::drawDamage(ImDrawData* data, const std::vector<DamageRect>& damage, int width, int height,
                               const ImVec4& clear) {
    glViewport(0, 0, width, height);
    // Display coordinates to pixels (GL counts rows from the bottom).
    const ImVec2 scale = data->FramebufferScale, origin = data->DisplayPos;
    const auto toPixels = [&](const DamageRect& r, int& x0, int& y0, int& x1, int& y1) {
        x0 = std::max(0, int(std::floor((r.x0 - origin.x) * scale.x)));
        y0 = std::max(0, int(std::floor((r.y0 - origin.y) * scale.y)));
        x1 = std::min(width, int(std::ceil((r.x1 - origin.x) * scale.x)));
        y1 = std::min(height, int(std::ceil((r.y1 - origin.y) * scale.y)));
        return x1 > x0 && y1 > y0;
    };
    double drawn = 0;
    m_pixelRects.clear();
    for (const DamageRect& r : damage) {
        int x0, y0, x1, y1;
        if (!toPixels(r, x0, y0, x1, y1)) continue;
        m_pixelRects.insert(m_pixelRects.end(), {x0, height - y1, x1 - x0, y1 - y0});
        drawn += double(x1 - x0) * double(y1 - y0);
    }
    m_lastDrawnShare = float(drawn / (double(width) * double(height)));

    // The damage split where an opaque picture covers it.
    m_pictures = findShownPictures(*data, height);
    splitDamageByPictures(damage, m_pictures, m_pieces);

    glEnable(GL_SCISSOR_TEST);
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    for (const DamagePiece& piece : m_pieces) {
        int x0, y0, x1, y1;
        if (piece.picture >= 0 || !toPixels(piece.rect, x0, y0, x1, y1)) continue;
        glScissor(x0, height - y1, x1 - x0, y1 - y0);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    glDisable(GL_SCISSOR_TEST);

    std::vector<ImDrawList*> lists;
    std::vector<ImVector<ImDrawCmd>> originals;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        ImDrawList* list = data->CmdLists[n];
        ImVector<ImDrawCmd> clipped;
        for (int c = 0; c < list->CmdBuffer.Size; ++c) {
            const ImDrawCmd& cmd = list->CmdBuffer[c];
            if (cmd.UserCallback) {
                clipped.push_back(cmd);
                continue;
            }
            for (const DamagePiece& piece : m_pieces) {
                const DamageRect& r = piece.rect;
                ImDrawCmd part = cmd;
                part.ClipRect = ImVec4(std::max(cmd.ClipRect.x, r.x0), std::max(cmd.ClipRect.y, r.y0),
                                       std::min(cmd.ClipRect.z, r.x1), std::min(cmd.ClipRect.w, r.y1));
                if (!(part.ClipRect.z > part.ClipRect.x && part.ClipRect.w > part.ClipRect.y && part.ElemCount > 0))
                    continue;
                if (piece.picture >= 0) {
                    const ShownPicture& picture = m_pictures[std::size_t(piece.picture)];
                    if (n < picture.list || (n == picture.list && c < picture.command)) continue;  // under it
                    if (n == picture.list && c == picture.command && picture.copyable) {
                        part.UserCallback = copyShownPicture;
                        part.UserCallbackData = &m_pictures[std::size_t(piece.picture)];
                    }
                }
                clipped.push_back(part);
            }
        }
        if (clipped.empty()) continue;
        originals.emplace_back();
        originals.back().swap(list->CmdBuffer);
        list->CmdBuffer.swap(clipped);
        lists.push_back(list);
    }
    ImDrawData partial = *data;
    partial.CmdLists = lists.data();
    partial.CmdListsCount = int(lists.size());
    if (!lists.empty()) ImGui_ImplOpenGL3_RenderDrawData(&partial);
    for (std::size_t i = 0; i < lists.size(); ++i) lists[i]->CmdBuffer.swap(originals[i]);
    return drawn > 0;
}

bool RetainedFrame::render(ImDrawData* data, int width, int height, const ImVec4& clear, bool show) {
    if (width <= 0 || height <= 0) return false;

    if (m_partial.available()) {
        // The back buffer is the picture: a new size or lost pixels start it over.
        if (width != m_width || height != m_height) m_damage.invalidate();
        m_width = width;
        m_height = height;
        const std::vector<DamageRect> damage = m_damage.update(*data);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        drawDamage(data, damage, width, height, clear);
        if (show) m_partial.copy(0, 0, width, height);
        else
            for (std::size_t i = 0; i + 3 < m_pixelRects.size(); i += 4)
                m_partial.copy(m_pixelRects[i], m_pixelRects[i + 1], m_pixelRects[i + 2], m_pixelRects[i + 3]);
        return false;
    }

    if (m_unavailable || !ensureTarget(width, height)) {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        drawDamage(data, {DamageRect{data->DisplayPos.x, data->DisplayPos.y, data->DisplayPos.x + data->DisplaySize.x,
                                     data->DisplayPos.y + data->DisplaySize.y}},
                   width, height, clear);
        return true;
    }
    const std::vector<DamageRect> damage = m_damage.update(*data);
    if (damage.empty() && !show) {
        m_lastDrawnShare = 0;
        return false;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer);
    drawDamage(data, damage, width, height, clear);
    // The whole picture to the window.
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_framebuffer);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return true;
}

}  // namespace rehearse
